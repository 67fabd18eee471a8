package lexcorpus.ingest;

import java.io.IOException;
import lexcorpus.io.Json;

/**
 * What ingest makes of one unit's outcome, on its worker: the document as its record line (so that the
 * ordered writer only copies bytes), or why there is none. Stateless and thread-safe.
 */
public final class RecordLine {
    private RecordLine() {
    }

    /** The outcome of one unit: a record line, or the failure; {@code part} is 0 for a whole input. */
    public record Done(String id, byte[] line, String sha, String error, long bytes, int part, boolean severe, String note) {
        Done(String id, byte[] line, String sha, String error, long bytes, int part, boolean severe) {
            this(id, line, sha, error, bytes, part, severe, null);
        }

        Done(String id, byte[] line, String sha, String error, long bytes, int part) {
            this(id, line, sha, error, bytes, part, false);
        }

        Done(String id, byte[] line, String sha, String error, long bytes) {
            this(id, line, sha, error, bytes, 0);
        }

        Done withNote(String text) {
            return new Done(id, line, sha, error, bytes, part, severe, text);
        }

        /** Whether this outcome stands for an input of its own, not a later part of one. */
        public boolean countsAsInput() {
            return part <= 1;
        }
    }

    /** The document as its record line, encoded here, in the worker: the ordered writer only copies bytes. */
    public static Done encode(Ingestion.Outcome o) {
        if (o.error() != null) {
            return new Done(o.id(), null, o.sha(), o.error(), o.bytes(), o.part(), o.severe());
        }
        String where = o.part() > 0 ? "part " + o.part() + ": " : "";
        try {
            byte[] line = Json.separatorsEscaped(o.doc().toJson(Json.mapper()));
            if (line.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return new Done(o.id(), null, o.sha(), where + tooLarge(line.length), o.bytes(), o.part());
            }
            return new Done(o.id(), line, o.sha(), null, o.bytes(), o.part(), false, o.note());
        } catch (IOException e) {
            return new Done(o.id(), null, o.sha(), where + "cannot be written as JSON: " + e.getMessage(), o.bytes(), o.part());
        }
    }

    /** A record no reader would take (Limits): named, never written. */
    private static String tooLarge(long bytes) {
        return "its record would be " + (bytes >> 20) + " MB, more than the " + lexcorpus.io.Limits.describe()
                + " a record may hold: use a smaller --part-size";
    }
}
