package lexcorpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.CorpusException;
import lexcorpus.corpus.Update;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus extract}: document records in, the same records with their entities out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Find dates, amounts of money, statute references and case numbers in documents.",
                "Reads document records (from ingest, or plain {\"id\", \"text\", \"date\"} lines) and writes them back",
                "with their entities; with --corpus, replaces the corpus's entities.jsonl."},
        footer = {"", "Examples:",
                "  lexcorpus ingest issues/ | lexcorpus extract > documents.jsonl",
                "  lexcorpus extract --corpus work/ --types statute,case_number",
                "  lexcorpus extract docs.jsonl | lexcorpus export --format csv"})
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Document records (JSON Lines); - or nothing for standard input.")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Read the corpus's documents and replace its entities.")
    Path corpus;

    @Mixin
    TypesOption types;

    @Mixin
    RunOptions run;

    /** A processed record: the line to write (a document record with its entities), its entities, or the failure. */
    record Done(String id, byte[] line, List<Entity> entities, String error, long bytes, int keep, byte[] tail, boolean severe) {
        Done(String id, byte[] line, List<Entity> entities, String error, long bytes, int keep, byte[] tail) {
            this(id, line, entities, error, bytes, keep, tail, false);
        }

        Done(String id, byte[] line, List<Entity> entities, String error, long bytes) {
            this(id, line, entities, error, bytes, line == null ? 0 : line.length, new byte[0]);
        }
    }

    /** Any failure of one record, named by its place in the input. */
    private static Done failed(Line item, Guard.Failure f) {
        return new Done(item.where(), null, null, f.reason(), 0, 0, new byte[0], f.severe());
    }

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = types.chosen(root.spec.commandLine());
        Extraction extraction = new Extraction(chosen);
        Ingester ingester = new Ingester(null);
        Streams streams = root.streams();
        boolean fromStdin = corpus == null && (input == null || input.equals("-"));
        RunReport report = new RunReport("extract", run, streams.err(), fromStdin ? -1 : 0);
        if (corpus != null) {
            try (Corpus c = Corpus.openExisting(corpus)) {
                String problem = c.current().problem();
                if (problem != null) {
                    throw new CorpusException("corpus " + corpus + ": " + problem + ": run lexcorpus ingest --corpus " + corpus
                            + " with its inputs first (unchanged inputs are only hashed)");
                }
                boolean sound = c.documentsSound();
                try (Update update = c.update();
                     InputStream in = Files.newInputStream(c.current().documents());
                     JsonlReader reader = new JsonlReader(in, corpus.resolve(Corpus.DOCUMENTS).toString())) {
                    update.linkDocuments(sound);
                    java.io.OutputStream out = update.entities(List.copyOf(chosen));
                    var guarded = Guard.each((Line n) -> work(n, extraction, ingester), ExtractCommand::failed);
                    OrderedParallel.run(lines(reader), n -> n.bytes() == null ? 0 : n.bytes().length, n -> new Extracted(n.bytes(), guarded.apply(n)),
                            run.threads(), done -> {
                                if (count(done.done(), report)) {
                                    out.write(entityLines(done.done().entities()));
                                    update.extracted(done.done().id(), done.line()); // the version of the record its entities fit
                                }
                            });
                    update.commit();
                }
            }
            return report.finish();
        }
        InputStream in = input == null || input.equals("-") ? new lexcorpus.io.ReadAhead(streams.in(), 256) : open(input);
        try (JsonlReader reader = new JsonlReader(in, input == null || input.equals("-") ? "stdin" : input);
             DataOutput out = DataOutput.open("-", streams)) {
            OrderedParallel.run(lines(reader), n -> n.bytes() == null ? 0 : n.bytes().length, Guard.each(n -> work(n, extraction, ingester), ExtractCommand::failed), run.threads(), done -> {
                if (count(done, report)) {
                    // the record as it came, up to its closing brace, then its entities: no copy of the record
                    out.write(done.line(), 0, done.keep());
                    out.write(done.tail());
                    out.write(NEWLINE);
                }
            });
            out.commit();
        }
        return report.finish();
    }

    static InputStream open(String file) {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            throw new LexcorpusException("cannot read " + file + ": " + DataOutput.describe(e), ExitCodes.FATAL, e);
        }
    }

    private boolean count(Done done, RunReport report) {
        report.inputs++;
        report.bytes += done.bytes();
        report.step();
        if (done.error() != null) {
            report.fail(done.id(), done.error(), done.severe());
            return false;
        }
        report.documents++;
        report.entities += done.entities().size();
        return true;
    }

    /**
     * A raw line and where it came from, or why it could not be read; the workers parse it (parsing is most
     * of the cost of reading).
     */
    /** A record line as read, and what extract made of it. */
    private record Extracted(byte[] line, Done done) {
    }

    record Line(byte[] bytes, String where, String error) {
        Line(byte[] bytes, String where) {
            this(bytes, where, null);
        }
    }

    /**
     * The lines of the input. An input whose first line is not a JSON object is not JSON Lines at all (a text
     * file given to extract): it is named once, not once a line, and not read further.
     */
    static OrderedParallel.Source<Line> lines(JsonlReader reader) {
        boolean[] ended = {false};
        return () -> {
            if (ended[0]) {
                return null;
            }
            byte[] line;
            try {
                line = reader.nextLine();
            } catch (JsonlReader.BadLineException e) {
                return new Line(null, reader.source() + ":" + reader.line(), e.getMessage().replaceFirst("^line \\d+: ", ""));
            }
            if (line == null) {
                return null;
            }
            if (reader.line() == 1 && !startsAnObject(line)) {
                ended[0] = true;
                return new Line(null, reader.source(), "not JSON Lines (its first line is not a JSON object): extract and export read the records"
                        + " ingest writes, as in lexcorpus ingest FILE | lexcorpus extract");
            }
            return new Line(line, reader.source() + ":" + reader.line());
        };
    }

    static boolean startsAnObject(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return b == '{';
            }
        }
        return false;
    }

    private static final Set<String> WANTED = Set.of("id", "text", "date", "signed", "metadata");

    /** One record line to what extract writes of it: the record with its entities, or why there is none. */
    static Done work(Line item, Extraction extraction, Ingester ingester) {
        byte[] line = item.bytes();
        String where = item.where();
        if (item.error() != null) {
            return new Done(where, null, null, item.error(), 0, 0, new byte[0], lexcorpus.failure.Reason.isMemory(item.error()));
        }
        try {
            lexcorpus.io.Fields f = lexcorpus.io.Fields.read(line, WANTED);
            JsonNode idNode = f.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            if (id == null || id.isBlank()) {
                return new Done(where, null, null, "a record without an id", 0);
            }
            JsonNode textNode = f.get("text");
            if (textNode == null || !textNode.isTextual()) {
                return new Done(id, null, null, "a record without text", 0);
            }
            String text = textNode.asText();
            if (text.isBlank()) {
                return new Done(id, null, null, text.isEmpty() ? "empty text" : "no text (only whitespace)", 0);
            }
            boolean ingested = f.get("metadata") != null && f.get("metadata").isObject();
            if (!ingested || f.has("entities")) {
                // plain {"id", "text"} input, or entities to replace: the whole record is read and written again
                Document doc = Json.mapper().readValue(line, Document.class);
                if (!ingested) {
                    doc = ingester.ingest(doc);
                }
                Document extracted = extraction.extract(doc);
                List<Entity> entities = extracted.entities();
                byte[] out = Json.separatorsEscaped(Json.mapper().writeValueAsBytes(extracted));
                return out.length > lexcorpus.io.Limits.MAX_RECORD_BYTES ? tooLarge(id, out.length)
                        : new Done(id, out, entities, null, text.length());
            }
            JsonNode signed = f.get("signed");
            List<Entity> entities = extraction.extract(id, text, f.get("date") == null ? null : f.get("date").asText(null),
                    f.get("metadata").path("date").asText(null), signed == null ? null : signed.asText(null));
            int close = line.length - 1;
            while (close >= 0 && line[close] != '}') {
                close--;
            }
            byte[] tail = entitiesField(entities);
            if ((long) close + tail.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return tooLarge(id, (long) close + tail.length);
            }
            // a record from elsewhere may hold the line separators raw: written escaped, as every record is
            byte[] head = Json.separatorsEscaped(line, close);
            return new Done(id, head, entities, null, text.length(), head == line ? close : head.length, Json.separatorsEscaped(tail));
        } catch (IOException e) {
            return new Done(where, null, null, "not a document record (" + firstLine(e.getMessage()) + ")", 0);
        }
    }

    /** A record no reader would take (Limits): named, never written. */
    private static Done tooLarge(String id, long bytes) {
        return new Done(id, null, null, "with its entities the record would be " + (bytes >> 20) + " MB, more than the "
                + lexcorpus.io.Limits.describe() + " a record may hold", 0);
    }

    /** The entities as the record's last field, with the brace that closes the record. */
    private static byte[] entitiesField(List<Entity> entities) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 + 160 * entities.size());
        out.write(ENTITIES_FIELD);
        Json.mapper().writeValue(out, entities);
        out.write('}');
        return out.toByteArray();
    }

    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] ENTITIES_FIELD = ",\"entities\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Entity records, one a line, as the corpus's entities.jsonl holds them. */
    static byte[] entityLines(List<Entity> entities) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Entity e : entities) {
            out.write(Json.separatorsEscaped(Json.mapper().writeValueAsBytes(Records.entity(e))));
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
