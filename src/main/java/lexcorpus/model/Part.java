package lexcorpus.model;

/**
 * Where a document record sits in a file too large to be one record: the file's id, the part's number
 * (from 1) and the code-point offset of the part's text in the file's text. Offsets inside the record
 * stay relative to its own text; add {@code offset} to place them in the file.
 */
public record Part(String of, int index, long offset) {
    /** The record id of part {@code index} of {@code of}: zero-padded, so that ids sort in file order. */
    public static String id(String of, int index) {
        return of + "#" + String.format(java.util.Locale.ROOT, "%04d", index);
    }
}
