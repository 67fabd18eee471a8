package lexcorpus.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder, renamed over the target only by
 * {@link #commit()}. Closing without commit deletes the temporary file, so an interrupted or failed write
 * never leaves a half-written file where the old one was. Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".part");
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        TempFiles.register(temp);
    }

    public OutputStream stream() {
        return out;
    }

    /** Flushes the temporary file and renames it over the target (no fsync: this guards against an interrupted run, not a power cut). */
    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        TempFiles.unregister(temp);
        done = true;
    }

    @Override
    public void close() {
        if (!done) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the write failed already; the temporary file goes away below
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the name starts with a dot and ends in .part
            }
            TempFiles.unregister(temp);
        }
    }
}
