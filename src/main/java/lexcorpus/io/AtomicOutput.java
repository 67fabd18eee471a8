package lexcorpus.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stream written into a {@link BuiltFile}: the target is replaced only by {@link #commit()}, and closing
 * without commit leaves it as it was. Not thread-safe.
 */
public final class AtomicOutput implements AutoCloseable {
    private final BuiltFile file;
    private final OutputStream out;

    public AtomicOutput(Path target) throws IOException {
        this.file = new BuiltFile(target);
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file.temp(), StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            file.close();
            throw e;
        }
    }

    public OutputStream stream() {
        return out;
    }

    /** Flushes the temporary file and renames it over the target. */
    public void commit() throws IOException {
        out.close();
        file.commit();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the write failed already; the temporary file goes away below
        }
        file.close();
    }
}
