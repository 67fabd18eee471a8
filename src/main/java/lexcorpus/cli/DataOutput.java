package lexcorpus.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lexcorpus.io.AtomicOutput;

/**
 * Where a command writes its data: standard output, or a file written through a temporary file and
 * renamed at the end ({@link AtomicOutput}). A closed standard output surfaces as {@link ErrorHandler.BrokenPipe}.
 */
final class DataOutput implements AutoCloseable {
    private final AtomicOutput file;
    private final OutputStream out;

    private DataOutput(AtomicOutput file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    static DataOutput open(String target, Streams streams) throws IOException {
        if (target == null || target.equals("-")) {
            return new DataOutput(null, new BufferedOutputStream(streams.out(), 1 << 16));
        }
        try {
            AtomicOutput a = new AtomicOutput(Path.of(target));
            return new DataOutput(a, a.stream());
        } catch (IOException e) {
            throw new LexcorpusException("cannot write " + target + ": " + describe(e), ExitCodes.FATAL, e);
        }
    }

    static DataOutput toFile(Path target) throws IOException {
        AtomicOutput a = new AtomicOutput(target);
        return new DataOutput(a, a.stream());
    }

    OutputStream stream() {
        return out;
    }

    void write(byte[] bytes) throws IOException {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw wrap(e);
        }
    }

    void line(String s) throws IOException {
        write((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Makes the output final: flushes standard output, or renames the file into place. */
    void commit() throws IOException {
        try {
            if (file != null) {
                file.commit();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw wrap(e);
        }
    }

    private IOException wrap(IOException e) {
        if (file == null) {
            return new ErrorHandler.BrokenPipe(e);
        }
        return new IOException("cannot write the output: " + describe(e), e);
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
