package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import lexcorpus.io.Json;

/** One JSON array, written as records come (one record a line inside it), so memory stays flat. */
public final class JsonArrayWriter implements RecordWriter {
    private final OutputStream out;
    private boolean first = true;
    private boolean finished;

    public JsonArrayWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        out.write(first ? OPEN : COMMA);
        first = false;
        out.write(Json.mapper().writeValueAsBytes(record));
    }

    @Override
    public RecordWriter body(OutputStream out) {
        // one record a line, which is what writeBody splits on: JSON text never holds a raw newline
        return new JsonLinesWriter(out, false);
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (bytes[i] == '\n') {
                out.write(first ? OPEN : COMMA);
                first = false;
                out.write(bytes, from, i - from);
                from = i + 1;
            }
        }
    }

    private static final byte[] OPEN = JsonLinesWriter.utf8("[\n");
    private static final byte[] COMMA = JsonLinesWriter.utf8(",\n");

    @Override
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        out.write(JsonLinesWriter.utf8(first ? "[]\n" : "\n]\n"));
        out.flush();
    }
}
