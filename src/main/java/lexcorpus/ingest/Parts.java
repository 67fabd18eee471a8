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
 * memory holds one part, not the file.
 */
public final class Parts {
    /** One part: bytes [from, to) of the file, its text starting at code point {@code offset} of the file's. */
    public record Part(int index, long from, long to, long offset) {
    }

    /** How to read a file in parts. */
    public record Plan(String encoding, String sha256, Metadata head, List<Part> parts) {
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
        long offset = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long from = 0;
            while (from < size) {
                byte[] bytes = read(ch, from, (int) Math.min(partBytes, size - from));
                int len = bytes.length;
                if (from == 0 && utf16(bytes, forcedEncoding)) {
                    // its line breaks are two bytes, and its text is not cut at a byte
                    throw new TextDecoder.UndecodableException("a UTF-16 file this large is not read in parts: convert it to UTF-8", 0);
                }
                if (from + len < size) {
                    len = cut(bytes);
                    if (len == 0) {
                        throw new TextDecoder.UndecodableException("nowhere to cut it into parts in " + partBytes / (1024 * 1024)
                                + " MB from byte " + from, from);
                    }
                    bytes = java.util.Arrays.copyOf(bytes, len);
                }
                sha.update(bytes);
                String text;
                try {
                    if (parts.isEmpty()) {
                        TextDecoder.Decoded d = TextDecoder.decode(bytes, forcedEncoding);
                        text = d.text();
                        encoding = d.encoding();
                    } else {
                        text = TextDecoder.decodeAs(bytes, encoding);
                    }
                } catch (TextDecoder.UndecodableException e) {
                    // the decoder counts from the part's start; the message names the byte in the file
                    throw new TextDecoder.UndecodableException(e.getMessage().replaceFirst("offset \\d+",
                            "offset " + (from + e.offset())), from + e.offset());
                }
                if (parts.isEmpty()) {
                    head = ingester.masthead(text.substring(0, Math.min(text.length(), HEAD_CHARS)));
                }
                parts.add(new Part(parts.size() + 1, from, from + len, offset));
                offset += text.codePointCount(0, text.length());
                from += len;
            }
        }
        return new Plan(encoding, HexFormat.of().formatHex(sha.digest()), head, parts);
    }

    /** The text of one part, as the plan found it decodable. */
    public static String text(Path file, Plan plan, Part part) throws IOException, TextDecoder.UndecodableException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = read(ch, part.from(), (int) (part.to() - part.from()));
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

    /**
     * Where to end a part: after its last line break; in a text without one, after its last byte below 0x30
     * (a space, a comma: never inside a UTF-8 or GB18030 character), else before its last UTF-8 lead byte.
     */
    static int cut(byte[] b) {
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
        for (int i = b.length - 1; i > 0; i--) {
            if ((b[i] & 0xC0) == 0xC0) {
                return i;
            }
        }
        return 0;
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
