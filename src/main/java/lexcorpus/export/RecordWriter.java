package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/** Writes records of one kind in one format. Not thread-safe. */
public interface RecordWriter extends AutoCloseable {
    void write(ObjectNode record) throws IOException;

    /**
     * A writer of the same format over {@code out} that writes bare records: no head (CSV header, BOM, [),
     * no tail, each record ending in a newline. What it writes is handed back through {@link #writeBody}.
     */
    RecordWriter body(OutputStream out) throws IOException;

    /** Writes records already formatted by a {@link #body} writer, whole records only. */
    void writeBody(byte[] bytes, int off, int len) throws IOException;

    /** Writes what closes the output (the ] of a JSON array) and flushes; does not close the stream. */
    void finish() throws IOException;

    @Override
    default void close() throws IOException {
        finish();
    }
}
