package lexcorpus.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The next generation of a corpus, built in a temporary folder beside the current one and made current by
 * {@link #commit()}; closed without a commit, it is removed and the corpus is as it was. Ingest hands it each
 * input in order: the stored records kept ({@link #keep}), or the new records ({@link #add}, then {@link #done}
 * or {@link #fail}); extract links the documents and writes the entities. Records are written in the order
 * given, which is the manifest's order (by input id). Not thread-safe: call it from one thread (the ordered sink).
 */
public final class Update implements AutoCloseable {
    private final Corpus corpus;
    private final Generation from;
    private final int number;
    private final Path tmp;
    private boolean committed;

    private final TreeMap<String, Manifest.Entry> inputs = new TreeMap<>();
    private final Map<String, FileStat> stats = new TreeMap<>();
    private Out documents;
    private boolean documentsLinked;
    private boolean documentsSound = true;
    private FileChannel source;

    private Out entities;
    private boolean entitiesLinked;
    private Manifest.Entities entityVersions;
    private Map<String, String> extracted;

    /** The input whose records are being added: where they start, and their lengths and checksums. */
    private IngestPlan.Step open;
    private long openAt;
    private final List<Manifest.Rec> openRecs = new ArrayList<>();
    /** When the lock was last checked: a run whose lock was taken over stops soon, not only at its commit. */
    private long checkedAt = System.nanoTime();

    Update(Corpus corpus, Generation from, int number) throws IOException {
        this.corpus = corpus;
        this.from = from;
        this.number = number;
        this.tmp = corpus.dir().resolve("." + Generation.name(number) + "-"
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
        Files.createDirectory(tmp);
        Cleanup.register(tmp);
    }

    // ---- ingest

    /** Keeps an input's stored records as they are (with the stat it was planned with, where that can be trusted). */
    public void keep(IngestPlan.Step s) throws IOException {
        closeOpen();
        IngestPlan.Stored st = s.stored();
        for (int k = 0; k < st.ranges().size(); k++) {
            long[] r = st.ranges().get(k);
            copy(r[0], r[1]);
        }
        inputs.put(s.id(), new Manifest.Entry(st.entry().sha256(), st.entry().settings(), st.keptRecords()));
        stat(s);
        checkLock();
    }

    /** One new record of input {@code s} (a whole file, or its next part), as one line of JSON without its line break. */
    public void add(IngestPlan.Step s, byte[] line) throws IOException {
        if (open != s) {
            closeOpen();
            open = s;
            openAt = documents().position();
        }
        documents().write(line, 0, line.length);
        documents().write(NEWLINE, 0, 1);
        openRecs.add(new Manifest.Rec(line.length, Checksum.of(line)));
        checkLock();
    }

    private void checkLock() throws CorpusException {
        long now = System.nanoTime();
        if (now - checkedAt > 2_000_000_000L) {
            checkedAt = now;
            corpus.lock().checkQuickly();
        }
    }

    /** Input {@code s} is complete: its records were added, it had {@code sha256}, and it was ingested with {@code settings}. */
    public void done(IngestPlan.Step s, String sha256, String settings) throws IOException {
        if (open != s || openRecs.isEmpty()) {
            throw new IllegalStateException("no records were added for " + s.id());
        }
        inputs.put(s.id(), new Manifest.Entry(sha256, settings, List.copyOf(openRecs)));
        stat(s);
        open = null;
        openRecs.clear();
    }

    /** Input {@code s} failed: what was added for it is dropped, and the records the corpus had for it, if any, are kept. */
    public void fail(IngestPlan.Step s) throws IOException {
        if (open == s) {
            documents().truncate(openAt);
            open = null;
            openRecs.clear();
        }
        closeOpen();
        if (s.stored() != null && s.stored().complete()) {
            IngestPlan.Stored st = s.stored();
            for (long[] r : st.ranges()) {
                copy(r[0], r[1]);
            }
            inputs.put(s.id(), new Manifest.Entry(st.entry().sha256(), st.entry().settings(), st.keptRecords()));
            // no stat: the next run reads it again, and says again that it fails
        }
    }

    private void closeOpen() {
        if (open != null) {
            throw new IllegalStateException("the records of " + open.id() + " were neither done nor failed");
        }
    }

    private void stat(IngestPlan.Step s) {
        if (s.stat() != null && s.statTrusted()) {
            stats.put(s.id(), s.stat());
        }
    }

    /** The entities of the current generation go with the documents; the manifest says which document versions they fit. */
    public void carryEntities() throws IOException {
        if (Files.exists(from.entities()) && from.manifest.entities != null) {
            link(from.entities(), tmp.resolve(Generation.ENTITIES));
            entitiesLinked = true;
            entityVersions = from.manifest.entities;
        }
    }

    private Out documents() throws IOException {
        if (documents == null) {
            documents = new Out(tmp.resolve(Generation.DOCUMENTS), corpus.dir());
        }
        return documents;
    }

    private void copy(long offset, long length) throws IOException {
        if (source == null) {
            source = FileChannel.open(from.documents(), StandardOpenOption.READ);
        }
        documents().copy(source, offset, length + 1); // the record and its line break
    }

    // ---- extract

    /**
     * The documents of the current generation, unchanged (a hard link where the file system has them); {@code
     * sound} when they are as committed ({@link Corpus#documentsSound}): when not, the next ingest checks them
     * record by record.
     */
    public void linkDocuments(boolean sound) throws IOException {
        link(from.documents(), tmp.resolve(Generation.DOCUMENTS));
        documentsLinked = true;
        documentsSound = sound;
        inputs.putAll(from.manifest.inputs);
        stats.putAll(from.stats.inputs);
    }

    /** Where the entity records go, one a line; replaces the current generation's. */
    public OutputStream entities(List<String> types) throws IOException {
        entities = new Out(tmp.resolve(Generation.ENTITIES), corpus.dir());
        extracted = new TreeMap<>();
        entityVersions = new Manifest.Entities(List.copyOf(types), extracted);
        return entities.stream();
    }

    /** The entities of record {@code id} were written, found in the record whose line is {@code line}. */
    public void extracted(String id, byte[] line) {
        extracted.put(id, Checksum.of(line));
    }

    // ----

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link); // a file system without hard links
        }
    }

    /** Writes the manifest, flushes everything to disk and makes this generation the corpus's current one. */
    public Generation commit() throws IOException {
        if (open != null) {
            throw new IllegalStateException("the records of " + open.id() + " were neither done nor failed");
        }
        corpus.lock().check();
        try {
            return write();
        } catch (CorpusException e) {
            throw e;
        } catch (IOException e) {
            throw new CorpusException("cannot write corpus " + corpus.dir() + ": " + Corpus.describe(e)
                    + (e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : ""), e);
        }
    }

    private Generation write() throws IOException {
        if (!documentsLinked) {
            documents().close();
        }
        FileStat docStat = documentsSound ? FileStat.of(tmp.resolve(Generation.DOCUMENTS)) : null;
        if (entities != null) {
            entities.close();
        }
        Manifest m = new Manifest(number, java.util.Collections.unmodifiableNavigableMap(inputs),
                entityVersions, false);
        try (Out out = new Out(tmp.resolve(Generation.MANIFEST), corpus.dir())) {
            m.write(out.stream());
        }
        try (Out out = new Out(tmp.resolve(StatCache.NAME), corpus.dir())) {
            new StatCache(docStat, stats).write(out.stream());
        }
        if (source != null) {
            source.close();
        }
        Corpus.sync(tmp);
        corpus.commit(tmp, number);
        committed = true;
        Cleanup.unregister(tmp);
        return corpus.current();
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Out o : new Out[] {documents, entities}) {
            if (o != null) {
                o.abandon();
            }
        }
        try {
            if (source != null) {
                source.close();
            }
            Corpus.deleteTree(tmp);
        } catch (IOException ignored) {
            // the next run removes it (Corpus.recover)
        }
        Cleanup.unregister(tmp);
    }

    private static final byte[] NEWLINE = {'\n'};

    /**
     * A file written through a buffer straight to its channel, which can copy ranges of another file and be cut
     * back; a failed write names the corpus (a full disk is the usual reason).
     */
    private static final class Out implements AutoCloseable {
        private final FileChannel ch;
        private final Path corpus;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        private boolean closed;

        Out(Path p, Path corpus) throws IOException {
            this.corpus = corpus;
            try {
                ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private CorpusException failed(IOException e) {
            return e instanceof CorpusException c ? c : new CorpusException("cannot write corpus " + corpus + ": " + Corpus.describe(e), e);
        }

        void write(byte[] b, int off, int len) throws IOException {
            if (len > buf.remaining()) {
                flush();
                if (len > buf.capacity()) {
                    ByteBuffer w = ByteBuffer.wrap(b, off, len);
                    try {
                        while (w.hasRemaining()) {
                            ch.write(w);
                        }
                    } catch (IOException e) {
                        throw failed(e);
                    }
                    return;
                }
            }
            buf.put(b, off, len);
        }

        void copy(FileChannel from, long offset, long length) throws IOException {
            flush();
            long done = 0;
            try {
                while (done < length) {
                    long n = from.transferTo(offset + done, length - done, ch);
                    if (n <= 0) {
                        throw new CorpusException("corpus " + corpus + ": its documents file ended before byte " + (offset + length)
                                + " while it was copied");
                    }
                    done += n;
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        long position() throws IOException {
            return ch.position() + buf.position();
        }

        void truncate(long at) throws IOException {
            flush();
            try {
                ch.truncate(at);
                ch.position(at);
            } catch (IOException e) {
                throw failed(e);
            }
        }

        private void flush() throws IOException {
            buf.flip();
            try {
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            } catch (IOException e) {
                throw failed(e);
            } finally {
                buf.clear();
            }
        }

        OutputStream stream() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    Out.this.write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    Out.this.write(b, off, len);
                }
            };
        }

        /** Flushes, forces to disk and closes. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                flush();
                ch.force(true);
            } catch (IOException e) {
                throw failed(e);
            } finally {
                ch.close();
            }
        }

        void abandon() {
            if (!closed) {
                closed = true;
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the folder is removed next
                }
            }
        }
    }
}
