package lexcorpus.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Writes a document's tokens, {@code [[start,end],…]}, as text in chunks. A document has as many tokens as
 * it has words, and Jackson's path through a serializer per two-number array was a sixth of ingest with
 * tokens besides word segmentation. The output is the same bytes (checked by the tests); with a pretty
 * printer, which needs its own spacing, Jackson writes them number by number.
 */
final class TokensWriter extends StdSerializer<List<int[]>> {
    /** A token is at most "[2147483647,2147483647]," (24 chars); a chunk flushes well before it is full. */
    private static final int CHUNK = 8192;

    @SuppressWarnings("unchecked")
    TokensWriter() {
        super((Class<List<int[]>>) (Class<?>) List.class);
    }

    @Override
    public void serialize(List<int[]> tokens, JsonGenerator g, SerializerProvider provider) throws IOException {
        if (g.getPrettyPrinter() != null) {
            g.writeStartArray();
            for (int[] t : tokens) {
                g.writeArray(t, 0, t.length);
            }
            g.writeEndArray();
            return;
        }
        g.writeStartArray();
        char[] buf = new char[CHUNK];
        int n = 0;
        boolean first = true;
        for (int[] t : tokens) {
            if (n > CHUNK - 64) {
                g.writeRaw(buf, 0, n);
                n = 0;
            }
            if (!first) {
                buf[n++] = ',';
            }
            first = false;
            buf[n++] = '[';
            for (int k = 0; k < t.length; k++) {
                if (k > 0) {
                    buf[n++] = ',';
                }
                n = digits(t[k], buf, n);
            }
            buf[n++] = ']';
        }
        g.writeRaw(buf, 0, n);
        g.writeEndArray();
    }

    /** Writes an int in decimal at {@code at}, as Jackson would; returns the position after it. */
    private static int digits(int v, char[] buf, int at) {
        if (v < 0) { // offsets are never negative; written all the same
            String s = Integer.toString(v);
            s.getChars(0, s.length(), buf, at);
            return at + s.length();
        }
        int len = 1;
        for (int x = v; x >= 10; x /= 10) {
            len++;
        }
        for (int i = at + len - 1; i >= at; i--) {
            buf[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return at + len;
    }
}
