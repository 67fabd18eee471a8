package lexcorpus.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines one record at a time, so memory does not grow with the input. Lines are handed on as
 * UTF-8 bytes: records are parsed from bytes and passed through as bytes, never decoded to text as a
 * whole. A line that is not a JSON object is reported with its source name and line number. Not thread-safe.
 */
public final class JsonlReader implements Closeable {
    private final InputStream in;
    private final String source;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int line;

    private final int maxLine;

    public JsonlReader(InputStream in, String source) {
        this(in, source, Limits.MAX_RECORD_BYTES);
    }

    /** @param maxLine the longest line read, in bytes (the limit of a record; smaller in tests) */
    public JsonlReader(InputStream in, String source, int maxLine) {
        this.in = in;
        this.source = source;
        this.maxLine = maxLine;
    }

    /** A line that could not be read as a record. */
    public static final class BadLineException extends IOException {
        public BadLineException(String message) {
            super(message);
        }
    }

    /** The next record, or null at the end. */
    public JsonNode next() throws IOException {
        byte[] bytes = nextLine();
        return bytes == null ? null : parse(bytes, source + ":" + line);
    }

    /** A line read as a record; {@code where} names it in the message of a bad line ("file:12"). */
    public static JsonNode parse(byte[] bytes, String where) throws BadLineException {
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadLineException(where + ": not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                throw new BadLineException(where + ": more than one JSON value on the line (a record is one line of its own)");
            }
            throw new BadLineException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            throw new BadLineException(where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadLineException(where + ": not valid JSON (" + e.getMessage() + ")");
        }
    }

    /**
     * The next non-blank line as UTF-8 bytes without its line end (and without a leading BOM), or null at the
     * end. A line longer than a record may be ({@link Limits}), or longer than the memory left, is skipped
     * without being held, and reported by a {@link BadLineException} naming it: the next call goes on with
     * the line after it.
     */
    public byte[] nextLine() throws IOException {
        byte[] text;
        while (true) {
            line++;
            try {
                text = readLine(maxLine);
            } catch (OutOfMemoryError e) {
                skipLine();
                throw new BadLineException("line " + line + ": the record " + lexcorpus.failure.Reason.memory());
            }
            if (text == null) {
                line--;
                return null;
            }
            if (text == TOO_LONG) {
                skipLine();
                throw new BadLineException("line " + line + ": a record longer than " + (maxLine == Limits.MAX_RECORD_BYTES ? Limits.describe()
                        : maxLine + " bytes") + ", the limit of a record");
            }
            int from = line == 1 && startsWithBom(text) ? 3 : 0;
            if (!blank(text, from)) {
                return from == 0 ? text : Arrays.copyOfRange(text, from, text.length);
            }
        }
    }

    private static final byte[] TOO_LONG = new byte[0];

    /** Reads to the end of the current line, keeping nothing. */
    private void skipLine() throws IOException {
        while (true) {
            if (pos == limit && (eof || !fill())) {
                return;
            }
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    return;
                }
            }
            pos = limit;
        }
    }

    private byte[] readLine(int max) throws IOException {
        byte[] acc = null;
        int accLen = 0;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    return acc == null ? null : trimCr(acc, accLen);
                }
            }
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            int n = end - pos;
            if ((long) accLen + n > max) {
                pos = end;
                return TOO_LONG; // the rest of the line is skipped by the caller
            }
            if (acc == null) {
                acc = new byte[Math.max(n, nl < 0 ? 2 * n : n)];
            } else if (accLen + n > acc.length) {
                acc = Arrays.copyOf(acc, (int) Math.min(max, Math.max(accLen + n, 2L * acc.length)));
            }
            System.arraycopy(buf, pos, acc, accLen, n);
            accLen += n;
            pos = end;
            if (nl >= 0) {
                pos++;
                return trimCr(acc, accLen);
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private static byte[] trimCr(byte[] b, int len) {
        if (len > 0 && b[len - 1] == '\r') {
            len--;
        }
        return len == b.length ? b : Arrays.copyOf(b, len);
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean blank(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f' && b[i] != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line opens a JSON object: an input whose first line does not is no JSON Lines at all (a text file). */
    public static boolean startsAnObject(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return b == '{';
            }
        }
        return false;
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
