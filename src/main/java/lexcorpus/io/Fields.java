package lexcorpus.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads only some top-level fields of a JSON object, skipping the rest without building it: a command
 * that needs a document's text or entities does not pay for its outline and tokens.
 */
public final class Fields {
    private Fields() {
    }

    /** The wanted fields present in {@code json} (UTF-8), plus the names of all top-level fields under the key "". */
    public static Map<String, JsonNode> read(byte[] json, Set<String> wanted) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonlReader.BadLineException("not a JSON object");
            }
            StringBuilder names = new StringBuilder();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                names.append(name).append(',');
                p.nextToken();
                if (wanted.contains(name)) {
                    out.put(name, p.readValueAsTree());
                } else {
                    p.skipChildren();
                }
            }
            out.put("", Json.mapper().getNodeFactory().textNode(names.toString()));
        }
        return out;
    }

    public static boolean has(Map<String, JsonNode> fields, String name) {
        return ("," + fields.get("").asText()).contains("," + name + ",");
    }
}
