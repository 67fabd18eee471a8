package lexcorpus.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.Snapshot;
import lexcorpus.io.JsonlReader;

/**
 * The work of {@code export}: reads records (a stream of them, or a corpus directory) and writes the
 * chosen ones (an {@link Export}) to a writer of a format, or fills a database. A stream is written in
 * document-id order whatever order it came in; a corpus is in that order already. Failures of single
 * records go to the {@link Tally}; an input that cannot be read at all throws. Not thread-safe.
 */
public final class Exporter {
    private final Export export;
    private final Set<String> typeFilter;
    private final Glob docFilter;
    private final Tally report;

    /**
     * @param export the records chosen, built over the same {@code types} and {@code docs}
     * @param types  the entity types to keep, or null for all
     * @param docs   the document ids to keep, or null for all
     */
    public Exporter(Export export, Set<String> types, Glob docs, Tally report) {
        this.export = export;
        this.typeFilter = types;
        this.docFilter = docs;
        this.report = report;
    }

    /** The records of a stream, in document-id order. */
    public void stream(JsonlReader reader, RecordWriter writer) throws IOException {
        try (DocumentOrder order = new DocumentOrder(writer)) {
            stream(null, false).read(reader, new ByDocument(order));
            order.drain();
        }
    }

    /** The records of a corpus (in id order already). */
    public void corpus(Path dir, RecordWriter writer) throws IOException {
        Snapshot c = Corpus.read(dir);
        boolean entities = export.kind().equals("entities") || export.kind().equals("links"); // links are made from the entities
        // entities are exported only when they were found in the documents as the corpus holds them now
        try (InputStream in = entities ? c.entities(docFilter == null ? null : docFilter::matches) : c.documents();
             JsonlReader reader = new JsonlReader(in, (entities ? c.entitiesFile() : c.documentsFile()).toString())) {
            stream(null, false).read(reader, writer);
        }
    }

    /** The records of a stream into a database: every table filled from the same records, in input order. */
    public void stream(JsonlReader reader, SqliteWriter db) throws IOException {
        stream(db, false).read(reader, db);
    }

    /** A corpus into a database: its documents, then the entities found in them as they are now. */
    public void corpus(Path dir, SqliteWriter db) throws IOException {
        Snapshot c = Corpus.read(dir);
        boolean withEntities = db.writes("entities") && c.hasEntities();
        try (InputStream entities = withEntities ? c.entities(docFilter == null ? null : docFilter::matches) : null) {
            try (InputStream in = c.documents(); JsonlReader reader = new JsonlReader(in, c.documentsFile().toString())) {
                stream(db, true).read(reader, db);
            }
            if (withEntities) {
                try (JsonlReader reader = new JsonlReader(entities, c.entitiesFile().toString())) {
                    stream(db, false).read(reader, db);
                }
                db.countEntities();
            } else if (db.writes("entities")) {
                report.notice("corpus " + dir + " has no " + Corpus.ENTITIES
                        + ": the entities table is empty (run lexcorpus extract --corpus " + dir + ")");
            }
        }
    }

    private RecordStream stream(SqliteWriter db, boolean entitiesApart) {
        return new RecordStream(export, typeFilter, docFilter, db, entitiesApart, report);
    }
}
