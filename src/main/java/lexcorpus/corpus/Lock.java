package lexcorpus.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus's writer lock: an operating-system lock ({@link FileChannel#tryLock}) on {@code .lock}, a file
 * that stays (no run removes it: removing a lock file lets two runs each hold "the" lock). The holder writes a
 * token of its own into the file, and before it commits it checks that {@code .lock} still holds that token:
 * if someone removed the file and another run locked a new one, this run does not commit. A lock held in this
 * process is refused before the file is opened, since closing any channel on a locked file releases the
 * process's lock on it; for the same reason the channels this class reads the file through stay open until
 * the lock is released. Not thread-safe.
 */
final class Lock implements AutoCloseable {
    static final String NAME = ".lock";
    private static final Set<Path> HELD = new HashSet<>();

    private final Path dir;
    private final Path real;
    private final Path file;
    private FileChannel channel;
    private FileLock lock;
    private String token;
    /** The file key of {@code .lock} once it is verified to be the locked file: checked by a stat, which opens nothing. */
    private Object key;
    private final List<FileChannel> probes = new ArrayList<>();

    private Lock(Path dir, Path real) {
        this.dir = dir;
        this.real = real;
        this.file = dir.resolve(NAME);
    }

    static Lock acquire(Path dir) throws CorpusException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            throw new CorpusException("cannot open corpus " + dir + ": " + Corpus.describe(e), e);
        }
        synchronized (HELD) {
            if (HELD.contains(real)) {
                throw inUse(dir, "in this process");
            }
            Lock l = new Lock(dir, real);
            l.take();
            HELD.add(real);
            return l;
        }
    }

    private void take() throws CorpusException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                throw new CorpusException("corpus " + dir + " cannot be written (permission denied)", e);
            } catch (IOException e) {
                throw new CorpusException("corpus " + dir + " cannot be locked: " + Corpus.describe(e), e);
            }
            try {
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    String holder = holder(channel);
                    channel.close();
                    throw inUse(dir, holder);
                }
                token = ProcessHandle.current().pid() + " " + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() ^ System.nanoTime());
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((token + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                if (token.equals(tokenAtPath())) {
                    key = fileKey();
                    return;
                }
                // the file was removed or replaced between opening and locking it: lock the one there now
                lock.release();
                channel.close();
            } catch (CorpusException e) {
                throw e;
            } catch (IOException e) {
                closeQuietly();
                throw new CorpusException("corpus " + dir + " cannot be locked: " + Corpus.describe(e), e);
            }
        }
        throw new CorpusException("corpus " + dir + " cannot be locked: " + file + " keeps being replaced");
    }

    private static CorpusException inUse(Path dir, String holder) {
        return new CorpusException("corpus " + dir + " is in use by another lexcorpus run (" + (holder == null ? "" : holder + "; ")
                + "lock " + dir.resolve(NAME) + ")");
    }

    /** Who holds the lock, from the token it wrote ("pid N"), if it can be read. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(64);
            ch.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
            int sp = s.indexOf(' ');
            return sp > 0 && s.substring(0, sp).chars().allMatch(Character::isDigit) ? "pid " + s.substring(0, sp) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The token in the file now at {@code .lock}, or null if there is none; the channel stays open (see above). */
    private String tokenAtPath() throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
        probes.add(ch);
        ByteBuffer b = ByteBuffer.allocate(128);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
            // read up to the buffer's size
        }
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
    }

    private Object fileKey() {
        try {
            return java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** During a run, cheaply (a stat): whether {@code .lock} is still the locked file; if not, {@link #check} says what to do. */
    void checkQuickly() throws CorpusException {
        Object now = fileKey();
        if (key == null || !key.equals(now)) {
            check();
        }
    }

    /**
     * Before a commit: this run still holds the corpus. A {@code .lock} removed during the run is locked again
     * (no run can have taken it: a run that started since would have created the file); one that another run
     * created and locked means two writers: this one stops.
     */
    void check() throws CorpusException {
        try {
            String now = tokenAtPath();
            if (token.equals(now)) {
                return;
            }
            if (now == null) {
                lock.release();
                channel.close();
                take();
                return;
            }
        } catch (IOException e) {
            throw new CorpusException("corpus " + dir + ": cannot check its lock " + file + ": " + Corpus.describe(e), e);
        }
        throw new CorpusException("corpus " + dir + ": its lock " + file + " was removed and taken by another run while this one was"
                + " writing; this run's work was not committed (the corpus is the other run's)");
    }

    private void closeQuietly() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the process lock goes with the process
        }
        for (FileChannel p : probes) {
            try {
                p.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
        probes.clear();
    }

    @Override
    public void close() {
        closeQuietly();
        synchronized (HELD) {
            HELD.remove(real);
        }
    }
}
