package lexcorpus.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Some top-level fields of a JSON object (UTF-8), read without building the rest: a command that needs a
 * document's text or entities does not pay for its outline and tokens. The object's top level is walked
 * byte by byte; a wanted value is parsed by Jackson, any other is only checked for being whole (strings
 * closed, brackets balanced), which is several times faster than tokenizing the millions of numbers of a
 * record with tokens. The walk goes to the object's end in one pass, noting every top-level name for
 * {@link #has}.
 */
public final class Fields {
    private final Map<String, JsonNode> found = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    private Fields() {
    }

    /** Reads the fields of {@code wanted} from {@code json} (the first of each, once all are found). */
    public static Fields read(byte[] json, Set<String> wanted) throws IOException {
        Fields f = new Fields();
        boolean all = wanted.isEmpty();
        int i = space(json, 0);
        if (i >= json.length || json[i] != '{') {
            throw new JsonlReader.BadLineException("not a JSON object");
        }
        i = space(json, i + 1);
        if (i < json.length && json[i] == '}') {
            return f.end(json, i + 1);
        }
        while (true) {
            int nameEnd = i < json.length && json[i] == '"' ? endOfString(json, i) : -1;
            if (nameEnd < 0) {
                throw new JsonlReader.BadLineException(i >= json.length ? "not a whole JSON object (cut short?)" : "not a JSON object");
            }
            String name = name(json, i, nameEnd);
            i = space(json, nameEnd);
            if (i >= json.length || json[i] != ':') {
                throw new JsonlReader.BadLineException(i >= json.length ? "not a whole JSON object (cut short?)" : "not a JSON object");
            }
            int value = space(json, i + 1);
            int end = endOfValue(json, value);
            if (end < 0) {
                throw new JsonlReader.BadLineException("not a whole JSON object (cut short?)");
            }
            f.names.add(name);
            if (!all && wanted.contains(name)) {
                f.found.put(name, Json.mapper().readTree(json, value, end - value));
                all = f.found.size() == wanted.size();
            }
            i = space(json, end);
            if (i < json.length && json[i] == ',') {
                i = space(json, i + 1);
            } else if (i < json.length && json[i] == '}') {
                return f.end(json, i + 1);
            } else {
                throw new JsonlReader.BadLineException(i >= json.length ? "not a whole JSON object (cut short?)" : "not a JSON object");
            }
        }
    }

    /** The object closed at {@code after}: only white space may follow. */
    private Fields end(byte[] json, int after) throws IOException {
        if (space(json, after) < json.length) {
            throw new JsonlReader.BadLineException("not a JSON object (more after its end)");
        }
        return this;
    }

    private static int space(byte[] json, int i) {
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** The offset after the string that opens at {@code quote}, or -1 when it is not closed. */
    private static int endOfString(byte[] json, int quote) {
        for (int i = quote + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The offset after the value that starts at {@code at}, or -1 when it is cut short or missing. */
    private static int endOfValue(byte[] json, int at) {
        if (at >= json.length) {
            return -1;
        }
        byte b = json[at];
        if (b == '"') {
            return endOfString(json, at);
        }
        if (b == '{' || b == '[') {
            int depth = 0;
            for (int i = at; i < json.length; i++) {
                byte c = json[i];
                if (c == '"') {
                    i = endOfString(json, i);
                    if (i < 0) {
                        return -1;
                    }
                    i--;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return -1;
        }
        int i = at;
        while (i < json.length && json[i] != ',' && json[i] != '}' && json[i] != ']' && json[i] != ' ' && json[i] != '\t'
                && json[i] != '\n' && json[i] != '\r') {
            i++;
        }
        return i > at ? i : -1;
    }

    /** A field name: its bytes when it has no escape, else as Jackson reads the string. */
    private static String name(byte[] json, int quote, int end) throws IOException {
        for (int i = quote + 1; i < end - 1; i++) {
            if (json[i] == '\\') {
                return Json.mapper().readTree(json, quote, end - quote).asText();
            }
        }
        return new String(json, quote + 1, end - quote - 2, StandardCharsets.UTF_8);
    }

    public JsonNode get(String name) {
        return found.get(name);
    }

    public boolean containsKey(String name) {
        return found.containsKey(name);
    }

    /** Whether the object has a top-level field of this name, wanted or not. */
    public boolean has(String name) {
        return names.contains(name);
    }
}
