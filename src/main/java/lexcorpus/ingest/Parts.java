package lexcorpus.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import lexcorpus.model.Metadata;

/**
 * Plans the reading of a file too large to be one record: cut after a line break every {@code partBytes}
 * or so, each part decoded on its own. A first pass reads the whole file once, a part at a time: it hashes
 * it, checks that every part decodes with the encoding found at the start, counts each part's code-point
 * offset and reads the masthead, so a file that cannot be read fails before any of it is written, and
 * memory holds one part, not the file. Each part's checksum is kept: a part read again later that is not
 * what the first pass read (the file changed or was cut meanwhile) is refused, never mixed with the rest.
 */
public final class Parts {
    /**
     * One part: bytes [from, to) of the file, its text starting at code point {@code offset} of the file's;
     * {@code crc}: the CRC-32C of its bytes as the first pass read them (-1: not known).
     */
    public record Part(int index, long from, long to, long offset, long crc) {
        public Part(int index, long from, long to, long offset) {
            this(index, from, to, offset, -1);
        }
    }

    /** How to read a file in parts; {@code note}: a word on how it was decoded (an ambiguous encoding), or null. */
    public record Plan(String encoding, String sha256, Metadata head, List<Part> parts, String note) {
        public Plan(String encoding, String sha256, Metadata head, List<Part> parts) {
            this(encoding, sha256, head, parts, null);
        }
    }

    /** The start of a file's text the masthead is read from: it looks at its first lines only. */
    private static final int HEAD_CHARS = 64 * 1024;

    private Parts() {
    }

    public static Plan plan(Path file, String forcedEncoding, int partBytes, Ingester ingester)
            throws IOException, TextDecoder.UndecodableException {
        MessageDigest sha = sha256();
        List<Part> parts = new ArrayList<>();
        String encoding = null;
        Metadata head = null;
        String note = null;
        long offset = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long from = 0;
            while (from < size) {
                byte[] bytes = read(ch, from, (int) Math.min(partBytes, size - from));
                if (from == 0 && utf16(bytes, forcedEncoding)) {
                    // its line breaks are two bytes, and its text is not cut at a byte
                    throw new TextDecoder.UndecodableException("a UTF-16 file this large is not read in parts: convert it to UTF-8", 0);
                }
                boolean last = from + bytes.length >= size;
                String text;
                try {
                    if (parts.isEmpty()) {
                        // the encoding is not known yet: cut where a UTF-8 character ends; if the bytes are not
                        // UTF-8, cut again where a character of the encoding they are read in ends
                        byte[] cutBytes = last ? bytes : prefix(bytes, cut(bytes, forcedEncoding));
                        TextDecoder.Decoded d;
                        try {
                            d = TextDecoder.decode(cutBytes, forcedEncoding);
                        } catch (TextDecoder.UndecodableException e) {
                            d = null;
                            if (last || forcedEncoding != null) {
                                throw e;
                            }
                        }
                        if (!last && forcedEncoding == null && (d == null || !d.encoding().equals("UTF-8"))) {
                            byte[] again = prefix(bytes, cut(bytes, "GB18030"));
                            if (d == null || again.length != cutBytes.length) {
                                d = TextDecoder.decode(again, null);
                                cutBytes = again;
                            }
                        }
                        bytes = cutBytes;
                        text = d.text();
                        encoding = d.encoding();
                        note = d.note();
                    } else {
                        if (!last) {
                            bytes = prefix(bytes, cut(bytes, encoding));
                        }
                        text = TextDecoder.decodeAs(bytes, encoding);
                    }
                } catch (TextDecoder.UndecodableException e) {
                    // the decoder counts from the part's start; the message names the byte in the file
                    throw new TextDecoder.UndecodableException(e.getMessage().replaceFirst("(offset|byte) \\d+",
                            "$1 " + (from + e.offset())), from + e.offset());
                }
                int len = bytes.length;
                if (len == 0) {
                    throw new TextDecoder.UndecodableException("nowhere to cut it into parts in " + partBytes / (1024 * 1024)
                            + " MB from byte " + from, from);
                }
                sha.update(bytes);
                if (parts.isEmpty()) {
                    head = ingester.masthead(text.substring(0, Math.min(text.length(), HEAD_CHARS)));
                }
                parts.add(new Part(parts.size() + 1, from, from + len, offset, crc(bytes)));
                offset += text.codePointCount(0, text.length());
                from += len;
            }
        }
        return new Plan(encoding, HexFormat.of().formatHex(sha.digest()), head, parts, note);
    }

    private static byte[] prefix(byte[] b, int len) {
        return len == b.length ? b : java.util.Arrays.copyOf(b, len);
    }

    private static long crc(byte[] b) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(b, 0, b.length);
        return c.getValue();
    }

    /** The text of one part, as the plan found it decodable. */
    public static String text(Path file, Plan plan, Part part) throws IOException, TextDecoder.UndecodableException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = read(ch, part.from(), (int) (part.to() - part.from()));
            if (part.crc() >= 0 && crc(bytes) != part.crc()) {
                throw new IOException("the file changed while it was read (part " + part.index() + " is not what the first pass read)");
            }
            // the first part may start with a byte-order mark, which is not text
            return part.index() == 1 ? TextDecoder.decode(bytes, plan.encoding()).text() : TextDecoder.decodeAs(bytes, plan.encoding());
        }
    }

    private static boolean utf16(byte[] b, String forced) {
        if (forced != null) {
            return forced.toUpperCase(java.util.Locale.ROOT).replace("_", "-").startsWith("UTF-16");
        }
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** Where to end a part of UTF-8 text: {@link #cut(byte[], String)}. */
    static int cut(byte[] b) {
        return cut(b, null);
    }

    /**
     * Where to end a part: after its last line break; in a text without one, after its last byte below 0x30
     * (a space, a comma: never inside a UTF-8 or GB18030 character); else where the last whole character of
     * the encoding ends: before the last UTF-8 lead byte for UTF-8 (or when not known yet), where a decoder
     * of the encoding stops before an incomplete character for any other (GB18030: two or four bytes).
     */
    static int cut(byte[] b, String encoding) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] >= 0 && b[i] < 0x30) {
                return i + 1;
            }
        }
        java.nio.charset.Charset cs = charset(encoding);
        if (cs == null || cs.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            for (int i = b.length - 1; i > 0; i--) {
                if ((b[i] & 0xC0) == 0xC0) {
                    return i;
                }
            }
            return 0;
        }
        // decoding without the end of input stops before a character cut short; a bad byte stops it too,
        // and the part is refused when it is decoded
        java.nio.charset.CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, false);
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            return in.position();
        }
    }

    private static java.nio.charset.Charset charset(String encoding) {
        try {
            return encoding == null ? null : java.nio.charset.Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] read(FileChannel ch, long from, int len) throws IOException {
        byte[] bytes = new byte[len];
        lexcorpus.io.Channels.readFully(ch, from, bytes, len);
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
