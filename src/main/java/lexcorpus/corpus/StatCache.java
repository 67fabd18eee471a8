package lexcorpus.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        try (JsonParser j = Json.mapper().getFactory().createParser(p.toFile())) {
            if (j.nextToken() != JsonToken.START_OBJECT) {
                return EMPTY;
            }
            String schema = null;
            FileStat documents = null;
            Map<String, FileStat> in = new java.util.HashMap<>();
            while (j.nextToken() == JsonToken.FIELD_NAME) {
                String field = j.currentName();
                JsonToken t = j.nextToken();
                if (field.equals("schema")) {
                    schema = j.getValueAsString();
                } else if (field.equals("documents")) {
                    documents = stat(j, t);
                } else if (field.equals("inputs") && t == JsonToken.START_OBJECT) {
                    while (j.nextToken() == JsonToken.FIELD_NAME) {
                        String id = j.currentName();
                        FileStat s = stat(j, j.nextToken());
                        if (s != null) {
                            in.put(id, s);
                        }
                    }
                } else {
                    j.skipChildren();
                }
            }
            return SCHEMA.equals(schema) ? new StatCache(documents, Collections.unmodifiableMap(in)) : EMPTY;
        } catch (IOException | RuntimeException e) {
            return EMPTY; // a cache: without it, inputs are hashed
        }
    }

    /** [size, mtime, ctime, file], or null (and skipped) when it is not that. */
    private static FileStat stat(JsonParser j, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            j.skipChildren();
            return null;
        }
        long[] n = new long[3];
        String file = null;
        int k = 0;
        boolean ok = true;
        for (JsonToken v = j.nextToken(); v != JsonToken.END_ARRAY; v = j.nextToken()) {
            if (k < 3 && v == JsonToken.VALUE_NUMBER_INT) {
                n[k] = j.getLongValue();
            } else if (k == 3 && (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NULL)) {
                file = v == JsonToken.VALUE_STRING ? j.getText() : null;
            } else {
                ok = false;
                j.skipChildren();
            }
            k++;
        }
        return ok && k == 4 ? new FileStat(n[0], n[1], n[2], file) : null;
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new Manifest.Lines());
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
