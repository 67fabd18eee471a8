package lexcorpus.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import lexcorpus.io.Json;

/**
 * The file-system stats a generation was written with ({@code stat-cache.json}): of each input whose stat can
 * be trusted ({@link FileStat#trusted}), and of the generation's own documents file. A cache only: when it is
 * missing, damaged or does not match, the files are read and hashed instead. Immutable.
 */
final class StatCache {
    static final String NAME = "stat-cache.json";
    private static final String SCHEMA = "lexcorpus.stat-cache/1";
    static final StatCache EMPTY = new StatCache(null, Map.of());

    final FileStat documents;
    final Map<String, FileStat> inputs;

    StatCache(FileStat documents, Map<String, FileStat> inputs) {
        this.documents = documents;
        this.inputs = inputs;
    }

    static StatCache read(Path p) {
        try {
            JsonNode n = Json.mapper().readTree(p.toFile());
            if (n == null || !SCHEMA.equals(n.path("schema").asText())) {
                return EMPTY;
            }
            Map<String, FileStat> in = new TreeMap<>();
            n.path("inputs").fields().forEachRemaining(e -> {
                FileStat s = stat(e.getValue());
                if (s != null) {
                    in.put(e.getKey(), s);
                }
            });
            return new StatCache(stat(n.get("documents")), Collections.unmodifiableMap(in));
        } catch (IOException | RuntimeException e) {
            return EMPTY; // a cache: without it, inputs are hashed
        }
    }

    private static FileStat stat(JsonNode a) {
        if (a == null || !a.isArray() || a.size() != 4) {
            return null;
        }
        return new FileStat(a.get(0).asLong(), a.get(1).asLong(), a.get(2).asLong(), a.get(3).isNull() ? null : a.get(3).asText());
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeFieldName("documents");
            write(g, documents);
            g.writeObjectFieldStart("inputs");
            for (Map.Entry<String, FileStat> e : new TreeMap<>(inputs).entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void write(JsonGenerator g, FileStat s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        g.writeNumber(s.size());
        g.writeNumber(s.mtimeNanos());
        g.writeNumber(s.ctimeNanos());
        g.writeString(s.file());
        g.writeEndArray();
    }
}
