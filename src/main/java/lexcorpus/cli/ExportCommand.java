package lexcorpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.export.Export;
import lexcorpus.export.RecordWriter;
import lexcorpus.export.Records;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.CorpusException;
import lexcorpus.failure.Reason;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus export}: records out as JSON, JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write entities (the default), documents, articles, headings, paragraphs, sentences or tokens",
                "as JSON (one array), JSON Lines or CSV, or a whole corpus as one SQLite database.",
                "Reads what ingest or extract wrote."},
        footer = {"", "Examples:",
                "  lexcorpus ingest issues/ | lexcorpus extract | lexcorpus export --format csv -o entities.csv",
                "  lexcorpus export --corpus work/ --types statute --format jsonl",
                "  lexcorpus export --corpus work/ --what articles --docs '2024/*' --format csv --excel -o articles.csv",
                "  lexcorpus export --corpus work/ -o corpus.db   (SQLite: documents, articles, sentences, entities …)"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Records from ingest or extract (JSON Lines); - or nothing for standard input.")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Read from this corpus directory.")
    Path corpus;

    @Option(names = "--what", paramLabel = "KIND", description = "entities (default), documents, articles, headings, paragraphs, sentences, tokens"
            + " or links (citations: document to instrument and case number, case to case);"
            + " with sqlite, the tables (comma-separated; default documents, articles, sentences, entities and the outline).")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json, csv or sqlite (a database file). Default: from -o's extension (x.csv, x.json, x.jsonl, x.db, x.sqlite), else CSV with --excel, else jsonl.")
    String format;

    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Only these entity types.")
    List<String> types;

    @Mixin
    OutputOptions out;

    @Mixin
    RunOptions run;

    /** The records chosen: kind, entity types, documents. */
    private Export export;

    /** Set while a database is written: documents go to it whole, all its tables at once. */
    private lexcorpus.export.SqliteWriter sqlite;

    /** --format, else what -o's extension says (Formats: x.csv, x.db …), else CSV for --excel, else jsonl. */
    private String format() {
        return lexcorpus.export.Formats.choose(format, out.output, out.excel);
    }

    private lexcorpus.export.Glob docFilter() {
        return out.docFilter(root.spec.commandLine());
    }

    @Override
    public Integer call() throws Exception {
        String format = format();
        if (format.equals("sqlite")) {
            return exportSqlite();
        }
        if (what == null) {
            what = "entities";
        }
        if (!Records.KINDS.contains(what)) {
            throw usage("--what must be one of " + String.join(", ", Records.KINDS) + ", not " + what);
        }
        if (!lexcorpus.export.Formats.NAMES.contains(format)) {
            throw usage("--format must be one of " + String.join(", ", lexcorpus.export.Formats.NAMES) + ", not " + format);
        }
        if (out.excel && !format.equals("csv")) {
            throw usage("--excel is for CSV, not " + format + ": give --format csv (or -o FILE.csv)");
        }
        Set<String> typeFilter = typeFilter();
        lexcorpus.export.Glob docFilter = docFilter();
        Streams streams = root.streams();
        boolean fromStdin = corpus == null && (input == null || input.equals("-"));
        RunReport report = new RunReport("export", run, streams.err(), fromStdin ? -1 : 0);
        export = new Export(what, typeFilter, docFilter);
        try (DataOutput target = DataOutput.open(out.output, streams)) {
            RecordWriter writer = export.writer(format, out.excel, target.stream());
            try {
                if (corpus != null) {
                    // a corpus is in id order already
                    exportCorpus(writer, typeFilter, docFilter, report);
                } else {
                    InputStream in = input == null || input.equals("-") ? new lexcorpus.io.ReadAhead(streams.in(), 256) : ExtractCommand.open(input);
                    try (JsonlReader reader = new JsonlReader(in, input == null || input.equals("-") ? "stdin" : input);
                         lexcorpus.export.DocumentOrder order = new lexcorpus.export.DocumentOrder(writer)) {
                        exportStream(reader, new Ordered(order), typeFilter, docFilter, report);
                        order.drain();
                    }
                }
                writer.finish();
            } catch (ErrorHandler.BrokenPipe | DataOutput.OutputFailed | CorpusException e) {
                throw e;
            } catch (lexcorpus.export.DocumentOrder.SpillFailed e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            } catch (IOException e) {
                throw new LexcorpusException("cannot read the input: " + DataOutput.describe(e), ExitCodes.FATAL, e);
            }
            target.commit();
        }
        return report.finish();
    }

    private Set<String> typeFilter() {
        if (types == null) {
            return null;
        }
        Set<String> typeFilter = new HashSet<>();
        for (String t : types) {
            if (!Entity.TYPES.contains(t.strip())) {
                throw usage("unknown entity type '" + t + "' (choose from " + String.join(", ", Entity.TYPES) + ")");
            }
            typeFilter.add(t.strip());
        }
        return typeFilter;
    }

    /** The corpus as one SQLite database (docs/sqlite.md): every table filled from the same records, in input order. */
    private int exportSqlite() throws Exception {
        if (out.output == null || out.output.equals("-")) {
            throw usage("--format sqlite needs -o FILE: a database is written to a file, not to standard output");
        }
        List<String> named = what == null ? null : java.util.Arrays.stream(what.split(",")).map(String::strip).toList();
        if (named != null) {
            for (String k : named) {
                if (!Records.KINDS.contains(k)) {
                    throw usage("--what must name tables among " + String.join(", ", Records.KINDS) + ", not " + k);
                }
            }
        }
        if (out.excel) {
            throw usage("--excel is for CSV, not for --format sqlite");
        }
        Set<String> typeFilter = typeFilter();
        lexcorpus.export.Glob docFilter = docFilter();
        what = "entities"; // entity records in the input are welcome: they fill the entities table
        export = new Export(what, typeFilter, docFilter);
        Streams streams = root.streams();
        RunReport report = new RunReport("export", run, streams.err(), 0);
        try (lexcorpus.export.SqliteWriter db = new lexcorpus.export.SqliteWriter(Path.of(out.output), lexcorpus.export.SqliteWriter.tables(named))) {
            sqlite = db;
            try {
                if (corpus != null) {
                    exportCorpus(db, typeFilter, docFilter, report);
                } else {
                    InputStream in = input == null || input.equals("-") ? new lexcorpus.io.ReadAhead(streams.in(), 256) : ExtractCommand.open(input);
                    try (JsonlReader reader = new JsonlReader(in, input == null || input.equals("-") ? "stdin" : input)) {
                        exportStream(reader, db, typeFilter, docFilter, report);
                    }
                }
            } catch (CorpusException e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("cannot write the SQLite database")) {
                    throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
                }
                throw new LexcorpusException("cannot read the input: " + DataOutput.describe(e), ExitCodes.FATAL, e);
            }
            try {
                db.commit(VersionProvider.version());
            } catch (IOException e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            }
        } catch (IOException e) {
            // the database could not be created at all
            throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
        } finally {
            sqlite = null;
        }
        return report.finish();
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(root.spec.commandLine(), message);
    }

    /** Collects each document's records for {@link lexcorpus.export.DocumentOrder}. */
    private static final class Ordered implements RecordWriter {
        private final lexcorpus.export.DocumentOrder order;
        private final List<ObjectNode> current = new ArrayList<>();
        private String doc;

        Ordered(lexcorpus.export.DocumentOrder order) {
            this.order = order;
        }

        @Override
        public void write(ObjectNode record) throws IOException {
            String d = record.path("doc").asText();
            if (doc != null && !doc.equals(d)) {
                finish();
            }
            doc = d;
            current.add(record);
        }

        @Override
        public RecordWriter body(java.io.OutputStream out) {
            throw new UnsupportedOperationException("records are collected, not formatted, here");
        }

        @Override
        public void writeBody(byte[] bytes, int off, int len) {
            throw new UnsupportedOperationException("records are collected, not formatted, here");
        }

        @Override
        public void finish() throws IOException {
            if (doc != null) {
                order.add(doc, current);
                current.clear();
                doc = null;
            }
        }
    }

    private static final Set<String> ROUTING = Set.of("id", "doc", "type", "value", "entities");

    private void exportStream(JsonlReader reader, RecordWriter writer, Set<String> typeFilter, lexcorpus.export.Glob docFilter,
                              RunReport report) throws Exception {
        List<ObjectNode> pendingEntities = new ArrayList<>();
        String pendingDoc = null;
        long notExtracted = 0;
        while (true) {
            byte[] line;
            try {
                line = reader.nextLine();
            } catch (JsonlReader.BadLineException e) {
                report.inputs++;
                report.fail(reader.source() + ":" + reader.line(), e.getMessage().replaceFirst("^line \\d+: ", ""), Reason.isMemory(e.getMessage()));
                continue;
            }
            if (line == null) {
                break;
            }
            report.inputs++;
            report.bytes += line.length + 1;
            String where = reader.source() + ":" + reader.line();
            if (reader.line() == 1 && !ExtractCommand.startsAnObject(line)) {
                report.fail(reader.source(), "not JSON Lines (its first line is not a JSON object): export reads the records"
                        + " ingest and extract write, as in lexcorpus ingest FILE | lexcorpus extract | lexcorpus export");
                break;
            }
            try {
            lexcorpus.io.Fields f;
            try {
                f = lexcorpus.io.Fields.read(line, ROUTING);
            } catch (IOException e) {
                report.fail(where, "not valid JSON");
                continue;
            }
            boolean entityRecord = f.containsKey("doc") && f.containsKey("type") && f.containsKey("value") && !f.containsKey("id");
            if (entityRecord) {
                if (!what.equals("entities") && !what.equals("links") && sqlite == null) {
                    report.fail(where, "an entity record where " + what + " need document records");
                    continue;
                }
                String doc = f.get("doc").asText();
                if (pendingDoc != null && !pendingDoc.equals(doc)) {
                    flushEntities(pendingEntities, writer, report);
                }
                pendingDoc = doc;
                if (keep(doc, f.get("type").asText(), typeFilter, docFilter)) {
                    pendingEntities.add((ObjectNode) Json.mapper().readTree(line));
                }
                continue;
            }
            JsonNode id = f.get("id");
            if (id == null || !id.isTextual()) {
                report.fail(where, "a record without an id");
                continue;
            }
            report.documents++;
            if (what.equals("entities") && sqlite == null) {
                // only the entities are read from a document record; its text and outline are skipped
                JsonNode entities = f.get("entities");
                if (entities == null && !f.has("entities")) {
                    notExtracted++;
                    continue;
                }
                if (entities == null || !entities.isArray()) {
                    report.fail(where, "its entities are not a list");
                    continue;
                }
                if (docFilter != null && !docFilter.matches(id.asText())) {
                    continue;
                }
                List<ObjectNode> found = new ArrayList<>();
                int k = 0;
                for (JsonNode e : entities) {
                    if (!(e instanceof ObjectNode n)) {
                        break;
                    }
                    n.put("doc", id.asText());
                    if (keep(id.asText(), n.path("type").asText(), typeFilter, null)) {
                        found.add(n);
                    }
                    k++;
                }
                if (k < entities.size()) {
                    report.fail(where, "entity " + (k + 1) + " of the record is not an object");
                    continue;
                }
                pendingEntities.addAll(found);
                flushEntities(pendingEntities, writer, report);
                continue;
            }
            Document d;
            try {
                d = Json.mapper().readValue(line, Document.class);
            } catch (IOException e) {
                report.fail(where, "not a document record");
                continue;
            }
            if (d.text() == null) {
                report.fail(where, "a record without text");
                continue;
            }
            writeDocument(d, writer, typeFilter, docFilter, report);
            } catch (RuntimeException | OutOfMemoryError e) {
                // any other failure of one record: named, and the next record is read
                report.fail(where, Reason.of(e), true);
            }
        }
        if (notExtracted > 0) {
            report.fail(reader.source(), notExtracted + " document record" + (notExtracted == 1 ? " has" : "s have")
                    + " no entities (not extracted): run lexcorpus extract before export, as in lexcorpus ingest … | lexcorpus extract | lexcorpus export");
        }
        flushEntities(pendingEntities, writer, report);
        if (writer instanceof Ordered o) {
            o.finish();
        }
    }

    private void writeDocument(Document d, RecordWriter writer, Set<String> typeFilter, lexcorpus.export.Glob docFilter, RunReport report)
            throws IOException {
        if (!export.keeps(d.id())) {
            return;
        }
        if (sqlite != null) {
            report.entities += sqlite.document(d, r -> !entitiesApart && export.keeps(d.id(), r.path("type").asText()));
            return;
        }
        for (ObjectNode r : export.records(d)) {
            writer.write(r);
            report.entities += what.equals("entities") ? 1 : 0;
        }
    }

    private boolean keep(String doc, String type, Set<String> typeFilter, lexcorpus.export.Glob docFilter) {
        return (typeFilter == null || typeFilter.contains(type)) && (docFilter == null || docFilter.matches(doc));
    }

    /** Entity records of one document, in the fixed order (start, end, type). */
    private void flushEntities(List<ObjectNode> pending, RecordWriter writer, RunReport report) throws IOException {
        Export.order(pending);
        if (!pending.isEmpty() && (what.equals("links") || sqlite != null && sqlite.writes("links"))) {
            // the links of one document's entity records (a corpus's entities.jsonl, or entity records on stdin)
            List<Entity> entities = new ArrayList<>(pending.size());
            for (ObjectNode n : pending) {
                entities.add(Json.mapper().treeToValue(n, Entity.class));
            }
            for (ObjectNode l : Records.links(pending.get(0).path("doc").asText(), entities)) {
                writer.write(l);
            }
            if (what.equals("links") && sqlite == null) {
                pending.clear();
                return;
            }
        }
        for (ObjectNode n : pending) {
            writer.write(n);
            report.entities++;
        }
        pending.clear();
    }

    /** Set while a corpus's documents are read for a database: its entities come from entities.jsonl. */
    private boolean entitiesApart;

    private void exportCorpus(RecordWriter writer, Set<String> typeFilter, lexcorpus.export.Glob docFilter, RunReport report) throws Exception {
        lexcorpus.corpus.Snapshot c = Corpus.read(corpus);
        if (sqlite != null) {
            // the entities go in only if they were found in the documents as the corpus holds them now
            boolean withEntities = sqlite.writes("entities") && c.hasEntities();
            try (InputStream entities = withEntities ? c.entities(docFilter == null ? null : docFilter::matches) : null) {
                entitiesApart = true;
                try (InputStream in = c.documents(); JsonlReader reader = new JsonlReader(in, c.documentsFile().toString())) {
                    exportStream(reader, writer, typeFilter, docFilter, report);
                } finally {
                    entitiesApart = false;
                }
                if (withEntities) {
                    try (JsonlReader reader = new JsonlReader(entities, c.entitiesFile().toString())) {
                        exportStream(reader, writer, typeFilter, docFilter, report);
                    }
                    sqlite.countEntities();
                } else if (sqlite.writes("entities") && !run.quiet) {
                    root.streams().err().println("lexcorpus: corpus " + corpus + " has no " + Corpus.ENTITIES
                            + ": the entities table is empty (run lexcorpus extract --corpus " + corpus + ")");
                }
            }
            return;
        }
        boolean entities = what.equals("entities") || what.equals("links"); // links are made from the entities
        // entities are exported only when they were found in the documents as the corpus holds them now
        try (InputStream in = entities ? c.entities(docFilter == null ? null : docFilter::matches) : c.documents();
             JsonlReader reader = new JsonlReader(in, (entities ? c.entitiesFile() : c.documentsFile()).toString())) {
            exportStream(reader, writer, typeFilter, docFilter, report);
        }
    }
}
