package lexcorpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import lexcorpus.failure.Guard;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;

/**
 * The work of {@code extract} on one record line, on a worker thread: the record with its entities as the
 * line to write, or why there is none. An ingested record is not parsed whole: its entities are appended
 * to the line as it came. Stateless and thread-safe when the extraction and the ingest are.
 */
public final class RecordExtraction {
    private RecordExtraction() {
    }

    /** A processed record: the line to write (a document record with its entities), its entities, or the failure. */
    public record Done(String id, byte[] line, List<Entity> entities, String error, long bytes, int keep, byte[] tail, boolean severe) {
        Done(String id, byte[] line, List<Entity> entities, String error, long bytes, int keep, byte[] tail) {
            this(id, line, entities, error, bytes, keep, tail, false);
        }

        Done(String id, byte[] line, List<Entity> entities, String error, long bytes) {
            this(id, line, entities, error, bytes, line == null ? 0 : line.length, new byte[0]);
        }
    }

    /** Any failure of one record, named by its place in the input. */
    public static Done failed(Line item, Guard.Failure f) {
        return new Done(item.where(), null, null, f.reason(), 0, 0, new byte[0], f.severe());
    }

    /**
     * A raw line and where it came from, or why it could not be read; the workers parse it (parsing is most
     * of the cost of reading).
     */
    public record Line(byte[] bytes, String where, String error) {
        public Line(byte[] bytes, String where) {
            this(bytes, where, null);
        }
    }

    /**
     * The lines of the input. An input whose first line is not a JSON object is not JSON Lines at all (a text
     * file given to extract): it is named once, not once a line, and not read further.
     */
    public static OrderedParallel.Source<Line> lines(JsonlReader reader) {
        boolean[] ended = {false};
        return () -> {
            if (ended[0]) {
                return null;
            }
            byte[] line;
            try {
                line = reader.nextLine();
            } catch (JsonlReader.BadLineException e) {
                return new Line(null, reader.source() + ":" + reader.line(), e.getMessage().replaceFirst("^line \\d+: ", ""));
            }
            if (line == null) {
                return null;
            }
            if (reader.line() == 1 && !JsonlReader.startsAnObject(line)) {
                ended[0] = true;
                return new Line(null, reader.source(), "not JSON Lines (its first line is not a JSON object): extract and export read the records"
                        + " ingest writes, as in lexcorpus ingest FILE | lexcorpus extract");
            }
            return new Line(line, reader.source() + ":" + reader.line());
        };
    }

    private static final Set<String> WANTED = Set.of("id", "text", "date", "signed", "metadata");

    /**
     * One record line to what extract writes of it: the record with its entities, or why there is none;
     * {@code ingest} makes an ingested document of a plain {"id", "text"} record.
     */
    public static Done work(Line item, Extraction extraction, UnaryOperator<Document> ingest) {
        byte[] line = item.bytes();
        String where = item.where();
        if (item.error() != null) {
            return new Done(where, null, null, item.error(), 0, 0, new byte[0], lexcorpus.failure.Reason.isMemory(item.error()));
        }
        try {
            lexcorpus.io.Fields f = lexcorpus.io.Fields.read(line, WANTED);
            JsonNode idNode = f.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            if (id == null || id.isBlank()) {
                return new Done(where, null, null, "a record without an id", 0);
            }
            JsonNode textNode = f.get("text");
            if (textNode == null || !textNode.isTextual()) {
                return new Done(id, null, null, "a record without text", 0);
            }
            String text = textNode.asText();
            if (text.isBlank()) {
                return new Done(id, null, null, text.isEmpty() ? "empty text" : "no text (only whitespace)", 0);
            }
            boolean ingested = f.get("metadata") != null && f.get("metadata").isObject();
            if (!ingested || f.has("entities")) {
                // plain {"id", "text"} input, or entities to replace: the whole record is read and written again
                Document doc = Json.mapper().readValue(line, Document.class);
                if (!ingested) {
                    doc = ingest.apply(doc);
                }
                Document extracted = extraction.extract(doc);
                List<Entity> entities = extracted.entities();
                byte[] out = Json.separatorsEscaped(Json.mapper().writeValueAsBytes(extracted));
                return out.length > lexcorpus.io.Limits.MAX_RECORD_BYTES ? tooLarge(id, out.length)
                        : new Done(id, out, entities, null, text.length());
            }
            JsonNode signed = f.get("signed");
            List<Entity> entities = extraction.extract(id, text, f.get("date") == null ? null : f.get("date").asText(null),
                    f.get("metadata").path("date").asText(null), signed == null ? null : signed.asText(null));
            int close = line.length - 1;
            while (close >= 0 && line[close] != '}') {
                close--;
            }
            byte[] tail = entitiesField(entities);
            if ((long) close + tail.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return tooLarge(id, (long) close + tail.length);
            }
            // a record from elsewhere may hold the line separators raw: written escaped, as every record is
            byte[] head = Json.separatorsEscaped(line, close);
            return new Done(id, head, entities, null, text.length(), head == line ? close : head.length, Json.separatorsEscaped(tail));
        } catch (IOException e) {
            return new Done(where, null, null, "not a document record (" + firstLine(e.getMessage()) + ")", 0);
        }
    }

    /** A record no reader would take (Limits): named, never written. */
    private static Done tooLarge(String id, long bytes) {
        return new Done(id, null, null, "with its entities the record would be " + (bytes >> 20) + " MB, more than the "
                + lexcorpus.io.Limits.describe() + " a record may hold", 0);
    }

    /** The entities as the record's last field, with the brace that closes the record. */
    private static byte[] entitiesField(List<Entity> entities) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 + 160 * entities.size());
        out.write(ENTITIES_FIELD);
        Json.mapper().writeValue(out, entities);
        out.write('}');
        return out.toByteArray();
    }

    private static final byte[] ENTITIES_FIELD = ",\"entities\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
