package lexcorpus.corpus;

import java.io.IOException;

/**
 * A corpus that cannot be used as asked, with a message for the user that names it and says what to do:
 * it does not exist, another run holds it, its inputs collide, its entities are out of date, it is damaged.
 * The run stops (exit 3); nothing is committed.
 */
public final class CorpusException extends IOException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
