package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Writes records of one kind in one format. Not thread-safe. */
public interface RecordWriter extends AutoCloseable {
    void write(ObjectNode record) throws IOException;

    /** Writes what closes the output (the ] of a JSON array) and flushes; does not close the stream. */
    void finish() throws IOException;

    @Override
    default void close() throws IOException {
        finish();
    }
}
