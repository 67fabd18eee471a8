package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Sources;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.segment.JiebaWordSegmenter;
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

    @Option(names = "--no-tokens", description = "Do not segment words (faster; entities do not need tokens).")
    boolean noTokens;

    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Entity types to find: date, money, statute, case_number (default: all).")
    List<String> types = Entity.TYPES;

    @Option(names = "--what", paramLabel = "KIND", description = "entities (default), documents, articles, paragraphs, sentences or tokens.")
    String what = "entities";

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json or csv. Default: from -o's extension (x.csv, x.json, x.jsonl), else CSV with --excel, else jsonl.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed at the end) instead of standard output.")
    String output;

    @Option(names = "--excel", description = "CSV for spreadsheets: UTF-8 BOM, CRLF, and cells starting with = + - @ guarded with '.")
    boolean excel;

    @Option(names = "--docs", paramLabel = "GLOB", description = "Only documents whose id matches this glob (e.g. '2024/*.txt').")
    String docs;

    @Option(names = "--follow", description = "Follow symbolic links met inside folders (never to outside the folders given). By default they are skipped, with a note.")
    boolean follow;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode every file with this charset instead of detecting it (UTF-8, GB18030, UTF-16 …).")
    String encoding;

    @Option(names = "--part-size", paramLabel = "MB", description = "Read a file larger than this in parts of about this size, each its own document (id#0001 …). Default: 2.")
    int partMb = 2;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "What standard input (-) holds: text (one document) or jsonl (records with id, text, date). Default: text.")
    String inputFormat = "text";

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
        Set<String> chosen = chosenTypes();
        String format = lexcorpus.export.Formats.choose(this.format, output, excel);
        if (!Records.KINDS.contains(what)) {
            throw usage("--what must be one of " + String.join(", ", Records.KINDS) + ", not " + what);
        }
        if (!List.of("json", "jsonl", "csv").contains(format)) {
            throw usage("--format must be json, jsonl or csv, not " + format + " (a database: lexcorpus export --format sqlite)");
        }
        if (excel && !format.equals("csv")) {
            throw usage("--excel is for CSV, not " + format + ": give --format csv (or -o FILE.csv)");
        }
        if (partMb < 1 || partMb > lexcorpus.io.Limits.MAX_PART_MB) {
            throw usage("--part-size must be from 1 to " + lexcorpus.io.Limits.MAX_PART_MB + " (MB), not " + partMb);
        }
        if (!inputFormat.equals("text") && !inputFormat.equals("jsonl")) {
            throw usage("--input-format must be text or jsonl, not " + inputFormat);
        }
        if (encoding != null) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw usage("--encoding: unknown encoding '" + encoding + "' (UTF-8, GB18030, GBK, UTF-16 …)");
            }
        }
        Glob docFilter;
        try {
            docFilter = docs == null ? null : Glob.compile(docs);
        } catch (IllegalArgumentException e) {
            throw usage("--docs: not a glob (" + e.getMessage() + "): " + docs);
        }
        int threads = run.threads();
        Streams streams = root.streams();
        LazySegmenter segmenter = noTokens ? null : new LazySegmenter(JiebaWordSegmenter::instance);
        if (segmenter != null) {
            segmenter.preload(); // the dictionary loads while the inputs are listed and the first one is read
        }
        // no hash of the inputs: nothing that run writes holds it
        Ingestion ingestion = new Ingestion(new Ingester(segmenter), encoding, partMb * 1024L * 1024L, false);
        Extraction extraction = new Extraction(chosen);
        Export export = new Export(what, null, docFilter);

        boolean stdin = paths.contains("-");
        List<String> files = paths.stream().filter(p -> !p.equals("-")).toList();
        List<Sources.Input> inputs = new ArrayList<>();
        List<Sources.Input> notRead = new ArrayList<>();
        for (Sources.Input in : Sources.list(files, follow)) {
            (in.skipped() ? notRead : inputs).add(in);
        }
        inputs.sort((a, b) -> a.id().compareTo(b.id()));
        RunReport report = new RunReport("run", run, streams.err(), files.isEmpty() ? -1 : inputs.size());
        for (Sources.Input in : notRead) {
            report.note(in.id(), in.error());
        }
        OrderedParallel.Source<Ingestion.Unit> units = ingestion.units(inputs, stdin, streams.in(), inputFormat.equals("jsonl"));
        try (DataOutput out = DataOutput.open(output, streams)) {
            RecordWriter writer = export.writer(format, excel, out.stream());
            try {
                try (DocumentOrder order = new DocumentOrder(writer)) {
                    Sink sink = new Sink(order, report);
                    ThreadLocal<Body> bodies = ThreadLocal.withInitial(() -> new Body(writer));
                    OrderedParallel.run(units, u -> u.weight(!noTokens),
                            Guard.each(u -> process(ingestion.ingest(u), extraction, export, bodies.get()),
                                    (u, f) -> new Done(Ingestion.failed(u, f), null, 0)),
                            threads, sink::accept);
                    sink.end();
                    order.drain();
                }
                writer.finish();
            } catch (DocumentOrder.SpillFailed e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            }
            out.commit();
        }
        return report.finish();
    }

    /** The rest of the chain for one ingested unit, on its worker: entities, then records, formatted. */
    private static Done process(Ingestion.Outcome ingested, Extraction extraction, Export export, Body body) {
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

    /** A worker's buffer and a body writer of the output's format over it: records to bytes without head or tail. */
    private static final class Body {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        private final RecordWriter writer;

        Body(RecordWriter target) {
            try {
                writer = target.body(bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        byte[] format(List<ObjectNode> records) throws java.io.IOException {
            bytes.reset();
            for (ObjectNode r : records) {
                writer.write(r);
            }
            writer.finish();
            return bytes.toByteArray();
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

    private Set<String> chosenTypes() {
        Set<String> chosen = new LinkedHashSet<>();
        for (String t : types) {
            if (!Entity.TYPES.contains(t.strip())) {
                throw usage("unknown entity type '" + t + "' (choose from " + String.join(", ", Entity.TYPES) + ")");
            }
            chosen.add(t.strip());
        }
        return chosen;
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(root.spec.commandLine(), message);
    }
}
