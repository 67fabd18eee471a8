package lexcorpus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Sources;
import lexcorpus.io.Json;
import lexcorpus.io.OrderedParallel;
import lexcorpus.segment.LazySegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus ingest}: files and folders in, document records out. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decode, clean, read the masthead and structure of issue files, and segment words.",
                "Writes one document record a line (JSON Lines) to standard output, or into a corpus directory."},
        footer = {"", "Examples:",
                "  lexcorpus ingest issues/ > documents.jsonl",
                "  lexcorpus ingest issues/ --corpus work/          (again later: only new or changed files are redone)",
                "  cat docs.jsonl | lexcorpus ingest --format jsonl -   (records {\"id\", \"text\", \"date\"})",
                "  lexcorpus ingest --no-tokens issues/ | lexcorpus extract | lexcorpus export"})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders (walked recursively), or - for standard input (the default).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR", description = "Write into this corpus directory instead of standard output.")
    Path corpus;

    @Option(names = "--format", paramLabel = "FORMAT", description = "What the inputs hold: text (each file, or standard input, one document) or jsonl (records with id, text, date, in files or on standard input). Default: text.")
    String format = "text";

    @Mixin
    IngestOptions ingest;

    @Mixin
    CorpusUpdateOptions update;

    @Mixin
    RunOptions run;

    /** The outcome of one unit: a record line, or the failure; {@code part} is 0 for a whole input. */
    record Done(String id, byte[] line, String sha, String error, long bytes, int part, boolean severe, String note) {
        Done(String id, byte[] line, String sha, String error, long bytes, int part, boolean severe) {
            this(id, line, sha, error, bytes, part, severe, null);
        }

        Done(String id, byte[] line, String sha, String error, long bytes, int part) {
            this(id, line, sha, error, bytes, part, false);
        }

        Done(String id, byte[] line, String sha, String error, long bytes) {
            this(id, line, sha, error, bytes, 0);
        }

        Done withNote(String text) {
            return new Done(id, line, sha, error, bytes, part, severe, text);
        }

        /** Whether this outcome stands for an input of its own, not a later part of one. */
        boolean countsAsInput() {
            return part <= 1;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--format must be text or jsonl, not " + format);
        }
        ingest.check(root.spec.commandLine());
        update.check(root.spec.commandLine(), corpus != null, "ingest");
        int threads = run.threads();
        Streams streams = root.streams();
        if (paths.isEmpty()) {
            paths = List.of("-");
        }
        LazySegmenter segmenter = ingest.segmenter();
        Ingestion ingestion = ingest.ingestion(segmenter, true);
        if (corpus == null) {
            preload(segmenter); // a corpus loads it only when some input has changed (below)
        }
        boolean stdin = paths.contains("-");
        List<String> files = paths.stream().filter(p -> !p.equals("-")).toList();
        IngestOptions.Listed listed = ingest.list(files);
        List<Sources.Input> inputs = listed.inputs();
        RunReport report = new RunReport("ingest", run, streams.err(), files.isEmpty() ? -1 : inputs.size());
        for (Sources.Input in : listed.notRead()) {
            report.note(in.id(), in.error());
        }

        if (corpus == null) {
            try (DataOutput out = DataOutput.open("-", streams)) {
                OrderedParallel.Source<Ingestion.Unit> source = ingestion.units(inputs, stdin, streams.in(), format.equals("jsonl"));
                try (PartGroup group = new PartGroup(out, report)) {
                    OrderedParallel.run(source, u -> u.weight(!ingest.noTokens),
                            Guard.each(u -> encode(ingestion.ingest(u)), (u, f) -> encode(Ingestion.failed(u, f))), threads, group::accept);
                    group.end();
                }
                out.commit();
            }
            return report.finish();
        }

        if (stdin) {
            throw new LexcorpusException("ingest --corpus reads files and folders, not standard input", ExitCodes.USAGE);
        }
        if (format.equals("jsonl")) {
            // its files would be read as text: records go through standard output (ingest --format jsonl FILE > docs.jsonl)
            throw new LexcorpusException("ingest --corpus reads text files, not JSON Lines records (--format jsonl)", ExitCodes.USAGE);
        }
        return new CorpusIngest(corpus, ingest, update, run, ingestion, streams, report).run(inputs, threads, () -> preload(segmenter));
    }

    /** The dictionary loads (1-2 s) while the inputs are listed and the first one is read and parsed. */
    static void preload(LazySegmenter segmenter) {
        if (segmenter != null) {
            segmenter.preload();
        }
    }

    /** The document as its record line, encoded here, in the worker: the ordered writer only copies bytes. */
    static Done encode(Ingestion.Outcome o) {
        if (o.error() != null) {
            return new Done(o.id(), null, o.sha(), o.error(), o.bytes(), o.part(), o.severe());
        }
        String where = o.part() > 0 ? "part " + o.part() + ": " : "";
        try {
            byte[] line = Json.separatorsEscaped(o.doc().toJson(Json.mapper()));
            if (line.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return new Done(o.id(), null, o.sha(), where + tooLarge(line.length), o.bytes(), o.part());
            }
            return new Done(o.id(), line, o.sha(), null, o.bytes(), o.part(), false, o.note());
        } catch (IOException e) {
            return new Done(o.id(), null, o.sha(), where + "cannot be written as JSON: " + e.getMessage(), o.bytes(), o.part());
        }
    }

    /** A record no reader would take (Limits): named, never written. */
    private static String tooLarge(long bytes) {
        return "its record would be " + (bytes >> 20) + " MB, more than the " + lexcorpus.io.Limits.describe()
                + " a record may hold: use a smaller --part-size";
    }

    private static void emit(Done done, DataOutput out, RunReport report) throws IOException {
        if (done.countsAsInput()) {
            report.inputs++;
            report.step();
        }
        report.bytes += done.bytes();
        if (done.error() != null) {
            report.fail(done.id(), done.error(), done.severe());
            return;
        }
        if (done.note() != null) {
            report.note(done.id(), done.note());
        }
        out.line(done.line());
        report.documents++;
    }

    /**
     * The parts of a large file are held back ({@link lexcorpus.io.Held}) until the last has been read: if
     * any part fails (the file changed or vanished meanwhile, a part too large for the memory), none is
     * written and the file is named once. Every other outcome is emitted as it comes.
     */
    private static final class PartGroup implements AutoCloseable {
        private final DataOutput out;
        private final RunReport report;
        private final lexcorpus.io.Held held = new lexcorpus.io.Held();
        private String id;
        private boolean failed;

        PartGroup(DataOutput out, RunReport report) {
            this.out = out;
            this.report = report;
        }

        void accept(Done done) throws IOException {
            if (done.part() == 0 || done.part() == 1 || !done.id().equals(id)) {
                end();
            }
            if (done.part() == 0) {
                emit(done, out, report);
                return;
            }
            if (done.part() == 1) {
                id = done.id();
                failed = false;
                report.inputs++;
                report.step();
                if (done.note() != null && done.error() == null) {
                    report.note(done.id(), done.note());
                }
            }
            report.bytes += done.bytes();
            if (failed) {
                return;
            }
            if (done.error() != null) {
                failed = true;
                boolean earlier = held.count() > 0;
                held.close();
                report.fail(done.id(), done.error() + (earlier ? " (none of its parts is written)" : ""), done.severe());
                return;
            }
            held.add(done.line());
        }

        /** The group so far is whole: its parts are written. */
        void end() throws IOException {
            if (id != null && !failed) {
                report.documents += held.count();
                held.writeTo(out.stream());
            }
            id = null;
            held.close();
        }

        @Override
        public void close() {
            held.close();
        }
    }
}
