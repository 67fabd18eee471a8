package lexcorpus.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A file built under a temporary name in the target's folder and renamed over the target only by
 * {@link #commit()}; closing without commit deletes it, so an interrupted or failed write never leaves a
 * half-written file where the old one was. The temporary file is created as any new file is (mode 0666 less
 * the umask) and takes the mode of the file it replaces; its name carries the process id
 * ({@code .name.<pid>-<n>.part}), so that the next run that writes the same target removes what a killed run
 * left. Not thread-safe.
 */
public final class BuiltFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean done;

    public BuiltFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        String prefix = "." + this.target.getFileName() + ".";
        TempFiles.removeStale(dir, prefix, ".part");
        this.temp = TempFiles.createNew(dir, prefix, ".part"); // registered for deletion at exit
        keepMode(this.target, temp);
    }

    /** The file the content is written to until {@link #commit()}. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
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

    /** Renames the temporary file over the target (no fsync: this guards against an interrupted run, not a power cut). */
    public void commit() throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        TempFiles.unregister(temp);
        done = true;
    }

    /** Without {@link #commit()}: deletes the temporary file; the target stays as it was. */
    @Override
    public void close() {
        if (!done) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more can be done; the name starts with a dot and ends in .part
            }
            TempFiles.unregister(temp);
            done = true;
        }
    }
}
