package lexcorpus.corpus;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import lexcorpus.ingest.Sources;

/**
 * A corpus directory (docs/corpus.md): committed generations, of which {@code current} (a symbolic link) names
 * the one readers see; {@code documents.jsonl}, {@code entities.jsonl} and {@code manifest.json} at the top,
 * links through {@code current}; and {@code .lock}. A writing run locks the corpus, removes what interrupted
 * runs left, builds a whole new generation beside the current one ({@link Update}) and commits it by renaming
 * one link over {@code current}: a reader, or a run killed at any moment, sees the corpus before or after,
 * never between. Not thread-safe; one per writing run.
 */
public final class Corpus implements AutoCloseable {
    /** The names a user reads a corpus by (jq, pandas): links into the current generation. */
    public static final String DOCUMENTS = Generation.DOCUMENTS;
    public static final String ENTITIES = Generation.ENTITIES;
    public static final String MANIFEST = Generation.MANIFEST;
    static final String CURRENT = "current";
    /** The names at the top of the corpus that lead into the current generation. */
    static final List<String> LINKED = List.of(Generation.DOCUMENTS, Generation.ENTITIES, Generation.MANIFEST);
    private static final Pattern TEMPORARY = Pattern.compile("\\.(g\\d{6}|current|link)-[0-9a-f]+\\.part"
            + "|\\.(documents\\.jsonl|entities\\.jsonl|manifest\\.json)\\..*\\.part");

    private final Path dir;
    private final Lock lock;
    private Generation current;

    private Corpus(Path dir, Lock lock) throws IOException {
        this.dir = dir;
        this.lock = lock;
        recover();
        this.current = Generation.current(dir);
    }

    /** Opens a corpus to write into, creating it when missing; refused while another run writes it. */
    public static Corpus openForWriting(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new CorpusException("corpus " + dir + " is not a folder");
        } catch (IOException e) {
            throw new CorpusException("corpus " + dir + " cannot be created: " + describe(e), e);
        }
        return locked(dir);
    }

    /** Opens a corpus that must exist and hold documents, to write into (extract): a missing one is not created. */
    public static Corpus openExisting(Path dir) throws IOException {
        requireCorpus(dir);
        Corpus c = locked(dir);
        if (!Files.exists(c.current.documents())) {
            c.close();
            throw noDocuments(dir);
        }
        return c;
    }

    private static Corpus locked(Path dir) throws IOException {
        Lock lock = Lock.acquire(dir);
        try {
            return new Corpus(dir, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** What a reader sees now (export): no lock, the current generation as it is. */
    public static Snapshot read(Path dir) throws IOException {
        requireCorpus(dir);
        Generation g = Generation.current(dir);
        if (g.isNone()) {
            throw noDocuments(dir);
        }
        return new Snapshot(dir, g);
    }

    private static void requireCorpus(Path dir) throws CorpusException {
        if (!Files.exists(dir)) {
            throw new CorpusException("no corpus at " + dir + " (no such directory): make it with lexcorpus ingest --corpus " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("corpus " + dir + " is not a folder");
        }
        if (!Files.exists(dir.resolve(CURRENT), LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir.resolve(Generation.DOCUMENTS))) {
            throw noDocuments(dir);
        }
    }

    private static CorpusException noDocuments(Path dir) {
        return new CorpusException("corpus " + dir + " has no documents: run lexcorpus ingest --corpus " + dir + " first");
    }

    public Path dir() {
        return dir;
    }

    public Generation current() {
        return current;
    }

    /** What an ingest of {@code inputs} into this corpus has to do (see {@link IngestPlan}). */
    public IngestPlan planIngest(List<Sources.Input> inputs, String settings, boolean force, boolean prune, long partBytes)
            throws IOException {
        return IngestPlan.build(this, inputs, settings, force, prune, partBytes);
    }

    /** Starts the next generation; nothing is visible until {@link Update#commit()}. */
    public Update update() throws IOException {
        return new Update(this, current, current.number + 1);
    }

    /**
     * Whether the current documents are the ones committed: by their stat, else by reading every record against
     * the manifest's checksums (a corpus copied elsewhere has other stats and the same records).
     */
    public boolean documentsSound() throws IOException {
        Generation g = current;
        if (g.damage != null || g.manifestDamage != null || g.manifest.legacy || g.isNone()) {
            return false;
        }
        FileStat s = FileStat.orNull(g.documents());
        if (s != null && s.sameContentStat(g.stats.documents)) {
            return true;
        }
        StoredRecords found = StoredRecords.scan(g.documents());
        if (!found.damaged.isEmpty()) {
            return false;
        }
        var want = g.manifest.recordVersions().entrySet().iterator();
        for (StoredRecords.Line l : found.byId.values()) {
            if (!want.hasNext()) {
                return false;
            }
            var w = want.next();
            if (!w.getKey().equals(l.id()) || !w.getValue().equals(l.checksum())) {
                return false;
            }
        }
        return !want.hasNext();
    }

    Lock lock() {
        return lock;
    }

    /**
     * Makes {@code g} current: one rename of a link over {@code current}; then the top-level links, and the
     * earlier generations go. A run killed before the rename leaves the corpus as it was; after it, the new one.
     */
    void commit(Path built, int number) throws IOException {
        lock.check();
        Path named = dir.resolve(Generation.name(number));
        deleteTree(named); // an earlier, uncommitted attempt under this name (see recover)
        Files.move(built, named, StandardCopyOption.ATOMIC_MOVE);
        sync(dir);
        switchLink(CURRENT, Path.of(Generation.name(number)));
        sync(dir);
        Generation before = current;
        current = Generation.current(dir);
        for (String name : LINKED) {
            Path top = dir.resolve(name);
            if (!Files.isSymbolicLink(top)) {
                switchLink(name, Path.of(CURRENT, name)); // replaces a file of an earlier release's layout
            }
        }
        if (before.number != number && !before.dir.equals(dir) && Generation.NAME.matcher(before.dir.getFileName().toString()).matches()) {
            deleteTree(before.dir);
        }
    }

    /** Points link {@code name} at {@code target}: a new link under a temporary name, renamed over the old one. */
    private void switchLink(String name, Path target) throws IOException {
        Path tmp = dir.resolve(".link-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
        try {
            Files.createSymbolicLink(tmp, target);
        } catch (UnsupportedOperationException e) {
            throw new CorpusException("corpus " + dir + ": this file system has no symbolic links, which a corpus needs");
        }
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Removes what interrupted runs left (uncommitted generations, temporary links and files, earlier
     * generations a run was killed before removing) and turns a {@code current} folder (a copy that followed
     * the links) back into a generation and a link.
     */
    private void recover() throws IOException {
        Path cur = dir.resolve(CURRENT);
        if (Files.isDirectory(cur, LinkOption.NOFOLLOW_LINKS)) {
            Generation copied = Generation.current(dir);
            String name = Generation.name(Math.max(copied.number, 1));
            deleteTree(dir.resolve(name));
            Files.move(cur, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            switchLink(CURRENT, Path.of(name));
        }
        String keep = Files.isSymbolicLink(cur) ? Files.readSymbolicLink(cur).toString() : null;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (TEMPORARY.matcher(name).matches() || Generation.NAME.matcher(name).matches() && !name.equals(keep)) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    /** Flushes a folder's entries to disk, where the platform allows it. */
    static void sync(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can open a folder; the rename is still atomic
        }
    }

    /** The reason, in words (lexcorpus.failure.Reason): the caller names the file. */
    static String describe(IOException e) {
        return lexcorpus.failure.Reason.of(e);
    }

    @Override
    public void close() {
        lock.close();
    }
}
