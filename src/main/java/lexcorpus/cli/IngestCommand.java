package lexcorpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Parts;
import lexcorpus.ingest.Sources;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.io.Corpus;
import lexcorpus.io.Json;
import lexcorpus.io.OrderedParallel;
import lexcorpus.segment.JiebaWordSegmenter;
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

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode every file with this charset instead of detecting it (UTF-8, GB18030, UTF-16 …).")
    String encoding;

    @Option(names = "--follow", description = "Follow symbolic links met inside folders (never to outside the folders given). By default they are skipped, with a note.")
    boolean follow;

    @Option(names = "--no-tokens", description = "Do not segment words (faster; entities do not need tokens).")
    boolean noTokens;

    @Option(names = "--force", description = "With --corpus: redo every input, even unchanged ones.")
    boolean force;

    @Mixin
    RunOptions run;

    @Option(names = "--part-size", paramLabel = "MB", description = "Read a file larger than this in parts of about this size, each its own record (id#0001, id#0002 …). Default: 2.")
    int partMb = 2;

    /**
     * One unit of work of an incremental ingest into a corpus: a unit of the ingest stage, or a stored record
     * to keep as it is ({@code keptSha}: the hash of an unchanged input whose first stored record this is; for
     * the kept parts of an input, the unit's input is that input and {@code keptPart} the part's number).
     */
    record Work(Ingestion.Unit unit, String kept, String keptSha, int keptPart) {
        Work(Sources.Input input, String kept) {
            this(Ingestion.Unit.of(input), kept, null, 0);
        }

        Sources.Input input() {
            return unit.input();
        }

        /** A stored record to copy weighs nothing; anything else what the stage's unit weighs. */
        long weight(boolean segmenting) {
            return kept != null ? 0 : unit.weight(segmenting);
        }
    }

    /** The outcome of one unit: a record line, or the failure; {@code part} is 0 for a whole input. */
    private record Done(String id, byte[] line, String sha, String error, long bytes, boolean skipped, int part, boolean severe,
                        String note) {
        Done(String id, byte[] line, String sha, String error, long bytes, boolean skipped, int part, boolean severe) {
            this(id, line, sha, error, bytes, skipped, part, severe, null);
        }

        Done(String id, byte[] line, String sha, String error, long bytes, boolean skipped, int part) {
            this(id, line, sha, error, bytes, skipped, part, false);
        }

        Done withNote(String text) {
            return new Done(id, line, sha, error, bytes, skipped, part, severe, text);
        }

        Done(String id, byte[] line, String sha, String error, long bytes, boolean skipped) {
            this(id, line, sha, error, bytes, skipped, 0);
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
        if (partMb < 1 || partMb > lexcorpus.io.Limits.MAX_PART_MB) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--part-size must be from 1 to "
                    + lexcorpus.io.Limits.MAX_PART_MB + " (MB), not " + partMb);
        }
        if (encoding != null) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), "--encoding: unknown encoding '" + encoding
                        + "' (UTF-8, GB18030, GBK, UTF-16 …)");
            }
        }
        int threads = run.threads();
        Streams streams = root.streams();
        if (paths.isEmpty()) {
            paths = List.of("-");
        }
        LazySegmenter segmenter = noTokens ? null : new LazySegmenter(JiebaWordSegmenter::instance);
        Ingestion ingestion = new Ingestion(new Ingester(segmenter), encoding, partMb * 1024L * 1024L);
        if (corpus == null) {
            preload(segmenter); // a corpus loads it only when some input has changed (below)
        }
        boolean stdin = paths.contains("-");
        List<String> files = paths.stream().filter(p -> !p.equals("-")).toList();
        List<Sources.Input> inputs = new ArrayList<>();
        List<Sources.Input> notRead = new ArrayList<>();
        for (Sources.Input in : Sources.list(files, follow)) {
            (in.skipped() ? notRead : inputs).add(in);
        }
        inputs.sort((a, b) -> a.id().compareTo(b.id()));
        RunReport report = new RunReport("ingest", run, streams.err(), files.isEmpty() ? -1 : inputs.size());
        for (Sources.Input in : notRead) {
            report.note(in.id(), in.error());
        }

        if (corpus == null) {
            try (DataOutput out = DataOutput.open("-", streams)) {
                OrderedParallel.Source<Ingestion.Unit> source = ingestion.units(inputs, stdin, streams.in(), format.equals("jsonl"));
                try (PartGroup group = new PartGroup(out, report)) {
                    OrderedParallel.run(source, u -> u.weight(!noTokens),
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
        try (Corpus c = Corpus.openForWriting(corpus)) {
            Manifest old = force ? Manifest.EMPTY : Manifest.read(c.manifest());
            if (!force && allUnchanged(inputs, old, c)) {
                // nothing to do: every input has the size and time it had, and the corpus holds it
                report.inputs = inputs.size();
                report.documents = inputs.size();
                report.skipped = inputs.size();
                return report.finish();
            }
            preload(segmenter);
            StoredDocuments stored = StoredDocuments.index(c.documents());
            TreeMap<String, Work> plan = new TreeMap<>();
            for (String id : stored.ids()) {
                plan.put(id, new Work(null, id));
            }
            for (Sources.Input in : inputs) {
                plan.put(in.id(), new Work(in, null));
                // the parts an input was read in before: it is read again (or its parts kept) as a whole
                storedParts(stored, in.id()).forEach(plan::remove);
            }
            Map<String, String> hashes = new TreeMap<>(old.inputs());
            try (DataOutput out = DataOutput.toFile(c.documents())) {
                OrderedParallel.run(inParts(OrderedParallel.of(plan.values().iterator()), ingestion, old, stored), w -> w.weight(!noTokens),
                        Guard.each(w -> w.kept() != null ? new Done(w.keptPart() > 0 ? w.input().id() : w.kept(),
                                utf8(stored.line(w.kept())), w.keptSha(), null, 0, true, w.keptPart())
                                : w.unit().part() != null ? encode(ingestion.ingest(w.unit())) : processIncremental(w, ingestion, old, stored),
                                (w, f) -> encode(Ingestion.failed(w.unit(), f))),
                        threads, done -> {
                            if (done.sha() != null) {
                                hashes.put(done.id(), done.sha());
                            }
                            List<String> had = done.error() == null ? List.of() : storedParts(stored, done.id());
                            if (done.error() != null && (stored.ids().contains(done.id()) || !had.isEmpty())) {
                                // keep what the corpus had for an input that now fails
                                report.fail(done.id(), done.error());
                                for (String id : stored.ids().contains(done.id()) ? List.of(done.id()) : had) {
                                    out.line(stored.line(id));
                                }
                                return;
                            }
                            if (done.skipped() && done.sha() != null) {
                                report.skipped++;
                                report.inputs++;
                                report.documents++;
                                out.line(done.line());
                                report.step();
                                return;
                            }
                            if (done.skipped()) {
                                out.line(done.line());
                                report.documents += done.part() > 1 ? 1 : 0;
                                return;
                            }
                            emit(done, out, report);
                        });
                out.commit();
            }
            Map<String, String> stamps = new TreeMap<>(old.stamps());
            for (Sources.Input in : inputs) {
                if (in.error() == null) {
                    stamps.put(in.id(), stamp(in.path()));
                }
            }
            new Manifest(settings(), hashes, stamps).write(c.manifest());
            stored.close();
        }
        return report.finish();
    }

    /** The dictionary loads (1-2 s) while the inputs are listed and the first one is read and parsed. */
    private static void preload(LazySegmenter segmenter) {
        if (segmenter != null) {
            segmenter.preload();
        }
    }

    /** The tool version and the options that change what ingest writes: a change of either redoes every input. */
    private String settings() {
        return VersionProvider.version() + (noTokens ? " no-tokens" : " tokens") + (encoding == null ? "" : " encoding=" + encoding);
    }

    /** Size and modification time of a file, as the manifest keeps them. */
    static String stamp(Path p) {
        try {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return "";
        }
    }

    private boolean allUnchanged(List<Sources.Input> inputs, Manifest old, Corpus c) {
        if (!old.version().equals(settings()) || !Files.exists(c.documents())) {
            return false;
        }
        for (Sources.Input in : inputs) {
            String was = old.stamps().get(in.id());
            if (in.error() != null || was == null || !was.equals(stamp(in.path())) || !old.inputs().containsKey(in.id())) {
                return false;
            }
        }
        return true;
    }

    private Done processIncremental(Work w, Ingestion ingestion, Manifest old, StoredDocuments stored) {
        Sources.Input in = w.input();
        if (in.error() != null) {
            return new Done(in.id(), null, null, in.error(), 0, false);
        }
        try {
            byte[] bytes = Files.readAllBytes(in.path());
            String sha = Ingestion.sha256(bytes);
            if (sha.equals(old.inputs().get(in.id())) && stored.ids().contains(in.id()) && old.version().equals(settings())) {
                return new Done(in.id(), utf8(stored.line(in.id())), sha, null, bytes.length, true);
            }
            return encode(ingestion.ingestBytes(in.id(), bytes, sha));
        } catch (IOException e) {
            return new Done(in.id(), null, null, "cannot be read (" + DataOutput.describe(e) + ")", 0, false);
        }
    }

    /** The document as its record line, encoded here, in the worker: the ordered writer only copies bytes. */
    private static Done encode(Ingestion.Outcome o) {
        if (o.error() != null) {
            return new Done(o.id(), null, o.sha(), o.error(), o.bytes(), false, o.part(), o.severe());
        }
        String where = o.part() > 0 ? "part " + o.part() + ": " : "";
        try {
            byte[] line = Json.separatorsEscaped(o.doc().toJson(Json.mapper()));
            if (line.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return new Done(o.id(), null, o.sha(), where + tooLarge(line.length), o.bytes(), false, o.part());
            }
            return new Done(o.id(), line, o.sha(), null, o.bytes(), false, o.part(), false, o.note());
        } catch (IOException e) {
            return new Done(o.id(), null, o.sha(), where + "cannot be written as JSON: " + e.getMessage(), o.bytes(), false, o.part());
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

    /**
     * Expands each file larger than --part-size into its parts, as the ingest stage plans them; an unchanged
     * file's stored parts are kept instead.
     */
    private OrderedParallel.Source<Work> inParts(OrderedParallel.Source<Work> works, Ingestion ingestion, Manifest old,
                                                 StoredDocuments stored) {
        long limit = partMb * 1024L * 1024L;
        java.util.ArrayDeque<Work> pending = new java.util.ArrayDeque<>();
        return () -> {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            Work w = works.next();
            Sources.Input in = w == null ? null : w.input();
            if (in == null || in.error() != null) {
                return w;
            }
            if (size(in.path()) > limit) {
                Parts.Plan plan;
                try {
                    plan = ingestion.plan(in);
                } catch (IOException | TextDecoder.UndecodableException | OutOfMemoryError e) {
                    // planned again by the stage, which names the failure
                    return new Work(ingestion.expand(w.unit()).get(0), null, null, 0);
                }
                List<String> had = storedParts(stored, in.id());
                if (plan.sha256().equals(old.inputs().get(in.id())) && !had.isEmpty() && old.version().equals(settings())) {
                    for (int k = 0; k < had.size(); k++) {
                        pending.add(new Work(Ingestion.Unit.of(in), had.get(k), k == 0 ? plan.sha256() : null, k + 1));
                    }
                    return pending.poll();
                }
                for (Ingestion.Unit u : Ingestion.parts(in, plan)) {
                    pending.add(new Work(u, null, null, 0));
                }
                return pending.poll();
            }
            for (Ingestion.Unit u : ingestion.expand(w.unit())) {
                pending.add(new Work(u, null, null, 0));
            }
            return pending.poll();
        };
    }

    /** The ids of the records a corpus holds for the parts of an input, in order. */
    private static List<String> storedParts(StoredDocuments stored, String inputId) {
        List<String> ids = new ArrayList<>();
        for (int k = 1; stored.ids().contains(lexcorpus.model.Part.id(inputId, k)); k++) {
            ids.add(lexcorpus.model.Part.id(inputId, k));
        }
        return ids;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // read as a whole, where the failure is reported
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Input hashes and the tool version of the last ingest into a corpus; with each input's size and
     * modification time, so that an unchanged input is known without reading it.
     */
    record Manifest(String version, Map<String, String> inputs, Map<String, String> stamps) {
        static final Manifest EMPTY = new Manifest("", Map.of(), Map.of());

        static Manifest read(Path p) {
            if (!Files.exists(p)) {
                return EMPTY;
            }
            try {
                JsonNode n = Json.mapper().readTree(p.toFile());
                Map<String, String> m = new TreeMap<>();
                Map<String, String> st = new TreeMap<>();
                n.path("inputs").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
                n.path("stamps").fields().forEachRemaining(e -> st.put(e.getKey(), e.getValue().asText()));
                return new Manifest(n.path("version").asText(""), m, st);
            } catch (IOException e) {
                return EMPTY; // a damaged manifest only costs a full re-run
            }
        }

        void write(Path p) throws IOException {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("schema", "lexcorpus.manifest/1");
            n.put("version", version);
            ObjectNode in = n.putObject("inputs");
            new TreeSet<>(inputs.keySet()).forEach(k -> in.put(k, inputs.get(k)));
            ObjectNode st = n.putObject("stamps");
            new TreeSet<>(stamps.keySet()).forEach(k -> st.put(k, stamps.get(k)));
            try (DataOutput out = DataOutput.toFile(p)) {
                out.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
                out.commit();
            }
        }
    }
}
