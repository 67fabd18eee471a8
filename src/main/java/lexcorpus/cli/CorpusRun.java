package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.CorpusException;
import lexcorpus.corpus.IngestPlan;
import lexcorpus.corpus.Update;
import lexcorpus.export.Export;
import lexcorpus.export.RecordWriter;
import lexcorpus.extract.Extraction;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Sources;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.io.TempFiles;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;

/**
 * {@code run --corpus}: what {@code ingest --corpus} and then {@code extract --corpus} do, in one process, then
 * the export of the chosen records of the corpus as it is then (what {@code export --corpus} writes). The
 * corpus goes through the same two generations as with the two commands. Each document ingested is extracted,
 * and its records formatted, on the worker that read it, while it is at hand; the results wait, in corpus
 * order, in a file of the temporary folder. Extract's generation then takes every record of the corpus in
 * order: those of this run from that file, the others (kept from earlier runs) read, parsed and extracted as
 * extract does.
 */
final class CorpusRun {
    private final CorpusIngest ingest;
    private final Path dir;
    private final Extraction extraction;
    private final Set<String> types;
    private final Export export;
    private final RunReport report;

    CorpusRun(CorpusIngest ingest, Path dir, Extraction extraction, Set<String> types, Export export, RunReport report) {
        this.ingest = ingest;
        this.dir = dir;
        this.extraction = extraction;
        this.types = types;
        this.export = export;
        this.report = report;
    }

    /** What extract writes of one document, and its records for the output, with the checksums of its record line. */
    private record Made(long length, long crc32c, long crc32, String id, int entities, byte[] entityLines, byte[] records) {
    }

    /** The documents of the corpus into {@code writer}'s output, ingested and extracted on {@code threads} workers. */
    void run(List<Sources.Input> inputs, int threads, Runnable preload, RecordWriter writer) throws Exception {
        ThreadLocal<RecordBody> bodies = ThreadLocal.withInitial(() -> new RecordBody(writer));
        try (Corpus c = Corpus.openForWriting(dir); Spool spool = new Spool()) {
            ingest.with(new CorpusIngest.Also() {
                @Override
                public Object made(Ingestion.Outcome o, byte[] line) {
                    try {
                        return make(line, o.doc(), extraction.extract(o.doc(), o.clean()).entities(), bodies.get());
                    } catch (IOException | RuntimeException e) {
                        return null; // extracted again below, where the failure is named as extract names it
                    }
                }

                @Override
                public void stored(IngestPlan.Step s, Object made) throws IOException {
                    spool.add(s, (Made) made);
                }

                @Override
                public void dropped(IngestPlan.Step s) throws IOException {
                    spool.drop(s);
                }
            }).into(c, inputs, threads, preload);
            extract(c, spool.done(), threads, bodies, writer);
        }
    }

    private Made make(byte[] line, Document doc, List<Entity> entities, RecordBody body) throws IOException {
        // the records as export reads them from the corpus: entities from entities.jsonl, the rest from the documents
        Document exported = export.kind().equals("entities") ? doc.withEntities(entities) : doc;
        return new Made(line.length, crc32c(line), crc32(line), doc.id(), entities.size(), ExtractCommand.entityLines(entities),
                body.format(export.records(exported)));
    }

    /** A record of the corpus as extract reads it, with what this run made of it, if anything. */
    private record Item(ExtractCommand.Line read, Made made) {
        byte[] line() {
            return read.bytes();
        }

        String where() {
            return read.where();
        }
    }

    /** Extract's generation over the corpus as ingest left it, and the export of its records. */
    private void extract(Corpus c, Spool.Reader made, int threads, ThreadLocal<RecordBody> bodies, RecordWriter writer) throws Exception {
        String problem = c.current().problem();
        if (problem != null) {
            throw new CorpusException("corpus " + dir + ": " + problem + ": run lexcorpus ingest --corpus " + dir
                    + " with its inputs first (unchanged inputs are only hashed)");
        }
        if (!Files.exists(c.current().documents())) {
            throw new CorpusException("corpus " + dir + " has no documents: none of the inputs given could be ingested");
        }
        boolean sound = c.documentsSound();
        Ingester ingester = new Ingester(null);
        try (made; Update update = c.update();
             InputStream in = Files.newInputStream(c.current().documents());
             JsonlReader reader = new JsonlReader(in, dir.resolve(Corpus.DOCUMENTS).toString())) {
            update.linkDocuments(sound);
            OutputStream entities = update.entities(List.copyOf(types));
            OrderedParallel.Source<ExtractCommand.Line> lines = ExtractCommand.lines(reader);
            OrderedParallel.Source<Item> items = () -> {
                ExtractCommand.Line l = lines.next();
                return l == null ? null : new Item(l, l.bytes() == null ? null : made.next(l.bytes()));
            };
            OrderedParallel.run(items, i -> i.made() != null || i.line() == null ? 0 : i.line().length,
                    Guard.each(i -> i.made() != null ? new Extracted(i, i.made(), null) : extract(i, ingester, bodies.get()),
                            (i, f) -> new Extracted(i, null, new Failure(i.where(), f.reason(), f.severe()))),
                    threads, x -> {
                        if (x.failure() != null) {
                            report.fail(x.failure().id(), x.failure().reason(), x.failure().severe());
                            return;
                        }
                        entities.write(x.made().entityLines());
                        update.extracted(x.made().id(), x.item().line()); // the version of the record its entities fit
                        report.entities += x.made().entities();
                        byte[] records = x.made().records();
                        writer.writeBody(records, 0, records.length);
                    });
            update.commit();
        }
    }

