package lexcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lexcorpus.corpus.Corpus;
import lexcorpus.io.JsonlReader;
import lexcorpus.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus report}: a corpus as one self-contained HTML page (docs/report.md). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a corpus as one HTML file that opens offline in any browser: counts, a timeline of",
                "the dates mentioned, the instruments, articles, courts and issuers cited most, and every",
                "document with its entities highlighted. Reads what extract (or export) wrote."},
        footer = {"", "Examples:",
                "  lexcorpus ingest issues/ | lexcorpus extract | lexcorpus report -o report.html",
                "  lexcorpus report --corpus work/ -o report.html --title 'Bulletins 2024'",
                "  lexcorpus ingest --errors failed.jsonl issues/ | lexcorpus extract | lexcorpus report --failures failed.jsonl -o report.html"})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Records from extract (or entity records from export), JSON Lines; - or nothing for standard input.")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Read this corpus directory (its documents and entities).")
    Path corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the page to FILE (through a temporary file, renamed at the end) instead of standard output.")
    String output;

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title (default: the corpus folder's or the input's name).")
    String title;

    @Option(names = "--failures", paramLabel = "FILE", description = "Failures of earlier runs to list (the --errors file of ingest or extract); repeatable.")
    List<Path> failures;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        if (corpus != null && input != null) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "give either FILE or --corpus, not both");
        }
        Streams streams = root.streams();
        RunReport report = new RunReport("report", run, streams.err(), 0);
        try (Report r = new Report(report::fail); DataOutput out = DataOutput.open(output, streams)) {
            try {
                if (corpus != null) {
                    lexcorpus.corpus.Snapshot c = Corpus.read(corpus);
                    // its entities only if they were found in the documents as the corpus holds them now
                    try (InputStream entities = c.hasEntities() ? c.entities(null) : null) {
                        read(r, c.documents(), c.documentsFile());
                        if (entities != null) {
                            read(r, entities, c.entitiesFile());
                        }
                    }
                    if (!c.hasEntities() && !run.quiet) {
                        streams.err().println("lexcorpus: corpus " + corpus + " has no " + Corpus.ENTITIES
                                + ": the report shows no entities (run lexcorpus extract --corpus " + corpus + ")");
                    }
                } else {
                    boolean stdin = input == null || input.equals("-");
                    InputStream in = stdin ? new lexcorpus.io.ReadAhead(streams.in(), 256) : ExtractCommand.open(input);
                    try (JsonlReader reader = new JsonlReader(in, stdin ? "stdin" : input)) {
                        r.read(reader);
                    }
                }
                for (Path f : failures == null ? List.<Path>of() : failures) {
                    try (InputStream in = Files.newInputStream(f); JsonlReader reader = new JsonlReader(in, f.toString())) {
                        r.readFailures(reader);
                    } catch (java.nio.file.NoSuchFileException e) {
                        throw new LexcorpusException("cannot read " + f + ": no such file", ExitCodes.FATAL, e);
                    }
                }
            } catch (lexcorpus.corpus.CorpusException e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            } catch (IOException e) {
                throw new LexcorpusException("cannot read the input: " + DataOutput.describe(e), ExitCodes.FATAL, e);
            }
            r.write(out.stream(), pageTitle(), VersionProvider.version());
            out.commit();
            report.inputs = r.records();
            report.bytes = r.bytes();
            report.documents = r.documents();
            report.entities = r.entities();
        }
        return report.finish();
    }

    private static void read(Report r, InputStream records, Path file) throws IOException {
        try (InputStream in = records; JsonlReader reader = new JsonlReader(in, file.toString())) {
            r.read(reader);
        }
    }

    private String pageTitle() {
        if (title != null) {
            return title;
        }
        Path named = corpus != null ? corpus.toAbsolutePath().normalize() : input != null && !input.equals("-") ? Path.of(input) : null;
        return named == null || named.getFileName() == null ? "lexcorpus report" : named.getFileName().toString();
    }
}
