package lexcorpus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lexcorpus.failure.Printable;
import lexcorpus.failure.Reason;
import lexcorpus.io.AtomicOutput;
import lexcorpus.io.OutputFile;

/**
 * Where a command writes its data: standard output, or a file written through a temporary file and
 * renamed at the end ({@link AtomicOutput}). A closed standard output surfaces as {@link ErrorHandler.BrokenPipe}.
 */
final class DataOutput implements AutoCloseable {
    private final AutoCloseable file; // an AtomicOutput or an OutputFile; null for standard output
    private final OutputStream out;

    private final String name; // null for standard output

    private DataOutput(AutoCloseable file, OutputStream out, String name) {
        this.file = file;
        this.out = out;
        this.name = name;
    }

    static DataOutput open(String target, Streams streams) throws IOException {
        if (target == null || target.equals("-")) {
            // written by a thread of its own: the work goes on while the next command in a pipe is busy
            return new DataOutput(null, new lexcorpus.io.WriteBehind(streams.out(), 16), null);
        }
        try {
            // a device or a pipe is written in place, a link through, never replaced (OutputFile)
            OutputFile f = OutputFile.open(Path.of(target));
            return new DataOutput(f, f.stream(), target);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new LexcorpusException("cannot write " + Printable.of(target) + ": " + Reason.of(e), ExitCodes.FATAL, e);
        }
    }

    static DataOutput toFile(Path target) throws IOException {
        AtomicOutput a = new AtomicOutput(target);
        return new DataOutput(a, a.stream(), target.toString());
    }

    /** The stream to write to; a failed write names the output (or, for standard output, ends the run quietly). */
    OutputStream stream() {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw wrap(e);
                }
            }

            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw wrap(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw wrap(e);
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    void write(byte[] bytes, int off, int len) throws IOException {
        try {
            out.write(bytes, off, len);
        } catch (IOException e) {
            throw wrap(e);
        }
    }

    void line(String s) throws IOException {
        write((s + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a record already encoded (by a worker thread) and a line break. */
    void line(byte[] utf8) throws IOException {
        write(utf8);
        write(NEWLINE);
    }

    private static final byte[] NEWLINE = {'\n'};

    /** Makes the output final: flushes standard output, or renames the file into place. */
    void commit() throws IOException {
        try {
            if (file instanceof AtomicOutput a) {
                a.commit();
            } else if (file instanceof OutputFile f) {
                f.commit();
            } else {
                out.flush();
            }
        } catch (IOException e) {
            throw wrap(e);
        }
    }

    private IOException wrap(IOException e) {
        if (e instanceof ErrorHandler.BrokenPipe || e instanceof OutputFailed) {
            return e;
        }
        if (name == null && ErrorHandler.isBrokenPipe(e)) {
            return new ErrorHandler.BrokenPipe(e); // the reader went away (| head): not a failure
        }
        // anything else (a full disk behind > file) is a failure, or output would be lost without a word
        return new OutputFailed("cannot write " + (name == null ? "standard output" : Printable.of(name)) + ": " + describe(e), e);
    }

    /** A write to a named output failed. */
    static final class OutputFailed extends IOException {
        OutputFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String describe(IOException e) {
        return Reason.of(e);
    }

    @Override
    public void close() {
        if (file instanceof AtomicOutput a) {
            a.close();
        } else if (file instanceof OutputFile f) {
            f.close();
        }
    }
}
