package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts the records of a stream of documents in document-id order whatever order the documents came in:
 * each document's records are written to a temporary file as they come, already in the output format,
 * with only an index in memory, and copied out in id order at the end. Memory does not grow with the
 * records, and no record is formatted twice. Not thread-safe.
 */
public final class DocumentOrder implements AutoCloseable {
    private final Path spill;
    private final Counting counted;
    private final RecordWriter target;
    private final RecordWriter body;
    private final Map<String, List<long[]>> index = new TreeMap<>();

    /** Records will go to {@code target}, in its format. */
    public DocumentOrder(RecordWriter target) throws IOException {
        this.target = target;
        spill = Files.createTempFile("lexcorpus-export", ".part");
        lexcorpus.io.TempFiles.register(spill);
        counted = new Counting(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
        body = target.body(counted);
    }

    /** Adds the records of one document (already in their order within it), as one block. */
    public void add(String doc, List<ObjectNode> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        long start = counted.count;
        for (ObjectNode r : records) {
            body.write(r);
        }
        body.finish();
        // one index entry per block, not per record: memory grows with documents only
        index.computeIfAbsent(doc, d -> new ArrayList<>(1)).add(new long[] {start, counted.count - start});
    }

    /** Writes every record to the target, documents in id order (the target's head and tail are its own). */
    public void drain() throws IOException {
        counted.close();
        try (FileChannel in = FileChannel.open(spill, StandardOpenOption.READ)) {
            byte[] buf = new byte[1 << 16];
            for (List<long[]> blocks : index.values()) {
                for (long[] block : blocks) {
                    int len = (int) block[1];
                    if (buf.length < len) {
                        buf = new byte[Math.max(len, 2 * buf.length)];
                    }
                    lexcorpus.io.Channels.readFully(in, block[0], buf, len);
                    target.writeBody(buf, 0, len);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        counted.close();
        Files.deleteIfExists(spill);
        lexcorpus.io.TempFiles.unregister(spill);
    }

    /** Counts the bytes written through it, so that blocks are located without flushing to disk. */
    private static final class Counting extends FilterOutputStream {
        long count;
        private boolean closed;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                super.close();
            }
        }
    }
}
