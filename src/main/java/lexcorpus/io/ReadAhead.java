package lexcorpus.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream read by a thread of its own into a bounded buffer: a command reading from a pipe lets
 * the command before it go on writing while it works, instead of both taking turns on the kernel's 64 KB.
 * A read failure is thrown where the data would have been.
 */
public final class ReadAhead extends InputStream {
    private static final byte[] END = new byte[0];

    private final BlockingQueue<Object> queue;
    /** Buffers read out, handed back to the reading thread for reuse. */
    private final BlockingQueue<byte[]> free;
    private byte[] current = new byte[0];
    private int limit;
    private int pos;
    private boolean ended;

    /** @param chunks how many reads (of up to 64 KB each) may wait to be consumed */
    public ReadAhead(InputStream in, int chunks) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, chunks));
        this.free = new ArrayBlockingQueue<>(Math.max(1, chunks) + 2);
        Thread reader = new Thread(() -> fill(in), "lexcorpus-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** A buffer and how much of it was read. */
    private record Chunk(byte[] bytes, int length) {
    }

    private void fill(InputStream in) {
        try {
            try {
                while (true) {
                    byte[] buf = free.poll();
                    if (buf == null) {
                        buf = new byte[1 << 16];
                    }
                    int n = in.read(buf, 0, buf.length);
                    if (n < 0) {
                        break;
                    }
                    if (n > 0) {
                        queue.put(new Chunk(buf, n));
                    } else {
                        free.offer(buf);
                    }
                }
                queue.put(END);
            } catch (IOException e) {
                queue.put(e);
            } catch (OutOfMemoryError e) {
                // the reader must never just stop: the consumer would wait for it for ever
                queue.clear();
                queue.put(new IOException("standard input " + lexcorpus.failure.Reason.memory()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean next() throws IOException {
        if (ended) {
            return false;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        if (item instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (current.length > 0) {
            free.offer(current);
        }
        Chunk c = (Chunk) item;
        current = c.bytes();
        limit = c.length();
        pos = 0;
        return true;
    }

    @Override
    public int read() throws IOException {
        while (pos == limit) {
            if (!next()) {
                return -1;
            }
        }
        return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == limit) {
            if (!next()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