    /** A failure of one record, named as extract names it. */
    private record Failure(String id, String reason, boolean severe) {
    }

    private record Extracted(Item item, Made made, Failure failure) {
    }

    /** A record kept from an earlier run: extracted as extract does, its records as export reads them. */
    private Extracted extract(Item i, Ingester ingester, RecordBody body) {
        ExtractCommand.Done d = ExtractCommand.work(i.read(), extraction, ingester);
        if (d.error() != null) {
            return new Extracted(i, null, new Failure(d.id(), d.error(), d.severe()));
        }
        try {
            Document doc = export.kind().equals("entities") ? Document.of(d.id(), "", null).withEntities(d.entities())
                    : Json.mapper().readValue(i.line(), Document.class);
            List<ObjectNode> records = export.records(doc);
            return new Extracted(i, new Made(0, 0, 0, d.id(), d.entities().size(), ExtractCommand.entityLines(d.entities()),
                    body.format(records)), null);
        } catch (IOException e) {
            return new Extracted(i, null, new Failure(d.id(), "not a document record (" + e.getMessage() + ")", false));
        }
    }

    private static long crc32c(byte[] b) {
        CRC32C c = new CRC32C();
        c.update(b, 0, b.length);
        return c.getValue();
    }

    private static long crc32(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b, 0, b.length);
        return c.getValue();
    }

    /**
     * What this run made of the documents it stored, in corpus order, in a file of the temporary folder (it
     * can be as large as the output); the entries of an input that fails after some of its parts are dropped.
     * Written and read on one thread.
     */
    private static final class Spool implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private DataOutputStream out;
        private long written;
        private IngestPlan.Step step;
        private long stepStart;

        Spool() throws IOException {
            file = TempFiles.inTempFolder("run", ".part");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        }

        void add(IngestPlan.Step s, Made m) throws IOException {
            if (m == null) {
                return; // made again from the corpus
            }
            if (s != step) {
                step = s;
                stepStart = written;
            }
            byte[] id = m.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeLong(m.length());
            out.writeLong(m.crc32c());
            out.writeLong(m.crc32());
            out.writeInt(id.length);
            out.write(id);
            out.writeInt(m.entities());
            out.writeInt(m.entityLines().length);
            out.write(m.entityLines());
            out.writeInt(m.records().length);
            out.write(m.records());
            written += 8 * 3 + 4 + id.length + 4 + 4 + m.entityLines().length + 4 + m.records().length;
        }

        void drop(IngestPlan.Step s) throws IOException {
            if (s != step) {
                return;
            }
            out.flush();
            channel.truncate(stepStart);
            channel.position(stepStart);
            written = stepStart;
            step = null;
        }

        /** The entries, to read in order. */
        Reader done() throws IOException {
            out.close();
            return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(file);
                TempFiles.unregister(file);
            }
        }

        /** Reads the entries in order, each handed out for the record line it was made of. */
        static final class Reader implements AutoCloseable {
            private final DataInputStream in;
            private long length = -1;
            private long crc32c;
            private long crc32;
            private boolean ended;

            Reader(DataInputStream in) {
                this.in = in;
            }

            /** The entry made of {@code line} if it is the next one, else null (a record kept from an earlier run). */
            Made next(byte[] line) throws IOException {
                if (ended) {
                    return null;
                }
                if (length < 0) {
                    try {
                        length = in.readLong();
                    } catch (EOFException e) {
                        ended = true;
                        return null;
                    }
                    crc32c = in.readLong();
                    crc32 = in.readLong();
                }
                if (length != line.length || crc32c != crc32c(line) || crc32 != crc32(line)) {
                    return null;
                }
                String id = new String(read(), java.nio.charset.StandardCharsets.UTF_8);
                int entities = in.readInt();
                Made m = new Made(length, crc32c, crc32, id, entities, read(), read());
                length = -1;
                return m;
            }

            private byte[] read() throws IOException {
                byte[] b = new byte[in.readInt()];
                in.readFully(b);
                return b;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        }
    }
}
