package lexcorpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.Corpus;
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

    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Entity types to find: date, money, statute, case_number (default: all).")
    List<String> types = Entity.TYPES;

    @Mixin
    RunOptions run;

    private record Done(String id, Document doc, String error, long bytes) {
    }

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = new LinkedHashSet<>();
        for (String t : types) {
            if (!Entity.TYPES.contains(t.strip())) {
                throw new picocli.CommandLine.ParameterException(root.spec.commandLine(),
                        "unknown entity type '" + t + "' (choose from " + String.join(", ", Entity.TYPES) + ")");
            }
            chosen.add(t.strip());
        }
        Extraction extraction = new Extraction(chosen);
        Ingester ingester = new Ingester(null);
        Streams streams = root.streams();
        RunReport report = new RunReport("extract", run, streams.err(), 0);
        if (corpus != null) {
            try (Corpus c = Corpus.openForWriting(corpus)) {
                if (!Files.exists(c.documents())) {
                    throw new LexcorpusException("corpus " + corpus + " has no documents: run lexcorpus ingest --corpus " + corpus + " first",
                            ExitCodes.FATAL);
                }
                try (InputStream in = Files.newInputStream(c.documents());
                     JsonlReader reader = new JsonlReader(in, c.documents().toString());
                     DataOutput out = DataOutput.toFile(c.entities())) {
                    OrderedParallel.run(source(reader, report), n -> work(n, extraction, ingester), run.threads(), done -> {
                        if (count(done, report)) {
                            for (Entity e : done.doc().entities()) {
                                out.line(Json.mapper().writeValueAsString(Records.entity(e)));
                            }
                        }
                    });
                    out.commit();
                }
            }
            return report.finish();
        }
        InputStream in = input == null || input.equals("-") ? streams.in() : open(input);
        try (JsonlReader reader = new JsonlReader(in, input == null || input.equals("-") ? "stdin" : input);
             DataOutput out = DataOutput.open("-", streams)) {
            OrderedParallel.run(source(reader, report), n -> work(n, extraction, ingester), run.threads(), done -> {
                if (count(done, report)) {
                    out.line(Json.mapper().writeValueAsString(done.doc()));
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

    /** Records from the reader; a broken line is a failed input, the rest go on. */
    static OrderedParallel.Source<JsonNode> source(JsonlReader reader, RunReport report) {
        return () -> {
            while (true) {
                try {
                    return reader.next();
                } catch (JsonlReader.BadLineException e) {
                    report.inputs++;
                    report.fail(reader.source() + ":" + reader.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
                }
            }
        };
    }

    private boolean count(Done done, RunReport report) {
        report.inputs++;
        report.bytes += done.bytes();
        report.step();
        if (done.error() != null) {
            report.fail(done.id(), done.error());
            return false;
        }
        report.documents++;
        report.entities += done.doc().entities().size();
        return true;
    }

    private Done work(JsonNode node, Extraction extraction, Ingester ingester) {
        String id = node.path("id").asText("?");
        if (!node.path("text").isTextual()) {
            return new Done(id, null, "a record without text", 0);
        }
        if (!node.path("id").isTextual() || id.isBlank()) {
            return new Done("?", null, "a record without an id", 0);
        }
        try {
            Document doc = Json.mapper().treeToValue(node, Document.class);
            if (doc.metadata() == null) {
                doc = ingester.ingest(doc);
            }
            String date = doc.date() != null ? doc.date() : doc.metadata().date();
            List<Entity> entities = extraction.extract(doc.id(), Ingester.clean(doc.text()), date);
            return new Done(id, doc.withEntities(entities), null, doc.text().length());
        } catch (IOException e) {
            return new Done(id, null, "not a document record: " + e.getMessage(), 0);
        }
    }

}
