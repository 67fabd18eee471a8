package lexcorpus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Parts;
import lexcorpus.ingest.Sources;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
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

    @Option(names = "--force", description = "With --corpus: rebuild the corpus from the inputs given, whatever its state: every input is read again, and the documents of inputs not given are dropped.")
    boolean force;

    @Option(names = "--prune", description = "With --corpus: drop the documents of inputs not found in this run (deleted, renamed). Nothing is dropped when an input cannot be listed.")
    boolean prune;

    @Mixin
    RunOptions run;

    @Option(names = "--part-size", paramLabel = "MB", description = "Read a file larger than this in parts of about this size, each its own record (id#0001, id#0002 …). Default: 2.")
    int partMb = 2;

    /**
     * Standard input: the whole of it as one document ({@code line} 0), or one line of JSON Lines records
     * ({@code line}: its number), parsed by the worker that ingests it.
     */
    record Stdin(byte[] bytes, int line, String source, String error) {
        Stdin(byte[] bytes, int line) {
            this(bytes, line, "stdin", null);
        }
    }

    /**
     * One unit of work: an input to ingest (whole, or one part of it by a plan), standard input or one of its
     * records ({@code size}: the input's size in bytes, or a record line's, once known, else -1).
     */
    record Work(Sources.Input input, Stdin stdin, Parts.Plan plan, Parts.Part part, long size) {
        Work(Sources.Input input, Stdin stdin) {
            this(input, stdin, null, null, -1);
        }

        Work withSize(long bytes) {
            return new Work(input, stdin, plan, part, bytes);
        }

        /**
         * How much work this unit is, for the batches of OrderedParallel: bytes to read. With word segmentation
         * each document goes alone: a 24 KB one is about 5 ms of work, against which a hand-off costs little,
         * while the results of a batch wait for its last document long enough to be promoted out of the young
         * generation (peak RSS with 2 threads on 47 MB: 355 MB alone, 508 MB in batches, the old generation
         * grown to -Xmx).
         */
        long weight(boolean segmenting) {
            long bytes = part != null ? part.to() - part.from()
                    : size >= 0 ? size : OrderedParallel.BATCH_BYTES; // all of standard input, an input that failed: alone
            return segmenting ? Math.max(bytes, OrderedParallel.BATCH_BYTES) : bytes;
        }
    }

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
        if (corpus == null && (force || prune)) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(), (force ? "--force" : "--prune") + " is for ingest --corpus DIR");
        }
        int threads = run.threads();
        Streams streams = root.streams();
        if (paths.isEmpty()) {
            paths = List.of("-");
        }
        LazySegmenter segmenter = noTokens ? null : new LazySegmenter(JiebaWordSegmenter::instance);
        Ingester ingester = new Ingester(segmenter);
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
                List<Work> work = new ArrayList<>();
                for (Sources.Input in : inputs) {
                    work.add(new Work(in, null));
                }
                OrderedParallel.Source<Work> source = inParts(sourceOf(work, stdin, streams), ingester);
                try (PartGroup group = new PartGroup(out, report)) {
                    OrderedParallel.run(source, w -> w.weight(!noTokens), Guard.each(w -> process(w, ingester), IngestCommand::failed),
                            threads, group::accept);
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
        return new CorpusIngest(this, ingester, streams, report).run(inputs, threads, () -> preload(segmenter));
    }

    /** The dictionary loads (1-2 s) while the inputs are listed and the first one is read and parsed. */
    private static void preload(LazySegmenter segmenter) {
        if (segmenter != null) {
            segmenter.preload();
        }
    }

    /** The tool version and the options that change what ingest writes: a change of either redoes every input. */
    String settings() {
        return VersionProvider.version() + (noTokens ? " no-tokens" : " tokens") + (encoding == null ? "" : " encoding=" + encoding);
    }

    /** The id a failed unit of work is reported under. */
    static Done failed(Work w, Guard.Failure f) {
        String id = w.part() != null || w.input() != null ? w.input().id() : w.stdin() != null ? w.stdin().source() : "input";
        return new Done(id, null, null, f.reason(), 0, w.part() != null ? w.part().index() : 0, f.severe());
    }

    private OrderedParallel.Source<Work> sourceOf(List<Work> files, boolean stdin, Streams streams) throws IOException {
        if (format.equals("jsonl")) {
            return records(files, stdin, streams);
        }
        var it = files.iterator();
        if (!stdin) {
            return OrderedParallel.of(it);
        }
        List<Work> all = new ArrayList<>(files);
        all.add(stdinText(streams));
        return OrderedParallel.of(all.iterator());
    }

    /**
     * Standard input as one text: in memory up to the part size, else kept in a file of the temporary folder
     * and read in parts like a large file ({@code stdin#0001} …); reading stops at a NUL byte (binary data).
     */
    private Work stdinText(Streams streams) {
        boolean wide = encoding != null && encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")
                || encoding != null && encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-32");
        lexcorpus.io.Spool.Spooled s = lexcorpus.io.Spool.read(streams.in(), partMb * 1024 * 1024, wide);
        if (s.error() != null) {
            return new Work(new Sources.Input("stdin", null, s.error()), null);
        }
        if (s.file() != null) {
            return new Work(new Sources.Input("stdin", s.file(), null), null);
        }
        return new Work(null, new Stdin(s.bytes(), 0));
    }

    /**
     * JSON Lines records: those of the files named, in order, then standard input's. Lines only: the records
     * are parsed by the workers (on the reading thread, parsing was most of its work).
     */
    private OrderedParallel.Source<Work> records(List<Work> files, boolean stdin, Streams streams) {
        var it = files.iterator();
        JsonlReader[] reader = {null};
        boolean[] stdinDone = {!stdin};
        return () -> {
            while (true) {
                if (reader[0] == null) {
                    if (it.hasNext()) {
                        Work w = it.next();
                        if (w.input().error() != null) {
                            return w;
                        }
                        try {
                            reader[0] = new JsonlReader(java.nio.file.Files.newInputStream(w.input().path()), w.input().id());
                        } catch (IOException e) {
                            return new Work(new Sources.Input(w.input().id(), w.input().path(), "cannot be read (" + lexcorpus.failure.Reason.of(e) + ")"), null);
                        }
                    } else if (!stdinDone[0]) {
                        stdinDone[0] = true;
                        reader[0] = new JsonlReader(new lexcorpus.io.ReadAhead(streams.in(), 256), "stdin");
                    } else {
                        return null;
                    }
                }
                JsonlReader r = reader[0];
                byte[] line;
                try {
                    line = r.nextLine();
                } catch (JsonlReader.BadLineException e) {
                    return new Work(null, new Stdin(null, r.line(), r.source(), e.getMessage()));
                } catch (IOException e) {
                    reader[0] = null;
                    r.close();
                    return new Work(null, new Stdin(null, r.line(), r.source(), "cannot be read (" + lexcorpus.failure.Reason.of(e) + ")"));
                }
                if (line != null) {
                    return new Work(null, new Stdin(line, r.line(), r.source(), null)).withSize(line.length);
                }
                r.close();
                reader[0] = null;
            }
        };
    }

    private Done process(Work w, Ingester ingester) {
        if (w.part() != null) {
            return processPart(w, ingester);
        }
        if (w.stdin() != null) {
            String source = w.stdin().source();
            if (w.stdin().error() != null) {
                return new Done(source, null, null, w.stdin().error(), 0, 0, lexcorpus.failure.Reason.isMemory(w.stdin().error()));
            }
            if (w.stdin().line() == 0) {
                return ingestBytes(source, w.stdin().bytes(), ingester, null);
            }
            JsonNode r;
            try {
                r = JsonlReader.parse(w.stdin().bytes(), "line " + w.stdin().line());
            } catch (JsonlReader.BadLineException e) {
                return new Done(source, null, null, e.getMessage(), 0);
            }
            String id = r.path("id").asText(null);
            if (id == null || id.isBlank()) {
                return new Done(source, null, null, "line " + w.stdin().line() + ": a record without an id", 0);
            }
            if (!r.path("text").isTextual()) {
                return new Done(id, null, null, "a record without text", 0);
            }
            if (r.get("text").asText().isBlank()) {
                // as an empty file is
                return new Done(id, null, null, r.get("text").asText().isEmpty() ? "empty text" : "no text (only whitespace)", 0);
            }
            String date = r.path("date").isTextual() ? r.get("date").asText() : null;
            String text = r.get("text").asText();
            return finish(id, ingester.ingest(Document.of(id, text, date)), text.length(), null);
        }
        Sources.Input in = w.input();
        if (in.error() != null) {
            return new Done(in.id(), null, null, in.error(), 0, 0, lexcorpus.failure.Reason.isMemory(in.error()));
        }
        try {
            byte[] bytes = Files.readAllBytes(in.path());
            return ingestBytes(in.id(), bytes, ingester, null);
        } catch (IOException e) {
            return new Done(in.id(), null, null, "cannot be read (" + DataOutput.describe(e) + ")", 0);
        }
    }

    Done ingestBytes(String id, byte[] bytes, Ingester ingester, String sha) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding);
            if (decoded.text().isBlank()) {
                return new Done(id, null, sha, bytes.length == 0 ? "empty file" : "no text (only whitespace)", bytes.length);
            }
            String hash = sha != null ? sha : sha256(bytes);
            Document doc = Document.of(id, decoded.text(), null).withSource(decoded.encoding(), hash);
            return finish(id, ingester.ingest(doc), bytes.length, hash).withNote(decoded.note());
        } catch (TextDecoder.UndecodableException e) {
            return new Done(id, null, sha, e.getMessage(), bytes.length);
        }
    }

    private static Done finish(String id, Document doc, long bytes, String sha) {
        try {
            // encoded here, in the worker: the ordered writer only copies bytes
            byte[] line = Json.separatorsEscaped(doc.toJson(Json.mapper()));
            if (line.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return new Done(id, null, sha, tooLarge(line.length), bytes);
            }
            return new Done(id, line, sha, null, bytes);
        } catch (IOException e) {
            return new Done(id, null, sha, "cannot be written as JSON: " + e.getMessage(), bytes);
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
     * Expands each file larger than --part-size into its parts, planned here (one pass over the file) so
     * that a file that cannot be read fails as a whole, before any part of it is written.
     */
    private OrderedParallel.Source<Work> inParts(OrderedParallel.Source<Work> works, Ingester ingester) {
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
            long size = size(in.path());
            if (size <= partBytes()) {
                return w.withSize(size);
            }
            Parts.Plan plan;
            try {
                plan = plan(in, ingester);
            } catch (IOException e) {
                return new Work(new Sources.Input(in.id(), in.path(), "cannot be read (" + DataOutput.describe(e) + ")"), null);
            } catch (TextDecoder.UndecodableException e) {
                return new Work(new Sources.Input(in.id(), in.path(), e.getMessage()), null);
            } catch (OutOfMemoryError e) {
                return new Work(new Sources.Input(in.id(), in.path(), lexcorpus.failure.Reason.memory() + "; or use a smaller --part-size"), null);
            }
            for (Parts.Part part : plan.parts()) {
                pending.add(new Work(in, null, plan, part, -1));
            }
            return pending.poll();
        };
    }

    long partBytes() {
        return partMb * 1024L * 1024L;
    }

    /** How a file larger than --part-size is read: one pass that hashes it, checks it decodes, and finds its parts. */
    Parts.Plan plan(Sources.Input in, Ingester ingester) throws IOException, TextDecoder.UndecodableException {
        return Parts.plan(in.path(), encoding, (int) partBytes(), ingester);
    }

    Done processPart(Work w, Ingester ingester) {
        Sources.Input in = w.input();
        Parts.Plan plan = w.plan();
        Parts.Part part = w.part();
        long bytes = part.to() - part.from();
        try {
            String text = Parts.text(in.path(), plan, part);
            Document doc = Document.of(in.id(), text, null).withSource(plan.encoding(), plan.sha256())
                    .asPart(new lexcorpus.model.Part(in.id(), part.index(), part.offset()));
            Document done = ingester.ingest(doc, part.index() == 1 ? null : plan.head());
            byte[] line = Json.separatorsEscaped(done.toJson(Json.mapper()));
            if (line.length > lexcorpus.io.Limits.MAX_RECORD_BYTES) {
                return new Done(in.id(), null, plan.sha256(), "part " + part.index() + ": " + tooLarge(line.length), bytes, part.index());
            }
            return new Done(in.id(), line, plan.sha256(), null, bytes, part.index(), false, part.index() == 1 ? plan.note() : null);
        } catch (IOException e) {
            return new Done(in.id(), null, plan.sha256(), "part " + part.index() + ": " + lexcorpus.failure.Reason.of(e), bytes, part.index());
        } catch (TextDecoder.UndecodableException e) {
            return new Done(in.id(), null, plan.sha256(), "part " + part.index() + ": " + e.getMessage(), bytes, part.index());
        } catch (OutOfMemoryError e) {
            return new Done(in.id(), null, plan.sha256(), "part " + part.index() + " " + lexcorpus.failure.Reason.memory() + "; or use a smaller --part-size",
                    bytes, part.index(), true);
        }
    }

    static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // read as a whole, where the failure is reported
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
