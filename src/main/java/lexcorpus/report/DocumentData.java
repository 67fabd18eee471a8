package lexcorpus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lexcorpus.io.Json;

/**
 * One document as the page holds it: its text, its entities as [type, start, end, value] (the type an
 * index into the page's list of types, offsets in code points as in the records), its table of contents;
 * and the line the page's list of documents shows for it. A document known only from entity records has
 * no text: its entities keep their own text instead.
 */
final class DocumentData {
    private final String id;
    private final ObjectNode record;
    private final List<JsonNode> entities;
    private final List<String> types;
    private final int length;
    private int misplaced;

    private DocumentData(String id, ObjectNode record, List<JsonNode> entities, List<String> types) {
        this.id = id;
        this.record = record;
        this.entities = entities;
        this.types = types;
        String text = record == null ? null : record.path("text").asText(null);
        this.length = text == null ? -1 : text.codePointCount(0, text.length());
    }

    /** From the document's record put aside (none when only its entities came) and its entity records. */
    static DocumentData of(String id, List<byte[]> record, List<byte[]> entityRecords, List<String> types) throws IOException {
        ObjectNode r = record.isEmpty() ? null : (ObjectNode) Json.mapper().readTree(record.get(0));
        List<JsonNode> es = new ArrayList<>();
        if (r != null) {
            r.path("entities").forEach(es::add);
        }
        for (byte[] line : entityRecords) {
            es.add(Json.mapper().readTree(line));
        }
        es.sort(Comparator.<JsonNode>comparingInt(e -> e.path("start").asInt()).thenComparingInt(e -> e.path("end").asInt())
                .thenComparing(e -> e.path("type").asText()));
        return new DocumentData(id, r, es, types);
    }

    /** The text's length in code points, 0 without text. */
    long length() {
        return Math.max(length, 0);
    }

    int entities() {
        return entities.size();
    }

    /** Entities whose span does not lie in the text, after {@link #json()}. */
    int misplaced() {
        return misplaced;
    }

    void count(CorpusStats stats) {
        for (JsonNode e : entities) {
            stats.entity(e.path("type").asText(), e.get("value"));
        }
    }

    ObjectNode json() {
        ObjectNode d = Json.mapper().createObjectNode();
        d.put("id", id);
        boolean text = record != null;
        if (text) {
            d.set("title", record.get("title"));
            d.set("date", record.get("date"));
            if (record.has("part")) {
                d.set("part", record.get("part"));
            }
            d.set("text", record.get("text"));
            d.set("toc", record.get("toc"));
        }
        ArrayNode es = d.putArray("e");
        misplaced = 0;
        for (JsonNode e : entities) {
            int start = e.path("start").asInt(-1);
            int end = e.path("end").asInt(-1);
            if (text && (start < 0 || end < start || end > length)) {
                misplaced++;
            }
            ArrayNode a = es.addArray().add(types.indexOf(e.path("type").asText())).add(start).add(end);
            a.add(e.has("value") ? e.get("value") : Json.mapper().nullNode());
            if (!text) {
                a.add(e.path("text").asText(""));
            }
        }
        return d;
    }

    /** [id, title, date, length or null, [count per type], element number] for the page's list of documents. */
    ArrayNode indexEntry(int element) {
        ArrayNode a = Json.mapper().createArrayNode();
        a.add(id);
        a.add(record == null ? null : record.path("title").asText(null));
        a.add(record == null ? null : record.path("date").asText(null));
        if (length < 0) {
            a.addNull();
        } else {
            a.add(length);
        }
        long[] counts = new long[types.size()];
        for (JsonNode e : entities) {
            int t = types.indexOf(e.path("type").asText());
            if (t >= 0) {
                counts[t]++;
            }
        }
        ArrayNode c = a.addArray();
        for (long n : counts) {
            c.add(n);
        }
        a.add(element);
        return a;
    }
}
