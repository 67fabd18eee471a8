package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import lexcorpus.io.Json;

/** One JSON object a line, raw UTF-8 (but for U+2028 and U+2029, escaped: see Json.separatorsEscaped). */
public final class JsonLinesWriter implements RecordWriter {
    private final OutputStream out;
    private final boolean flushes;

    public JsonLinesWriter(OutputStream out) {
        this(out, true);
    }

    /** @param flushes whether finish() flushes the stream (not for a body writer: its bytes are not yet due) */
    JsonLinesWriter(OutputStream out, boolean flushes) {
        this.out = out;
        this.flushes = flushes;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        out.write(Json.separatorsEscaped(Json.mapper().writeValueAsBytes(record)));
        out.write('\n');
    }

    @Override
    public RecordWriter body(OutputStream out) {
        return new JsonLinesWriter(out, false);
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) throws IOException {
        out.write(bytes, off, len);
    }

    @Override
    public void finish() throws IOException {
        if (flushes) {
            out.flush();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
