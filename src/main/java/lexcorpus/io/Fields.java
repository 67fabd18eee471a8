package lexcorpus.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Some top-level fields of a JSON object (UTF-8), read without building the rest: a command that needs a
 * document's text or entities does not pay for its outline and tokens. Reading stops at the last wanted
 * field; whether a later field exists is answered by {@link #has}, which looks further only when asked.
 */
public final class Fields {
    private final Map<String, JsonNode> found = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final byte[] json;
    private int rest = -1; // byte offset where reading stopped early, or -1 when the object was read to its end

    private Fields(byte[] json) {
        this.json = json;
    }

    /** Reads {@code json} until every field of {@code wanted} has been seen, or to its end. */
    public static Fields read(byte[] json, Set<String> wanted) throws IOException {
        Fields f = new Fields(json);
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonlReader.BadLineException("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                f.names.add(name);
                p.nextToken();
                if (wanted.contains(name)) {
                    f.found.put(name, p.readValueAsTree());
                    if (f.found.size() == wanted.size()) {
                        f.rest = (int) p.currentLocation().getByteOffset();
                        if (!closes(json, f.rest)) {
                            throw new JsonlReader.BadLineException("not a whole JSON object (cut short?)");
                        }
                        return f;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new JsonlReader.BadLineException("not a JSON object");
            }
        }
        return f;
    }

    public JsonNode get(String name) {
        return found.get(name);
    }

    public boolean containsKey(String name) {
        return found.containsKey(name);
    }

    /** Whether the object has a top-level field of this name, wanted or not. */
    public boolean has(String name) throws IOException {
        if (names.contains(name)) {
            return true;
        }
        if (rest < 0 || !mentions(name)) {
            return false;
        }
        // the name's bytes occur after where reading stopped: read the remaining field names to be sure
        Fields all = read(json, Set.of());
        names.addAll(all.names);
        rest = -1;
        return names.contains(name);
    }

    /**
     * Whether the bytes from {@code from} close the object that is open there, with brackets balanced
     * outside strings and nothing after: what is not parsed is at least checked for being whole.
     */
    static boolean closes(byte[] json, int from) {
        int depth = 0;
        boolean inString = false;
        int i = from;
        for (; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth < 0) {
                    break;
                }
            }
        }
        if (depth >= 0 || json[i] != '}') {
            return false;
        }
        for (i++; i < json.length; i++) {
            if (json[i] != ' ' && json[i] != '\t' && json[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the quoted name occurs in the bytes not yet read: a cheap test that can only err towards yes. */
    private boolean mentions(String name) {
        byte[] needle = ("\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = rest; i + needle.length <= json.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (json[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
