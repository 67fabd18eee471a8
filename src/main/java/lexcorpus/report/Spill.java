package lexcorpus.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexcorpus.io.TempFiles;

/**
 * Lines put aside in a temporary file under a key (a document's id), with only their offsets kept in
 * memory, so that a report of a large corpus holds one document at a time. Not thread-safe.
 */
final class Spill implements AutoCloseable {
    private final Path file;
    private final Counting out;
    private final Map<String, List<long[]>> index = new HashMap<>();
    private FileChannel in;

    Spill(String name) throws IOException {
        file = TempFiles.inTempFolder("report-" + name, ".part");
        out = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** Puts one line (without its line end) aside under {@code key}. */
    void add(String key, byte[] line) throws IOException {
        List<long[]> blocks = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        long start = out.count;
        out.write(line);
        out.write('\n');
        long[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (last != null && last[0] + last[1] == start) {
            last[1] += line.length + 1; // the lines of one key mostly come together: one block
        } else {
            blocks.add(new long[] {start, line.length + 1});
        }
    }

    boolean has(String key) {
        return index.containsKey(key);
    }

    Set<String> keys() {
        return Collections.unmodifiableSet(index.keySet());
    }

    /** The lines put aside under {@code key}, in the order they came; none when there are none. */
    List<byte[]> get(String key) throws IOException {
        List<long[]> blocks = index.get(key);
        if (blocks == null) {
            return List.of();
        }
        if (in == null) {
            out.flush();
            in = FileChannel.open(file, StandardOpenOption.READ);
        }
        List<byte[]> lines = new ArrayList<>();
        for (long[] b : blocks) {
            byte[] bytes = new byte[Math.toIntExact(b[1])];
            lexcorpus.io.Channels.readFully(in, b[0], bytes, bytes.length);
            int from = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines.add(java.util.Arrays.copyOfRange(bytes, from, i));
                    from = i + 1;
                }
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
            if (in != null) {
                in.close();
            }
        } finally {
            Files.deleteIfExists(file);
            TempFiles.unregister(file);
        }
    }

    /** Counts what is written, so that lines are located without flushing. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

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
    }
}
