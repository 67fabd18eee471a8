package lexcorpus.io;

/**
 * The size limits that every writer and reader of records agrees on (docs/corpus.md, "Limits"): a record
 * is one line of at most {@link #MAX_RECORD_BYTES}; a string in it may be as long as the line. The
 * writers refuse to write a longer record (ingest names the input and asks for a smaller --part-size);
 * the readers read any record up to it, and name a longer line instead of reading it.
 */
public final class Limits {
    /** 1 GiB: the largest record line written or read. */
    public static final int MAX_RECORD_BYTES = 1 << 30;
    /** The largest --part-size, in MB: a part's record (text, outline, tokens) stays well below a record's limit. */
    public static final int MAX_PART_MB = 256;

    private Limits() {
    }

    /** The limit in words, for messages. */
    public static String describe() {
        return (MAX_RECORD_BYTES >> 20) + " MB";
    }
}
