package lexcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.extract.Extraction;
import lexcorpus.extract.RecordExtraction;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.pipeline.CorpusExtract;
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

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = types.chosen(root.spec.commandLine());
        Extraction extraction = new Extraction(chosen);
        Ingester ingester = new Ingester(null);
        Streams streams = root.streams();
        boolean fromStdin = corpus == null && (input == null || input.equals("-"));
        RunReport report = new RunReport("extract", run, streams.err(), fromStdin ? -1 : 0);
        if (corpus != null) {
            new CorpusExtract(corpus, extraction, chosen, report).run(run.threads());
            return report.finish();
        }
        InputStream in = input == null || input.equals("-") ? new lexcorpus.io.ReadAhead(streams.in(), 256) : open(input);
        try (JsonlReader reader = new JsonlReader(in, input == null || input.equals("-") ? "stdin" : input);
             DataOutput out = DataOutput.open("-", streams)) {
            OrderedParallel.run(RecordExtraction.lines(reader), n -> n.bytes() == null ? 0 : n.bytes().length,
                    Guard.each(n -> RecordExtraction.work(n, extraction, ingester::ingest), RecordExtraction::failed), run.threads(), done -> {
                if (CorpusExtract.count(done, report)) {
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

    private static final byte[] NEWLINE = {'\n'};
}
