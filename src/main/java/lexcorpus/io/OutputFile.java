package lexcorpus.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file the user named for output ({@code -o}, {@code --errors}). Never replaces anything that is not a
 * regular file: a symbolic link is written through (the link stays, the file it names gets the data, as
 * with a shell's {@code >}), a device or a named pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is
 * written in place, a folder is refused. A regular file, or a name not yet taken, is written through a
 * temporary file and renamed at {@link #commit()} ({@link AtomicOutput}). Not thread-safe.
 */
public final class OutputFile implements AutoCloseable {
    private static final int MAX_LINKS = 40;
    private final AtomicOutput atomic;
    private final OutputStream out;

    private OutputFile(AtomicOutput atomic, OutputStream out) {
        this.atomic = atomic;
        this.out = out;
    }

    public static OutputFile open(Path target) throws IOException {
        Path p = resolveLinks(target);
        if (Files.isDirectory(p)) {
            throw new FileSystemException(target.toString(), null, "a folder, not a file");
        }
        for (Path up = p.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new FileSystemException(target.toString(), null, up + " is a file, not a folder");
                }
                break;
            }
        }
        if (Files.exists(p) && !Files.isRegularFile(p)) {
            return new OutputFile(null, new BufferedOutputStream(Files.newOutputStream(p, StandardOpenOption.WRITE), 1 << 16));
        }
        AtomicOutput a = new AtomicOutput(p);
        return new OutputFile(a, a.stream());
    }

    /** The file a chain of links ends at (which may not exist yet), or the path itself. */
    static Path resolveLinks(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            Path next = Files.readSymbolicLink(p);
            p = p.getParent().resolve(next).normalize();
        }
        return p;
    }

    /** Whether the output is written in place (a device, a pipe), not through a temporary file. */
    public boolean inPlace() {
        return atomic == null;
    }

    public OutputStream stream() {
        return out;
    }

    /** Makes the output final: renames the temporary file over the target, or flushes a device or pipe. */
    public void commit() throws IOException {
        if (atomic != null) {
            atomic.commit();
        } else {
            out.close();
        }
    }

    @Override
    public void close() {
        if (atomic != null) {
            atomic.close();
        } else {
            try {
                out.close();
            } catch (IOException ignored) {
                // the failure was reported where it happened
            }
        }
    }
}
