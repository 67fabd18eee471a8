package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.export.DocumentOrder;
import lexcorpus.export.Export;
import lexcorpus.export.RecordWriter;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
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

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl (default), json or csv.")
    String format = "jsonl";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed at the end) instead of standard output.")
    String output;

    @Option(names = "--excel", description = "CSV for spreadsheets: UTF-8 BOM, CRLF, and cells starting with = + - @ guarded with '.")
    boolean excel;

    @Option(names = "--docs", paramLabel = "GLOB", description = "Only documents whose id matches this glob (e.g. '2024/*.txt').")
    String docs;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode every file with this charset instead of detecting it (UTF-8, GB18030, UTF-16 …).")
    String encoding;

    @Option(names = "--part-size", paramLabel = "MB", description = "Read a file larger than this in parts of about this size, each its own document (id#0001 …). Default: 2.")
    int partMb = 2;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "What standard input (-) holds: text (one document) or jsonl (records with id, text, date). Default: text.")
    String inputFormat = "text";

    @Mixin
    RunOptions run;

    /** One document's outcome: its records and how many entities it has, or the failure. */
    private record Done(Ingestion.Outcome ingested, List<ObjectNode> records, int entities) {
    }

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = chosenTypes();
        if (!Records.KINDS.contains(what)) {
            throw usage("--what must be one of " + String.join(", ", Records.KINDS) + ", not " + what);
        }
        if (!List.of("json", "jsonl", "csv").contains(format)) {
            throw usage("--format must be json, jsonl or csv, not " + format);
        }
        if (partMb < 1) {
            throw usage("--part-size must be at least 1 (MB), not " + partMb);
        }
        if (!inputFormat.equals("text") && !inputFormat.equals("jsonl")) {
            throw usage("--input-format must be text or jsonl, not " + inputFormat);
        }
        int threads = run.threads();
        Streams streams = root.streams();
        LazySegmenter segmenter = noTokens ? null : new LazySegmenter(JiebaWordSegmenter::instance);
        if (segmenter != null) {
            segmenter.preload(); // the dictionary loads while the inputs are listed and the first one is read
        }
        Ingestion ingestion = new Ingestion(new Ingester(segmenter), encoding, partMb * 1024L * 1024L);
        Extraction extraction = new Extraction(chosen);
        Export export = new Export(what, null, docs == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + docs));

        boolean stdin = paths.contains("-");
        List<Sources.Input> inputs = new ArrayList<>(Sources.list(paths.stream().filter(p -> !p.equals("-")).toList()));
        inputs.sort((a, b) -> a.id().compareTo(b.id()));
        RunReport report = new RunReport("run", run, streams.err(), inputs.size());
        OrderedParallel.Source<Ingestion.Unit> units = stdin ? ingestion.units(inputs, streams.in(), inputFormat.equals("jsonl"))
                : ingestion.units(inputs);
        try (DataOutput out = DataOutput.open(output, streams)) {
            RecordWriter writer = export.writer(format, excel, out.stream());
            try (DocumentOrder order = new DocumentOrder(writer)) {
                OrderedParallel.run(units, u -> u.weight(!noTokens), u -> process(u, ingestion, extraction, export), threads,
                        done -> add(done, order, report));
                order.drain();
            }
            writer.finish();
            out.commit();
        }
        return report.finish();
    }

    /** The whole chain for one unit, on a worker: its document, its entities, its records. */
    private static Done process(Ingestion.Unit unit, Ingestion ingestion, Extraction extraction, Export export) {
        Ingestion.Outcome ingested = ingestion.ingest(unit);
        if (ingested.error() != null) {
            return new Done(ingested, List.of(), 0);
        }
        Document doc = extraction.extract(ingested.doc());
        return new Done(ingested, export.records(doc), doc.entities().size());
    }

    /** In input order: counts, failures named, records handed to the document order. */
    private void add(Done done, DocumentOrder order, RunReport report) throws Exception {
        Ingestion.Outcome o = done.ingested();
        if (o.countsAsInput()) {
            report.inputs++;
            report.step();
        }
        report.bytes += o.bytes();
        if (o.error() != null) {
            report.fail(o.id(), o.error());
            return;
        }
        report.documents++;
        report.entities += done.entities();
        order.add(o.doc().id(), done.records());
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
