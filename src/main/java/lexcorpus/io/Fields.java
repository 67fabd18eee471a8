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
 * record with tokens. Reading stops at the last wanted field; whether a later field exists is answered by
 * {@link #has}, which looks further only when asked.
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
        int i = space(json, 0);
        if (i >= json.length || json[i] != '{') {
            throw new JsonlReader.BadLineException("not a JSON object");
        }
        i = space(json, i + 1);
        if (i < json.length && json[i] == '}') {
            return f.end(i + 1);
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
            if (wanted.contains(name)) {
                f.found.put(name, Json.mapper().readTree(json, value, end - value));
                if (f.found.size() == wanted.size()) {
                    f.rest = end;
                    if (!closes(json, end)) {
                        throw new JsonlReader.BadLineException("not a whole JSON object (cut short?)");
                    }
                    return f;
                }
            }
            i = space(json, end);
            if (i < json.length && json[i] == ',') {
                i = space(json, i + 1);
            } else if (i < json.length && json[i] == '}') {
                return f.end(i + 1);
            } else {
                throw new JsonlReader.BadLineException(i >= json.length ? "not a whole JSON object (cut short?)" : "not a JSON object");
            }
        }
    }

    /** The object closed at {@code after}: only white space may follow. */
    private Fields end(int after) throws IOException {
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
