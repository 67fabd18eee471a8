package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.export.DocumentOrder;
import lexcorpus.export.Export;
import lexcorpus.export.Glob;
import lexcorpus.export.RecordWriter;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Sources;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.segment.LazySegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lexcorpus run}: ingest, extract and export in one process. The same stages as the three commands
 * (Ingestion, Extraction, Export), composed: each document goes from its bytes to its records as objects,
 * on the worker that read it, and the records are written in document-id order, as export writes them.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingest, extract and export in one process: files and folders in, entities (or other records) out.",
                "Writes what lexcorpus ingest … | lexcorpus extract … | lexcorpus export … writes with the same options, faster."},
        footer = {"", "Examples:",
                "  lexcorpus run samples/ --format csv --excel -o entities.csv",
                "  lexcorpus run --no-tokens issues/ --types statute,case_number --format jsonl > statutes.jsonl",
                "  lexcorpus run issues/ --what articles --format csv -o articles.csv"})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders (walked recursively), or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    IngestOptions ingest;

    @Mixin
    TypesOption types;

    @Option(names = "--what", paramLabel = "KIND", description = "entities (default), documents, articles, headings, paragraphs, sentences or tokens.")
    String what = "entities";

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json or csv. Default: from -o's extension (x.csv, x.json, x.jsonl), else CSV with --excel, else jsonl.")
    String format;

    @Mixin
    OutputOptions out;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "What standard input (-) holds: text (one document) or jsonl (records with id, text, date). Default: text.")
    String inputFormat = "text";

    @Option(names = "--corpus", paramLabel = "DIR", description = "Also keep the corpus in DIR, as ingest --corpus and extract --corpus do (again later: only new or changed files are redone); the records written are then the corpus's.")
    Path corpus;

    @Mixin
    CorpusUpdateOptions update;

    @Mixin
    RunOptions run;

    /** One unit's outcome: its records, formatted, and how many entities its document has; or the failure. */
    private record Done(Ingestion.Outcome ingested, byte[] records, int entities) {
        String id() {
            return ingested.id();
        }

        int part() {
            return ingested.part();
        }
    }

    @Override
    public Integer call() throws Exception {
        picocli.CommandLine cmd = root.spec.commandLine();
        Set<String> chosen = types.chosen(cmd);
        String format = lexcorpus.export.Formats.choose(this.format, out.output, out.excel);
        if (!Records.KINDS.contains(what)) {
            throw usage("--what must be one of " + String.join(", ", Records.KINDS) + ", not " + what);
        }
        if (!List.of("json", "jsonl", "csv").contains(format)) {
            throw usage("--format must be json, jsonl or csv, not " + format + " (a database: lexcorpus export --format sqlite)");
        }
        if (out.excel && !format.equals("csv")) {
            throw usage("--excel is for CSV, not " + format + ": give --format csv (or -o FILE.csv)");
        }
        ingest.check(cmd);
        update.check(cmd, corpus != null, "run");
        if (!inputFormat.equals("text") && !inputFormat.equals("jsonl")) {
            throw usage("--input-format must be text or jsonl, not " + inputFormat);
        }
        Glob docFilter = out.docFilter(cmd);
        boolean stdin = paths.contains("-");
        if (corpus != null && stdin) {
            throw new LexcorpusException("run --corpus reads files and folders, not standard input", ExitCodes.USAGE);
        }
        int threads = run.threads();
        Streams streams = root.streams();
        LazySegmenter segmenter = ingest.segmenter();
        if (segmenter != null && corpus == null) {
            segmenter.preload(); // the dictionary loads while the inputs are listed and the first one is read
        }
        // no hash of the inputs without a corpus: nothing that run writes then holds it
        Ingestion ingestion = ingest.ingestion(segmenter, corpus != null);
        Extraction extraction = new Extraction(chosen);
        Export export = new Export(what, null, docFilter);

        List<String> files = paths.stream().filter(p -> !p.equals("-")).toList();
        IngestOptions.Listed listed = ingest.list(files);
        List<Sources.Input> inputs = listed.inputs();
        RunReport report = new RunReport("run", run, streams.err(), files.isEmpty() ? -1 : inputs.size());
        for (Sources.Input in : listed.notRead()) {
            report.note(in.id(), in.error());
        }
        try (DataOutput target = DataOutput.open(out.output, streams)) {
            RecordWriter writer = export.writer(format, out.excel, target.stream());
            if (corpus != null) {
                CorpusIngest into = new CorpusIngest(corpus, ingest, update, run, ingestion, streams, report);
                new CorpusRun(into, corpus, extraction, chosen, export, report).run(inputs, threads, () -> IngestCommand.preload(segmenter), writer);
            } else {
                OrderedParallel.Source<Ingestion.Unit> units = ingestion.units(inputs, stdin, streams.in(), inputFormat.equals("jsonl"));
                try (DocumentOrder order = new DocumentOrder(writer)) {
                    Sink sink = new Sink(order, report);
                    ThreadLocal<RecordBody> bodies = ThreadLocal.withInitial(() -> new RecordBody(writer));
                    OrderedParallel.run(units, u -> u.weight(!ingest.noTokens),
                            Guard.each(u -> process(ingestion.ingest(u), extraction, export, bodies.get()),
                                    (u, f) -> new Done(Ingestion.failed(u, f), null, 0)),
                            threads, sink::accept);
                    sink.end();
                    order.drain();
                } catch (DocumentOrder.SpillFailed e) {
                    throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
                }
            }
            writer.finish();
            target.commit();
        }
        return report.finish();
    }

    /** The rest of the chain for one ingested unit, on its worker: entities, then records, formatted. */
    private static Done process(Ingestion.Outcome ingested, Extraction extraction, Export export, RecordBody body) {
        if (ingested.error() != null) {
            return new Done(ingested, null, 0);
        }
        Document doc = extraction.extract(ingested.doc(), ingested.clean());
        try {
            return new Done(ingested, body.format(export.records(doc)), doc.entities().size());
        } catch (java.io.IOException e) {
            return new Done(new Ingestion.Outcome(ingested.id(), null, ingested.sha(), "cannot be written: " + e.getMessage(),
                    ingested.bytes(), ingested.part()), null, 0);
        }
    }

    /**
     * In input order: counts, failures and notes named, records handed to the document order. The parts of
     * a large file count as one input, and as ingest writes them: if any part fails, none is written and the
     * file is named once.
     */
    private static final class Sink {
        private final DocumentOrder order;
        private final RunReport report;
        private final List<String> held = new ArrayList<>();
        private String file;
        private boolean failed;
        private long heldEntities;

        Sink(DocumentOrder order, RunReport report) {
            this.order = order;
            this.report = report;
        }

        void accept(Done done) throws Exception {
            if (done.part() <= 1 || !done.id().equals(file)) {
                end();
            }
            Ingestion.Outcome o = done.ingested();
            if (done.part() == 0) {
                report.inputs++;
                report.step();
                report.bytes += o.bytes();
                if (o.error() != null) {
                    report.fail(o.id(), o.error(), o.severe());
                    return;
                }
                if (o.note() != null) {
                    report.note(o.id(), o.note());
                }
                add(done);
                report.documents++;
                return;
            }
            if (done.part() == 1) {
                file = done.id();
                failed = false;
                report.inputs++;
                report.step();
                if (o.note() != null && o.error() == null) {
                    report.note(o.id(), o.note());
                }
            }
            report.bytes += o.bytes();
            if (failed) {
                return;
            }
            if (o.error() != null) {
                failed = true;
                boolean earlier = !held.isEmpty();
                held.forEach(order::forget);
                held.clear();
                report.entities -= heldEntities;
                report.fail(o.id(), o.error() + (earlier ? " (none of its parts is written)" : ""), o.severe());
                return;
            }
            add(done);
            held.add(o.doc().id());
            heldEntities += done.entities();
        }

        private void add(Done done) throws java.io.IOException {
            order.add(done.ingested().doc().id(), done.records());
            report.entities += done.entities();
        }

        /** The file read in parts so far is whole: its parts count as documents. */
        void end() {
            if (file != null && !failed) {
                report.documents += held.size();
            }
            file = null;
            held.clear();
            heldEntities = 0;
        }
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(root.spec.commandLine(), message);
    }
}
