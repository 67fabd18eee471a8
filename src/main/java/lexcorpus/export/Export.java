package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lexcorpus.model.Document;

/**
 * The export stage: which records of a document are written (one record kind, entity types, document
 * ids), and the writer of each format. The commands that export ({@code export}, {@code run}) share it, so
 * that they choose and order records the same way. Immutable and thread-safe.
 */
public final class Export {
    private final String kind;
    private final Set<String> types;
    private final Glob docs;

    /**
     * @param kind  one of {@link Records#KINDS}
     * @param types the entity types to keep, or null for all
     * @param docs  the document ids to keep, or null for all
     */
    public Export(String kind, Set<String> types, Glob docs) {
        this.kind = kind;
        this.types = types;
        this.docs = docs;
    }

    public String kind() {
        return kind;
    }

    /** A writer of the format over {@code out}: json (one array), csv (with {@code excel}: BOM, CRLF, guard) or jsonl. */
    public RecordWriter writer(String format, boolean excel, OutputStream out) throws IOException {
        return switch (format) {
            case "json" -> new JsonArrayWriter(out);
            case "csv" -> new CsvRecordWriter(out, kind, excel);
            default -> new JsonLinesWriter(out);
        };
    }

    /** Whether a document's records are written at all. */
    public boolean keeps(String doc) {
        return docs == null || docs.matches(doc);
    }

    /** Whether an entity of this type, in this document, is written. */
    public boolean keeps(String doc, String type) {
        return (types == null || types.contains(type)) && keeps(doc);
    }

    /** The records of a document to write, in their order. */
    public List<ObjectNode> records(Document d) {
        if (!keeps(d.id())) {
            return List.of();
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode r : Records.of(kind, d)) {
            if (!kind.equals("entities") || keeps(d.id(), r.path("type").asText())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Entity records of one document, as read from records, in the fixed order (start, end, type), with their schema. */
    public static void order(List<ObjectNode> entities) {
        entities.sort(Comparator.<ObjectNode>comparingInt(n -> n.path("start").asInt()).thenComparingInt(n -> n.path("end").asInt())
                .thenComparing(n -> n.path("type").asText()));
        for (ObjectNode n : entities) {
            if (!n.has("schema")) {
                n.put("schema", "lexcorpus.entity/1");
            }
        }
    }
}
