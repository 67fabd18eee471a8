package lexcorpus.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads of a file. */
public final class Channels {
    private Channels() {
    }

    /** Reads exactly {@code len} bytes at {@code at} into {@code buf} (from its start). */
    public static void readFully(FileChannel ch, long at, byte[] buf, int len) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
        while (bb.hasRemaining()) {
            int n = ch.read(bb, at);
            if (n < 0) {
                throw new IOException("the file is shorter than expected (changed while it was read?)");
            }
            at += n;
        }
    }
}
