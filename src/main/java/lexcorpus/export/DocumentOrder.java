package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexcorpus.io.Json;

/**
 * Puts the records of a stream of documents in document-id order whatever order the documents came in:
 * each document's records are spilled to a temporary file as they come, with only an index in memory,
 * and read back in id order at the end. Memory does not grow with the records. Not thread-safe.
 */
public final class DocumentOrder implements AutoCloseable {
    private final Path spill;
    private final OutputStream out;
    private final Map<String, List<long[]>> index = new TreeMap<>();
    private long written;

    public DocumentOrder() throws IOException {
        spill = Files.createTempFile("lexcorpus-export", ".jsonl");
        lexcorpus.io.TempFiles.register(spill);
        out = new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16);
    }

    /** Adds the records of one document (already in their order within it). */
    public void add(String doc, List<ObjectNode> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        List<long[]> at = index.computeIfAbsent(doc, d -> new ArrayList<>());
        for (ObjectNode r : records) {
            byte[] b = Json.mapper().writeValueAsBytes(r);
            out.write(b);
            at.add(new long[] {written, b.length});
            written += b.length;
        }
    }

    /** Writes every record, documents in id order. */
    public void drainTo(RecordWriter writer) throws IOException {
        out.close();
        try (RandomAccessFile in = new RandomAccessFile(spill.toFile(), "r")) {
            for (List<long[]> records : index.values()) {
                for (long[] r : records) {
                    byte[] b = new byte[(int) r[1]];
                    in.seek(r[0]);
                    in.readFully(b);
                    writer.write((ObjectNode) Json.mapper().readTree(b));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(spill);
        lexcorpus.io.TempFiles.unregister(spill);
    }
}
