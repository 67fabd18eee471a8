package lexcorpus.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import lexcorpus.failure.Reason;

/**
 * Records held back until it is known that they may all be written (the parts of one large file: none
 * is written unless every one is). Kept in memory up to a bound (an eighth of the heap, at most 32 MB),
 * past it in a file of the temporary folder ({@code $TMPDIR}). Not thread-safe.
 */
public final class Held implements AutoCloseable {
    /** The temporary folder could not take the records. */
    public static final class HoldFailed extends IOException {
        HoldFailed(IOException cause) {
            super("cannot hold the parts of a large file in the temporary folder " + System.getProperty("java.io.tmpdir")
                    + " ($TMPDIR): " + Reason.of(cause), cause);
        }
    }

    private final long bound;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream out;
    private int count;

    public Held() {
        this(Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    Held(long bound) {
        this.bound = bound;
    }

    /** Holds one record line (a line break is added). */
    public void add(byte[] line) throws IOException {
        try {
            if (out == null && memory.size() + (long) line.length + 1 > bound) {
                file = TempFiles.inTempFolder("parts", ".part");
                out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
                memory.writeTo(out);
                memory.reset();
            }
            OutputStream o = out != null ? out : memory;
            o.write(line);
            o.write('\n');
            count++;
        } catch (IOException e) {
            throw new HoldFailed(e);
        }
    }

    /** How many records are held. */
    public int count() {
        return count;
    }

    /** Writes every record held to {@code target}, in order, and lets them go. */
    public void writeTo(OutputStream target) throws IOException {
        if (out == null) {
            memory.writeTo(target);
        } else {
            try {
                out.close();
            } catch (IOException e) {
                throw new HoldFailed(e);
            }
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while (true) {
                    try {
                        n = in.read(buf);
                    } catch (IOException e) {
                        throw new HoldFailed(e);
                    }
                    if (n < 0) {
                        break;
                    }
                    target.write(buf, 0, n);
                }
            }
        }
        close();
    }

    /** Lets the records go, unwritten. */
    @Override
    public void close() {
        memory.reset();
        count = 0;
        if (file != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // deleted below
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // registered: deleted at exit
            }
            TempFiles.unregister(file);
            file = null;
            out = null;
        }
    }
}
