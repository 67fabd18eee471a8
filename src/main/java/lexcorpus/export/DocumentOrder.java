package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
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
import lexcorpus.failure.Reason;

/**
 * Puts the records of a stream of documents in document-id order whatever order the documents came in:
 * each document's records are kept as they come, already in the output format, with only an index
 * besides, and copied out in id order at the end. They are kept in memory up to a bound (an eighth of
 * the heap, at most 64 MB), and only past it in a file of the temporary folder ({@code $TMPDIR}), so
 * memory does not grow with the records, a small export never touches the disk, and no record is
 * formatted twice. Not thread-safe.
 */
public final class DocumentOrder implements AutoCloseable {
    /** The temporary folder could not take the records: not a failure of the input. */
    public static final class SpillFailed extends IOException {
        SpillFailed(IOException cause) {
            super("cannot keep the records to sort in the temporary folder " + System.getProperty("java.io.tmpdir")
                    + " ($TMPDIR): " + Reason.of(cause), cause);
        }
    }

    private final Store store;
    private final RecordWriter target;
    private final RecordWriter body;
    private final Map<String, List<long[]>> index = new TreeMap<>();

    /** Records will go to {@code target}, in its format. */
    public DocumentOrder(RecordWriter target) throws IOException {
        this(target, Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));
    }

    DocumentOrder(RecordWriter target, long inMemory) throws IOException {
        this.target = target;
        this.store = new Store((int) Math.max(0, Math.min(Integer.MAX_VALUE - 16, inMemory)));
        body = target.body(store);
    }

    /** Adds the records of one document (already in their order within it), as one block. */
    public void add(String doc, List<ObjectNode> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        long start = store.count;
        for (ObjectNode r : records) {
            body.write(r);
        }
        body.finish();
        // one index entry per block, not per record: memory grows with documents only
        index.computeIfAbsent(doc, d -> new ArrayList<>(1)).add(new long[] {start, store.count - start});
    }

    /**
     * Adds the records of one document already formatted, as a {@link RecordWriter#body} writer of the
     * target's format writes them (on a worker thread, say), as one block.
     */
    public void add(String doc, byte[] formatted) throws IOException {
        if (formatted.length == 0) {
            return;
        }
        long start = store.count;
        store.write(formatted, 0, formatted.length);
        index.computeIfAbsent(doc, d -> new ArrayList<>(1)).add(new long[] {start, store.count - start});
    }

    /** Drops every record added for a document: none of them is written. */
    public void forget(String doc) {
        index.remove(doc);
    }

    /** Whether the records went to a file (for tests). */
    boolean spilled() {
        return store.file != null;
    }

    /** Writes every record to the target, documents in id order (the target's head and tail are its own). */
    public void drain() throws IOException {
        store.close();
        if (store.file == null) {
            byte[] buf = new byte[1 << 16];
            for (List<long[]> blocks : index.values()) {
                for (long[] block : blocks) {
                    int len = (int) block[1];
                    if (buf.length < len) {
                        buf = new byte[Math.max(len, 2 * buf.length)];
                    }
                    store.copy(block[0], buf, len);
                    target.writeBody(buf, 0, len);
                }
            }
            return;
        }
        try (FileChannel in = FileChannel.open(store.file, StandardOpenOption.READ)) {
            byte[] buf = new byte[1 << 16];
            for (List<long[]> blocks : index.values()) {
                for (long[] block : blocks) {
                    int len = (int) block[1];
                    if (buf.length < len) {
                        buf = new byte[Math.max(len, 2 * buf.length)];
                    }
                    try {
                        lexcorpus.io.Channels.readFully(in, block[0], buf, len);
                    } catch (IOException e) {
                        throw new SpillFailed(e);
                    }
                    target.writeBody(buf, 0, len);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        store.close();
        if (store.file != null) {
            Files.deleteIfExists(store.file);
            lexcorpus.io.TempFiles.unregister(store.file);
        }
    }

    /**
     * Memory up to a bound (in chunks of 1 MB: no array twice the size of what it holds, as a growing
     * buffer would make), then a file; counts the bytes, so that blocks are located without flushing.
     */
    private static final class Store extends OutputStream {
        private static final int CHUNK = 1 << 20;
        private final int bound;
        private final List<byte[]> memory = new ArrayList<>();
        private Path file;
        private OutputStream out;
        long count;
        private boolean closed;

        Store(int bound) {
            this.bound = bound;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                if (out == null && count + len > bound) {
                    file = lexcorpus.io.TempFiles.inTempFolder("export", ".part");
                    out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16);
                    for (int i = 0; i < memory.size(); i++) {
                        out.write(memory.get(i), 0, i < memory.size() - 1 ? CHUNK : (int) (count - (long) i * CHUNK));
                    }
                    memory.clear();
                }
                if (out != null) {
                    out.write(b, off, len);
                } else {
                    long at = count;
                    int done = 0;
                    while (done < len) {
                        int inChunk = (int) (at % CHUNK);
                        if (inChunk == 0 && at / CHUNK == memory.size()) {
                            memory.add(new byte[CHUNK]);
                        }
                        int n = Math.min(len - done, CHUNK - inChunk);
                        System.arraycopy(b, off + done, memory.get((int) (at / CHUNK)), inChunk, n);
                        done += n;
                        at += n;
                    }
                }
            } catch (IOException e) {
                throw new SpillFailed(e);
            }
            count += len;
        }

        /** Copies {@code len} bytes from {@code start} of what memory holds. */
        void copy(long start, byte[] to, int len) {
            int done = 0;
            while (done < len) {
                long at = start + done;
                int inChunk = (int) (at % CHUNK);
                int n = Math.min(len - done, CHUNK - inChunk);
                System.arraycopy(memory.get((int) (at / CHUNK)), inChunk, to, done, n);
                done += n;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                if (out != null) {
                    try {
                        out.close();
                    } catch (IOException e) {
                        throw new SpillFailed(e);
                    }
                }
            }
        }
    }
}
