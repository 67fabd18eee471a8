package lexcorpus.failure;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one handler for the failure of one input: whatever the work on an item throws — a parse error,
 * an I/O error, an internal error, running out of memory — becomes that item's failed result (one line
 * naming the input and the reason, see {@link Reason}), and the run goes on with the next. A
 * {@link Fatal} failure is let through: it ends the run. Thread-safe when the functions are.
 */
public final class Guard {
    private Guard() {
    }

    /** A failure of one input: the reason in words, and the cause (for --stacktrace). */
    public record Failure(String reason, Throwable cause) {
        /** Whether the run as a whole should end with the exit code of a run that could not go on (memory, a bug). */
        public boolean severe() {
            return !(cause instanceof java.io.IOException);
        }
    }

    /** {@code work}, with any failure of an item turned into {@code failed(item, failure)}. */
    public static <T, R> Function<T, R> each(Function<T, R> work, BiFunction<T, Failure, R> failed) {
        return item -> {
            try {
                return work.apply(item);
            } catch (Fatal f) {
                throw f;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return failed.apply(item, new Failure(Reason.of(e), e));
            }
        };
    }
}
