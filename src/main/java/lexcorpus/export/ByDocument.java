package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Collects each document's records for {@link DocumentOrder}. Not thread-safe. */
final class ByDocument implements RecordWriter {
    private final DocumentOrder order;
    private final List<ObjectNode> current = new ArrayList<>();
    private String doc;

    ByDocument(DocumentOrder order) {
        this.order = order;
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        String d = record.path("doc").asText();
        if (doc != null && !doc.equals(d)) {
            finish();
        }
        doc = d;
        current.add(record);
    }

    @Override
    public RecordWriter body(java.io.OutputStream out) {
        throw new UnsupportedOperationException("records are collected, not formatted, here");
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) {
        throw new UnsupportedOperationException("records are collected, not formatted, here");
    }

    @Override
    public void finish() throws IOException {
        if (doc != null) {
            order.add(doc, current);
            current.clear();
            doc = null;
        }
    }
}
