package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import lexcorpus.io.Json;

/** One JSON object a line, raw UTF-8. */
public final class JsonLinesWriter implements RecordWriter {
    private final OutputStream out;

    public JsonLinesWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        out.write(Json.mapper().writeValueAsBytes(record));
        out.write('\n');
    }

    @Override
    public RecordWriter body(OutputStream out) {
        return new JsonLinesWriter(out);
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) throws IOException {
        out.write(bytes, off, len);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
