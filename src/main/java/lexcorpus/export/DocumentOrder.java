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

    /** Adds the records of one document (already in their order within it), as one block of lines. */
    public void add(String doc, List<ObjectNode> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        long start = written;
        for (ObjectNode r : records) {
            byte[] b = Json.mapper().writeValueAsBytes(r);
            out.write(b);
            out.write('\n');
            written += b.length + 1;
        }
        // one index entry per block, not per record: memory grows with documents only
        index.computeIfAbsent(doc, d -> new ArrayList<>(1)).add(new long[] {start, written - start});
    }

    /** Writes every record, documents in id order. */
    public void drainTo(RecordWriter writer) throws IOException {
        out.close();
        try (RandomAccessFile in = new RandomAccessFile(spill.toFile(), "r")) {
            for (List<long[]> blocks : index.values()) {
                for (long[] block : blocks) {
                    byte[] b = new byte[(int) block[1]];
                    in.seek(block[0]);
                    in.readFully(b);
                    int from = 0;
                    for (int i = 0; i < b.length; i++) {
                        if (b[i] == '\n') {
                            writer.write((ObjectNode) Json.mapper().readTree(b, from, i - from));
                            from = i + 1;
                        }
                    }
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
