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
        out.write(first ? JsonLinesWriter.utf8("[\n") : JsonLinesWriter.utf8(",\n"));
        first = false;
        out.write(Json.mapper().writeValueAsBytes(record));
    }

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
