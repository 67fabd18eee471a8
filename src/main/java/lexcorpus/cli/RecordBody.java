package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import lexcorpus.export.RecordWriter;

/**
 * A worker's buffer and a body writer of the output's format over it: records to bytes without head or tail,
 * handed to the output's writer ({@link RecordWriter#writeBody}) in order. One per thread.
 */
final class RecordBody {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final RecordWriter writer;

    RecordBody(RecordWriter target) {
        try {
            writer = target.body(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] format(List<ObjectNode> records) throws IOException {
        bytes.reset();
        for (ObjectNode r : records) {
            writer.write(r);
        }
        writer.finish();
        return bytes.toByteArray();
    }
}
