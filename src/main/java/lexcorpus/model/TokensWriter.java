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
 * The pairs are made by one routine, which {@link Document#toJson} also uses to append them as bytes.
 */
final class TokensWriter extends StdSerializer<List<int[]>> {
    /** Chars handed to the generator at a time. */
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
        byte[] bytes = new byte[CHUNK];
        char[] chars = new char[CHUNK];
        g.writeStartArray();
        for (int from = 0, size = flat.size(); from < size; ) {
            int to = Math.min(size, from + CHUNK / MAX_PAIR);
            int n = pairs(flat.spans, from, to, bytes, 0);
            for (int i = 0; i < n; i++) {
                chars[i] = (char) bytes[i]; // ASCII
            }
            g.writeRaw(chars, 0, n);
            from = to;
        }
        g.writeEndArray();
    }

    /** The longest a pair can be written: ",[-2147483648,-2147483648]". */
    private static final int MAX_PAIR = 26;

    /** The length of {@code [[start,end],…]} for these tokens. */
    static int length(TokenList tokens) {
        int[] spans = tokens.spans;
        int n = tokens.size();
        long len = 2 + Math.max(0, n - 1); // the brackets, the commas between pairs
        for (int i = 0; i < 2 * n; i++) {
            len += digitCount(spans[i]);
        }
        return Math.toIntExact(len + 3L * n); // each pair's brackets and comma
    }

    /** Writes {@code [[start,end],…]} at {@code at}, exactly {@link #length} bytes; returns the position after. */
    static int write(TokenList tokens, byte[] out, int at) {
        out[at++] = '[';
        at = pairs(tokens.spans, 0, tokens.size(), out, at);
        out[at++] = ']';
        return at;
    }

    /** Pairs {@code from} to {@code to}, each after a comma but the very first. */
    private static int pairs(int[] spans, int from, int to, byte[] out, int at) {
        // a token usually starts where the one before it ended: copy those digits instead of making them again
        int lastEnd = -1;
        int lastAt = -1;
        int lastLen = 0;
        for (int i = from; i < to; i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            out[at++] = '[';
            int start = spans[2 * i];
            if (start == lastEnd && lastAt >= 0) {
                System.arraycopy(out, lastAt, out, at, lastLen);
                at += lastLen;
            } else {
                at = digits(start, out, at);
            }
            out[at++] = ',';
            lastAt = at;
            lastEnd = spans[2 * i + 1];
            at = digits(lastEnd, out, at);
            lastLen = at - lastAt;
            out[at++] = ']';
        }
        return at;
    }

    private static int digitCount(int v) {
        if (v < 0) {
            return Integer.toString(v).length();
        }
        return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10_000 ? 4 : v < 100_000 ? 5 : v < 1_000_000 ? 6
                : v < 10_000_000 ? 7 : v < 100_000_000 ? 8 : v < 1_000_000_000 ? 9 : 10;
    }

    /** Writes an int in decimal at {@code at}, as Jackson would; returns the position after it. */
    private static int digits(int v, byte[] buf, int at) {
        if (v < 0) { // offsets are never negative; written all the same
            byte[] s = Integer.toString(v).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(s, 0, buf, at, s.length);
            return at + s.length;
        }
        int len = digitCount(v);
        int i = at + len;
        do {
            buf[--i] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        return at + len;
    }
}
