package lexcorpus.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines one record at a time, so memory does not grow with the input. A line that is not a
 * JSON object is reported with its source name and line number. Not thread-safe.
 */
public final class JsonlReader implements Closeable {
    private final BufferedReader in;
    private final String source;
    private int line;

    public JsonlReader(InputStream in, String source) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.source = source;
    }

    /** A line that could not be read as a record. */
    public static final class BadLineException extends IOException {
        public BadLineException(String message) {
            super(message);
        }
    }

    /** The next record, or null at the end. */
    public JsonNode next() throws IOException {
        String text = nextLine();
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(text);
            if (node == null || !node.isObject()) {
                throw new BadLineException(source + ":" + line + ": not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadLineException(source + ":" + line + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The next non-blank line as text, unparsed, or null at the end. */
    public String nextLine() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    public int line() {
        return line;
    }

    public String source() {
        return source;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
