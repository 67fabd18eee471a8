package lexcorpus.export;

/**
 * What the reading of an export tells its caller as it goes: the records read, the documents and entities
 * written, the records that fail (named, and the next one is read), and notices. The command counts and
 * prints them; the stage only reports.
 */
public interface Tally {
    /** A record line was read, {@code bytes} long with its newline (0: a line that could not be read). */
    void read(long bytes);

    /** A document record was read. */
    void document();

    /** {@code n} entity records were written. */
    void entities(long n);

    /** A record, or an input, failed; {@code severe}: for a reason that is not the input's own (memory, a bug). */
    void fail(String where, String reason, boolean severe);

    default void fail(String where, String reason) {
        fail(where, reason, false);
    }

    /** A word about the export that is not a failure. */
    void notice(String text);
}
