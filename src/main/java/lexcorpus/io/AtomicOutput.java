package lexcorpus.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes a file through a temporary file in the same folder, renamed over the target only by
 * {@link #commit()}. Closing without commit deletes the temporary file, so an interrupted or failed write
 * never leaves a half-written file where the old one was. The temporary file is created as any new file
 * is (mode 0666 less the umask) and takes the mode of the file it replaces; its name carries the process
 * id ({@code .name.<pid>-<n>.part}), so that the next run that writes the same target removes what a
 * killed run left. Not thread-safe.
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
        String prefix = "." + this.target.getFileName() + ".";
        TempFiles.removeStale(dir, prefix, ".part");
        this.temp = TempFiles.createNew(dir, prefix, ".part");
        TempFiles.register(temp);
        keepMode(this.target, temp);
        this.out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
    }

    /** The file replaced keeps its permissions (as an editor keeps them); a new one has the umask's. */
    private static void keepMode(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException ignored) {
            // the umask's mode stays: not a reason to fail the write
        }
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
