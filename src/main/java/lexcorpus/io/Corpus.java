package lexcorpus.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A corpus directory (docs/corpus.md): {@code documents.jsonl} (what ingest wrote), {@code entities.jsonl}
 * (what extract wrote, replaced whole by every extract), {@code manifest.json} (input hashes and the tool
 * version), and {@code .lock}, locked while a command writes to it. Every file is replaced atomically.
 */
public final class Corpus implements AutoCloseable {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String ENTITIES = "entities.jsonl";
    public static final String MANIFEST = "manifest.json";
    private static final String LOCK = ".lock";

    private final Path dir;
    private FileChannel lockChannel;
    private FileLock lock;

    private Corpus(Path dir) {
        this.dir = dir;
    }

    /** Raised when another run holds the corpus. */
    public static final class LockedException extends IOException {
        public LockedException(String message) {
            super(message);
        }
    }

    /** Opens a corpus for writing, creating it when missing; refuses when another run is writing it. */
    public static Corpus openForWriting(Path dir) throws IOException {
        Files.createDirectories(dir);
        Corpus c = new Corpus(dir);
        c.lockChannel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            c.lock = c.lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            c.lock = null;
        }
        if (c.lock == null) {
            c.lockChannel.close();
            throw new LockedException("corpus " + dir + " is in use by another lexcorpus run (lock " + dir.resolve(LOCK) + ")");
        }
        return c;
    }

    /** Opens a corpus for reading; it must exist. */
    public static Corpus openForReading(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no such corpus directory");
        }
        return new Corpus(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path documents() {
        return dir.resolve(DOCUMENTS);
    }

    public Path entities() {
        return dir.resolve(ENTITIES);
    }

    public Path manifest() {
        return dir.resolve(MANIFEST);
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }
}
