package lexcorpus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import lexcorpus.failure.Guard;
import lexcorpus.failure.Reason;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;
import lexcorpus.model.Document;
import lexcorpus.text.AlignedText;

/**
 * The ingest stage over inputs: files, the parts of a file larger than the part size, standard input as
 * one text, or JSON Lines records. {@link #units} plans the units of work in input order; {@link #ingest}
 * turns one unit into its document, or the reason it has none. The commands that ingest ({@code ingest},
 * {@code run}) share it, so that they read every input the same way. Thread-safe: units are ingested on
 * any thread.
 */
public final class Ingestion {
    private final Ingester ingester;
    private final String encoding;
    private final long partBytes;
    private final boolean hashes;

    /**
     * @param encoding  the charset every file is decoded with, or null to detect it
     * @param partBytes a file larger than this is read in parts of about this size
     */
    public Ingestion(Ingester ingester, String encoding, long partBytes) {
        this(ingester, encoding, partBytes, true);
    }

    /** @param hashes whether a whole file's document carries the hash of its bytes (a corpus needs it; entities do not) */
    public Ingestion(Ingester ingester, String encoding, long partBytes, boolean hashes) {
        this.ingester = ingester;
        this.encoding = encoding;
        this.partBytes = partBytes;
        this.hashes = hashes;
    }

    public Ingester ingester() {
        return ingester;
    }

    /**
     * Standard input: the whole of it as one document ({@code line} 0), or one line of JSON Lines records
     * ({@code line}: its number), parsed by the worker that ingests it.
     */
    public record Stdin(byte[] bytes, int line, String source, String error) {
        public Stdin(byte[] bytes, int line) {
            this(bytes, line, "stdin", null);
        }
    }

    /**
     * One unit of work: an input to ingest (whole, or one part of it by a plan), or standard input or one of
     * its records ({@code size}: the input's size in bytes, or a record line's, once known, else -1).
     */
    public record Unit(Sources.Input input, Stdin stdin, Parts.Plan plan, Parts.Part part, long size) {
        public static Unit of(Sources.Input input) {
            return new Unit(input, null, null, null, -1);
        }

        public Unit withSize(long bytes) {
            return new Unit(input, stdin, plan, part, bytes);
        }

        /**
         * How much work this unit is, for the batches of OrderedParallel: bytes to read. With word
         * segmentation each document goes alone: a 24 KB one is about 5 ms of work, against which a hand-off
         * costs little, while the results of a batch wait for its last document long enough to be promoted
         * out of the young generation (the old generation then grows to -Xmx).
         */
        public long weight(boolean segmenting) {
            long bytes = part != null ? part.to() - part.from()
                    : size >= 0 ? size : OrderedParallel.BATCH_BYTES; // all of standard input, an input that failed: alone
            return segmenting ? Math.max(bytes, OrderedParallel.BATCH_BYTES) : bytes;
        }
    }

    /**
     * The outcome of one unit: its document, or the failure ({@code error}); {@code sha} the hash of the
     * input's bytes when known, {@code bytes} how many were read, {@code part} 0 for a whole input.
     */
    public record Outcome(String id, Document doc, String sha, String error, long bytes, int part, boolean severe, String note,
                          AlignedText clean) {
        public Outcome(String id, Document doc, String sha, String error, long bytes, int part, boolean severe, String note) {
            this(id, doc, sha, error, bytes, part, severe, note, null);
        }

        public Outcome(String id, Document doc, String sha, String error, long bytes, int part) {
            this(id, doc, sha, error, bytes, part, false, null);
        }

        static Outcome of(String id, Ingester.Ingested ingested, String sha, long bytes, int part, String note) {
            return new Outcome(id, ingested.doc(), sha, null, bytes, part, false, note, ingested.clean());
        }

        static Outcome failed(String id, String sha, String error, long bytes) {
            return new Outcome(id, null, sha, error, bytes, 0);
        }

        Outcome withNote(String text) {
            return new Outcome(id, doc, sha, error, bytes, part, severe, text, clean);
        }

        /** Whether this outcome stands for an input of its own, not a later part of one. */
        public boolean countsAsInput() {
            return part <= 1;
        }
    }

    /** The units of the inputs, in their order, each file larger than the part size expanded into its parts. */
    public OrderedParallel.Source<Unit> units(List<Sources.Input> inputs) {
        return inParts(OrderedParallel.of(inputs.stream().map(Unit::of).iterator()));
    }

