package lexcorpus.pipeline;

/**
 * What a run over a corpus tells its caller as it goes: inputs begun, bytes read, documents and entities
 * written, inputs skipped unchanged, failures (named, and the run goes on) and notes. The command counts
 * and prints them; the pipelines only report. Called from the ordered sink only.
 */
public interface Tally {
    /** An input was begun (the progress moves on). */
    void input();

    void bytes(long n);

    /** {@code n} documents more (fewer, when negative: the parts of an input that failed later). */
    void documents(long n);

    void entities(long n);

    /** An input was skipped: unchanged since the corpus last read it. */
    void skipped();

    /** An input failed; {@code severe}: for a reason that is not the input's own (memory, an internal error). */
    void fail(String id, String reason, boolean severe);

    default void fail(String id, String reason) {
        fail(id, reason, false);
    }

    /** A word about an input that is not a failure. */
    void note(String id, String text);
}
