package lexcorpus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of an issue file. The encoding is recognised from the bytes: a byte-order mark
 * (UTF-8, UTF-16LE/BE), else strict UTF-8, else strict GB18030 (a superset of GBK and GB2312). The BOM
 * is an encoding mark, not text: it is not part of the decoded text, so offsets agree across encodings.
 * Stateless and thread-safe.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Decoded text and the encoding that decoded it; {@code note}: a word for the user (an ambiguous file), or null. */
    public record Decoded(String text, String encoding, String note) {
        public Decoded(String text, String encoding) {
            this(text, encoding, null);
        }
    }

    /** Raised for bytes that no supported encoding reads as text; carries the first bad byte's offset. */
    public static final class UndecodableException extends Exception {
        private final long offset;

        public UndecodableException(String message, long offset) {
            super(message);
            this.offset = offset;
        }

        public long offset() {
            return offset;
        }
    }

    public static Decoded decode(byte[] bytes, String forced) throws UndecodableException {
        if (forced != null && !forced.isBlank()) {
            Charset cs;
            try {
                cs = Charset.forName(forced);
            } catch (IllegalArgumentException e) {
                throw new UndecodableException("unknown encoding '" + forced + "'", 0);
            }
            int skip = bomLength(bytes, cs);
            return new Decoded(strict(bytes, skip, cs, cs.name()), cs.name());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE, "FF FE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE, "FE FF");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new UndecodableException("binary data (a NUL byte) at byte " + nul + ", not a text file", nul);
        }
        try {
            String text = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
            return ambiguous(bytes, text);
        } catch (MalformedAt utf8) {
            if (mostlyUtf8(bytes)) {
                // UTF-8 text with damage, not another encoding: decoding it as GB18030 would only make mojibake
                throw new UndecodableException("not valid UTF-8: bad byte at offset " + utf8.offset, utf8.offset);
            }
            try {
                String text = decodeStrict(bytes, 0, GB18030);
                if (looksLikeText(text)) {
                    return new Decoded(text, "GB18030");
                }
            } catch (MalformedAt ignored) {
                // neither reads it: report where UTF-8 failed, the likelier intent
            }
            throw new UndecodableException("not valid UTF-8 (bad byte at offset " + utf8.offset
                    + ") and not GB18030 text", utf8.offset);
        }
    }

    /**
     * Decodes with a known encoding, strictly, taking no byte-order mark away: for the later parts of a file.
     * A NUL byte is binary data here as in a whole file (but for UTF-16 and UTF-32, where it is text).
     */
    public static String decodeAs(byte[] bytes, String encoding) throws UndecodableException {
        Charset cs = Charset.forName(encoding);
        if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                throw new UndecodableException("binary data (a NUL byte) at byte " + nul + ", not a text file", nul);
            }
        }
        return strict(bytes, 0, cs, cs.name());
    }

    /**
     * A file that starts with a UTF-16 byte-order mark: read as UTF-16 only when what follows is text, not a
     * binary file that happens to start with those two bytes.
     */
    private static Decoded utf16(byte[] bytes, Charset cs, String mark) throws UndecodableException {
        String text;
        try {
            text = decodeStrict(bytes, 2, cs);
        } catch (MalformedAt e) {
            throw new UndecodableException("binary data: it starts with " + mark + ", the mark of UTF-16 text, but is not UTF-16 (bad byte at offset "
                    + e.offset + ")", e.offset);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0 || !looksLikeText(text)) {
            throw new UndecodableException("binary data: it starts with " + mark + ", the mark of UTF-16 text, but is not text", 0);
        }
        return new Decoded(text, cs.name());
    }

    /**
     * Valid UTF-8 that reads as no Chinese at all, and valid GB18030 that reads as Chinese: GBK text can be
     * valid UTF-8 by chance (its two-byte characters C2–DF 80–BF read as Latin, Greek, Cyrillic …). Such a
     * file is read as GB18030, with a note that says so and how to read it otherwise; any other valid UTF-8
     * is UTF-8.
     */
    private static Decoded ambiguous(byte[] bytes, String utf8) {
        if (chineseShare(utf8) >= 0.5) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb;
        try {
            gb = decodeStrict(bytes, 0, GB18030);
        } catch (MalformedAt e) {
            return new Decoded(utf8, "UTF-8");
        }
        if (chineseShare(gb) < 0.9 || !looksLikeText(gb)) {
            return new Decoded(utf8, "UTF-8");
        }
        return new Decoded(gb, "GB18030", "ambiguous encoding: the bytes are valid UTF-8 and GB18030; read as GB18030, which gives"
                + " Chinese text where UTF-8 gives none (--encoding UTF-8 reads it as UTF-8)");
    }

    /**
     * The share of Chinese (Han, CJK and full-width punctuation) among the non-ASCII chars of the first MB of
     * text (enough to tell); 1 when there is none.
     */
    private static double chineseShare(String s) {
        long other = 0;
        long chinese = 0;
        int n = Math.min(s.length(), 1 << 20);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3000' && c <= '\u303F')
                    || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u2000' && c <= '\u206F') || Character.isSurrogate(c)) {
                chinese++;
            } else {
                other++;
            }
        }
        return chinese + other == 0 ? 1 : chinese / (double) (chinese + other);
    }

    private static String strict(byte[] bytes, int skip, Charset cs, String name) throws UndecodableException {
        try {
            return decodeStrict(bytes, skip, cs);
        } catch (MalformedAt e) {
            throw new UndecodableException("not valid " + name + " (bad byte at offset " + e.offset + ")", e.offset);
        }
    }

    private static final class MalformedAt extends Exception {
        final long offset;

        MalformedAt(long offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    private static String decodeStrict(byte[] bytes, int skip, Charset cs) throws MalformedAt {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the JDK's own decoding is much faster and marks every malformed sequence with U+FFFD: without
            // one in the result the bytes were valid; with one, the strict decoder says where (or accepts
            // a U+FFFD that was written as such)
            String fast = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) dec.maxCharsPerByte()) + 16));
        while (true) {
            var r = dec.decode(in, out, true);
            if (r.isError()) {
                throw new MalformedAt(in.position());
            }
            if (r.isUnderflow()) {
                r = dec.flush(out);
                if (r.isError()) {
                    throw new MalformedAt(in.position());
                }
                break;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
        }
        out.flip();
        return out.toString();
    }

    /**
     * True when most non-ASCII bytes form valid UTF-8 sequences: the file is UTF-8 with a few bad bytes.
     * GB18030 text seldom forms valid UTF-8 sequences (its lead bytes 0x81–0xFE rarely pair right).
     */
    static boolean mostlyUtf8(byte[] b) {
        long valid = 0;
        long invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid += len;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && valid >= 9 * invalid;
    }

    /** GB18030 maps almost every byte sequence; refuse results that are mostly control or private-use chars. */
    private static boolean looksLikeText(String s) {
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 100L <= s.length();
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.name().startsWith("UTF-16")) && (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF))) {
            return cs.equals(StandardCharsets.UTF_16) ? 0 : 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

}