    /**
     * The units of the inputs named and, with {@code stdin}, of standard input after them: the whole of it as
     * one text (in memory up to the part size, else kept in a file of the temporary folder and read in parts
     * like a large file, {@code stdin#0001} …; reading stops at a NUL byte), or with {@code jsonl} the records
     * of the files, then those of standard input, line by line, parsed later by the worker that ingests them
     * (on the reading thread, parsing was most of its work).
     */
    public OrderedParallel.Source<Unit> units(List<Sources.Input> inputs, boolean stdin, java.io.InputStream in, boolean jsonl) {
        if (jsonl) {
            return inParts(records(inputs, stdin, in));
        }
        List<Unit> all = new ArrayList<>();
        for (Sources.Input input : inputs) {
            all.add(Unit.of(input));
        }
        if (stdin) {
            all.add(stdinText(in));
        }
        return inParts(OrderedParallel.of(all.iterator()));
    }

    private Unit stdinText(java.io.InputStream in) {
        boolean wide = encoding != null && encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")
                || encoding != null && encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-32");
        lexcorpus.io.Spool.Spooled s = lexcorpus.io.Spool.read(in, (int) partBytes, wide);
        if (s.error() != null) {
            return Unit.of(new Sources.Input("stdin", null, s.error()));
        }
        if (s.file() != null) {
            return Unit.of(new Sources.Input("stdin", s.file(), null));
        }
        return new Unit(null, new Stdin(s.bytes(), 0), null, null, -1);
    }

    private static OrderedParallel.Source<Unit> records(List<Sources.Input> inputs, boolean stdin, java.io.InputStream in) {
        var it = inputs.iterator();
        JsonlReader[] reader = {null};
        boolean[] stdinDone = {!stdin};
        return () -> {
            while (true) {
                if (reader[0] == null) {
                    if (it.hasNext()) {
                        Sources.Input input = it.next();
                        if (input.error() != null) {
                            return Unit.of(input);
                        }
                        try {
                            reader[0] = new JsonlReader(Files.newInputStream(input.path()), input.id());
                        } catch (IOException e) {
                            return Unit.of(new Sources.Input(input.id(), input.path(), "cannot be read (" + Reason.of(e) + ")"));
                        }
                    } else if (!stdinDone[0]) {
                        stdinDone[0] = true;
                        reader[0] = new JsonlReader(new lexcorpus.io.ReadAhead(in, 256), "stdin");
                    } else {
                        return null;
                    }
                }
                JsonlReader r = reader[0];
                byte[] line;
                try {
                    line = r.nextLine();
                } catch (JsonlReader.BadLineException e) {
                    return new Unit(null, new Stdin(null, r.line(), r.source(), e.getMessage()), null, null, -1);
                } catch (IOException e) {
                    reader[0] = null;
                    r.close();
                    return new Unit(null, new Stdin(null, r.line(), r.source(), "cannot be read (" + Reason.of(e) + ")"), null, null, -1);
                }
                if (line != null) {
                    return new Unit(null, new Stdin(line, r.line(), r.source(), null), null, null, line.length);
                }
                r.close();
                reader[0] = null;
            }
        };
    }

    /**
     * Expands each file larger than the part size into its parts, planned here (one pass over the file) so
     * that a file that cannot be read fails as a whole, before any part of it is written.
     */
    public OrderedParallel.Source<Unit> inParts(OrderedParallel.Source<Unit> units) {
        ArrayDeque<Unit> pending = new ArrayDeque<>();
        return () -> {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            Unit u = units.next();
            if (u == null) {
                return null;
            }
            pending.addAll(expand(u));
            return pending.poll();
        };
    }

    /**
     * A unit as it is to be ingested: a file within the part size with its size, a larger file as its
     * parts, a file that cannot be planned as a failure; anything else as it is.
     */
    public List<Unit> expand(Unit u) {
        Sources.Input in = u.input();
        if (in == null || in.error() != null || u.part() != null) {
            return List.of(u);
        }
        long size = size(in.path());
        if (size <= partBytes) {
            return List.of(u.withSize(size));
        }
        Parts.Plan plan;
        try {
            plan = plan(in);
        } catch (IOException e) {
            return List.of(Unit.of(new Sources.Input(in.id(), in.path(), "cannot be read (" + Reason.of(e) + ")")));
        } catch (TextDecoder.UndecodableException e) {
            return List.of(Unit.of(new Sources.Input(in.id(), in.path(), e.getMessage())));
        } catch (OutOfMemoryError e) {
            return List.of(Unit.of(new Sources.Input(in.id(), in.path(), Reason.memory() + "; or use a smaller --part-size")));
        }
        return parts(in, plan);
    }

    /** The units of a file read in parts by its plan. */
    public static List<Unit> parts(Sources.Input in, Parts.Plan plan) {
        List<Unit> parts = new ArrayList<>();
        for (Parts.Part part : plan.parts()) {
            parts.add(new Unit(in, null, plan, part, -1));
        }
        return parts;
    }

