package lexcorpus.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * An output stream whose bytes are written by a thread of its own, through a bounded buffer: a command
 * writing to a pipe goes on working while the next command in the pipe is busy, instead of waiting for
 * the kernel's 64 KB to drain. {@link #flush} waits until everything is written; a failed write is thrown
 * by the next call.
 */
public final class WriteBehind extends OutputStream {
    private static final int CHUNK = 1 << 20;
    private static final byte[] STOP = new byte[0];

    private final OutputStream out;
    private final BlockingQueue<Object> queue;
    /** Chunks written out, handed back for reuse: the stream allocates a few chunks, not one per MB. */
    private final BlockingQueue<byte[]> free;
    private final Thread writer;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private volatile IOException failed;
    private boolean closed;

    /** @param chunks how many 1 MB chunks may wait to be written */
    public WriteBehind(OutputStream out, int chunks) {
        this.out = out;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, chunks));
        this.free = new ArrayBlockingQueue<>(Math.max(1, chunks) + 2);
        this.writer = new Thread(this::drain, "lexcorpus-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain() {
        try {
            while (true) {
                Object item = queue.take();
                if (item == STOP) {
                    return;
                }
                if (item instanceof CountDownLatch done) {
                    if (failed == null) {
                        try {
                            out.flush();
                        } catch (IOException e) {
                            failed = e;
                        }
                    }
                    done.countDown();
                    continue;
                }
                Chunk c = (Chunk) item;
                if (failed == null) {
                    try {
                        out.write(c.bytes, 0, c.length);
                    } catch (IOException e) {
                        failed = e; // kept for the producer; later chunks are dropped
                    } catch (RuntimeException | OutOfMemoryError e) {
                        failed = new IOException(lexcorpus.failure.Reason.of(e), e); // the producer must not wait for ever
                    }
                }
                free.offer(c.bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check() throws IOException {
        IOException e = failed;
        if (e != null) {
            throw e;
        }
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check();
        while (len > 0) {
            int n = Math.min(len, chunk.length - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
            if (used == chunk.length) {
                handChunk();
            }
        }
    }

    /** A chunk and how much of it is data. */
    private record Chunk(byte[] bytes, int length) {
    }

    private void handChunk() throws IOException {
        hand(new Chunk(chunk, used));
        byte[] reused = free.poll();
        chunk = reused != null ? reused : new byte[CHUNK];
        used = 0;
    }

    private void hand(Object item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
    }

    @Override
    public void flush() throws IOException {
        check();
        if (used > 0) {
            handChunk();
        }
        CountDownLatch done = new CountDownLatch(1);
        hand(done);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
        check();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            hand(STOP);
            out.close();
        }
    }
}
