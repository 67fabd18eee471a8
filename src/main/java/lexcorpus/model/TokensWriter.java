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
 * printer, which needs its own spacing, or arrays other than pairs, Jackson writes them number by number.
 */
final class TokensWriter extends StdSerializer<List<int[]>> {
    /** A token is at most ",[-2147483648,-2147483648]" (26 chars); a chunk flushes well before it is full. */
    private static final int CHUNK = 8192;

    @SuppressWarnings("unchecked")
    TokensWriter() {
        super((Class<List<int[]>>) (Class<?>) List.class);
    }

    @Override
    public void serialize(List<int[]> tokens, JsonGenerator g, SerializerProvider provider) throws IOException {
        // a list read back from JSON (extract re-writing a record) is made flat first
        TokenList flat = tokens instanceof TokenList t ? t : TokenList.of(tokens);
        if (g.getPrettyPrinter() != null || flat == null) {
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
        int[] spans = flat.spans;
        // a token usually starts where the one before it ended: copy those digits instead of making them again
        int lastEnd = -1;
        int lastAt = -1;
        int lastLen = 0;
        for (int i = 0, size = flat.size(); i < size; i++) {
            if (n > CHUNK - 64) {
                g.writeRaw(buf, 0, n);
                n = 0;
                lastAt = -1;
            }
            if (i > 0) {
                buf[n++] = ',';
            }
            buf[n++] = '[';
            int start = spans[2 * i];
            if (start == lastEnd && lastAt >= 0) {
                System.arraycopy(buf, lastAt, buf, n, lastLen);
                n += lastLen;
            } else {
                n = digits(start, buf, n);
            }
            buf[n++] = ',';
            lastAt = n;
            lastEnd = spans[2 * i + 1];
            n = digits(lastEnd, buf, n);
            lastLen = n - lastAt;
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
        int len = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : v < 1_000_000 ? 6
                : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
        int i = at + len;
        do {
            buf[--i] = (char) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        return at + len;
    }
}