    /** The plan of a file read in parts (its encoding, hash, masthead and part boundaries). */
    public Parts.Plan plan(Sources.Input in) throws IOException, TextDecoder.UndecodableException {
        return Parts.plan(in.path(), encoding, (int) partBytes, ingester);
    }

    /** The document of one unit, or why there is none. */
    public Outcome ingest(Unit u) {
        if (u.part() != null) {
            return ingestPart(u);
        }
        if (u.stdin() != null) {
            return ingestStdin(u.stdin());
        }
        Sources.Input in = u.input();
        if (in.error() != null) {
            return new Outcome(in.id(), null, null, in.error(), 0, 0, Reason.isMemory(in.error()), null);
        }
        try {
            byte[] bytes = Files.readAllBytes(in.path());
            return ingestBytes(in.id(), bytes, null);
        } catch (IOException e) {
            return Outcome.failed(in.id(), null, "cannot be read (" + Reason.of(e) + ")", 0);
        }
    }

    /** The outcome of a unit whose work failed unexpectedly (Guard), named by its input. */
    public static Outcome failed(Unit u, Guard.Failure f) {
        String id = u.part() != null || u.input() != null ? u.input().id() : u.stdin() != null ? u.stdin().source() : "input";
        return new Outcome(id, null, null, f.reason(), 0, u.part() != null ? u.part().index() : 0, f.severe(), null);
    }

    private Outcome ingestStdin(Stdin stdin) {
        String source = stdin.source();
        if (stdin.error() != null) {
            return new Outcome(source, null, null, stdin.error(), 0, 0, Reason.isMemory(stdin.error()), null);
        }
        if (stdin.line() == 0) {
            return ingestBytes(source, stdin.bytes(), null);
        }
        JsonNode r;
        try {
            r = JsonlReader.parse(stdin.bytes(), "line " + stdin.line());
        } catch (JsonlReader.BadLineException e) {
            return Outcome.failed(source, null, e.getMessage(), 0);
        }
        String id = r.path("id").asText(null);
        if (id == null || id.isBlank()) {
            return Outcome.failed(source, null, "line " + stdin.line() + ": a record without an id", 0);
        }
        if (!r.path("text").isTextual()) {
            return Outcome.failed(id, null, "a record without text", 0);
        }
        String text = r.get("text").asText();
        if (text.isBlank()) {
            // as an empty file is
            return Outcome.failed(id, null, text.isEmpty() ? "empty text" : "no text (only whitespace)", 0);
        }
        String date = r.path("date").isTextual() ? r.get("date").asText() : null;
        return Outcome.of(id, ingester.ingestKeepingClean(Document.of(id, text, date), null), null, text.length(), 0, null);
    }

    /** The document of a whole input's bytes ({@code sha}: their hash if already known, else null). */
    public Outcome ingestBytes(String id, byte[] bytes, String sha) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding);
            if (decoded.text().isBlank()) {
                return Outcome.failed(id, sha, bytes.length == 0 ? "empty file" : "no text (only whitespace)", bytes.length);
            }
            String hash = sha != null ? sha : hashes ? sha256(bytes) : null;
            Document doc = Document.of(id, decoded.text(), null).withSource(decoded.encoding(), hash);
            return Outcome.of(id, ingester.ingestKeepingClean(doc, null), hash, bytes.length, 0, decoded.note());
        } catch (TextDecoder.UndecodableException e) {
            return Outcome.failed(id, sha, e.getMessage(), bytes.length);
        }
    }

    private Outcome ingestPart(Unit u) {
        Sources.Input in = u.input();
        Parts.Plan plan = u.plan();
        Parts.Part part = u.part();
        long bytes = part.to() - part.from();
        try {
            String text = Parts.text(in.path(), plan, part);
            Document doc = Document.of(in.id(), text, null).withSource(plan.encoding(), plan.sha256())
                    .asPart(new lexcorpus.model.Part(in.id(), part.index(), part.offset()));
            Ingester.Ingested done = ingester.ingestKeepingClean(doc, part.index() == 1 ? null : plan.head());
            return Outcome.of(in.id(), done, plan.sha256(), bytes, part.index(), part.index() == 1 ? plan.note() : null);
        } catch (IOException e) {
            return new Outcome(in.id(), null, plan.sha256(), "part " + part.index() + ": " + Reason.of(e), bytes, part.index());
        } catch (TextDecoder.UndecodableException e) {
            return new Outcome(in.id(), null, plan.sha256(), "part " + part.index() + ": " + e.getMessage(), bytes, part.index());
        } catch (OutOfMemoryError e) {
            return new Outcome(in.id(), null, plan.sha256(), "part " + part.index() + " " + Reason.memory() + "; or use a smaller --part-size",
                    bytes, part.index(), true, null);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // read as a whole, where the failure is reported
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
