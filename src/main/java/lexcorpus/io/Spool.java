package lexcorpus.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import lexcorpus.failure.Reason;

/**
 * Reads a stream of unknown length (standard input) without holding more than a bound in memory: up to
 * {@code keep} bytes stay in memory; past that, everything goes to a file of the temporary folder, which
 * the caller reads like any large file (in parts). A text stream is binary from its first NUL byte on
 * (unless it starts with a UTF-16 byte-order mark, or {@code wide} is set): reading stops there, so
 * that {@code < /dev/zero} ends at once. Stateless.
 */
public final class Spool {
    /** What was read: the bytes in memory, or the file that holds them, or why neither. */
    public record Spooled(byte[] bytes, Path file, String error) {
    }

    private Spool() {
    }

    public static Spooled read(InputStream in, int keep, boolean wide) {
        byte[] buf = new byte[Math.max(1, Math.min(keep, 1 << 16))];
        byte[] mem = new byte[0];
        int len = 0;
        long total = 0;
        Path file = null;
        OutputStream out = null;
        boolean checkNul = !wide;
        try {
            while (true) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    break;
                }
                if (total == 0 && n >= 2 && ((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE || (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF)) {
                    checkNul = false;
                }
                if (checkNul) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == 0) {
                            return fail(file, out, "binary data (a NUL byte) at byte " + (total + i) + ", not a text file");
                        }
                    }
                }
                if (out == null && len + n <= keep) {
                    if (len + n > mem.length) {
                        mem = java.util.Arrays.copyOf(mem, (int) Math.min(keep, Math.max(len + n, 2L * mem.length)));
                    }
                    System.arraycopy(buf, 0, mem, len, n);
                    len += n;
                } else {
                    if (out == null) {
                        try {
                            file = TempFiles.inTempFolder("stdin", ".txt");
                            out = new java.io.BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
                        } catch (IOException e) {
                            return fail(file, out, tempFailure(e));
                        }
                        out.write(mem, 0, len);
                        mem = null;
                    }
                    out.write(buf, 0, n);
                }
                total += n;
            }
            if (out != null) {
                out.close();
                return new Spooled(null, file, null);
            }
            return new Spooled(java.util.Arrays.copyOf(mem, len), null, null);
        } catch (IOException e) {
            if (file != null && out != null) {
                return fail(file, out, tempFailure(e));
            }
            return fail(file, out, "cannot be read (" + Reason.of(e) + ")");
        }
    }

    private static String tempFailure(IOException e) {
        return "cannot be kept in the temporary folder " + System.getProperty("java.io.tmpdir") + " ($TMPDIR): " + Reason.of(e);
    }

    private static Spooled fail(Path file, OutputStream out, String why) {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // the file goes away below
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // registered: deleted at exit
            }
        }
        return new Spooled(null, null, why);
    }
}
