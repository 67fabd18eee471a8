package lexcorpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.IngestPlan;
import lexcorpus.corpus.Update;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Parts;
import lexcorpus.ingest.Sources;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.io.OrderedParallel;

/**
 * {@code ingest --corpus}: the corpus plans what to redo ({@link IngestPlan}); the inputs it names are read by
 * the command's own readers on the worker threads, and their records handed, in order, to the corpus's next
 * generation ({@link Update}), which is committed at the end or not at all.
 */
final class CorpusIngest {
    private final Path dir;
    private final IngestOptions options;
    private final CorpusUpdateOptions updating;
    private final RunOptions run;
    private final Ingestion ingestion;
    private final Streams streams;
    private final RunReport report;
    private Also also = Also.NOTHING;
    /** The step whose records the sink is adding, how many so far, and the last step that failed. */
    private IngestPlan.Step adding;
    private int added;
    private IngestPlan.Step failed;

    CorpusIngest(Path dir, IngestOptions options, CorpusUpdateOptions update, RunOptions run, Ingestion ingestion, Streams streams,
                 RunReport report) {
        this.dir = dir;
        this.options = options;
        this.updating = update;
        this.run = run;
        this.ingestion = ingestion;
        this.streams = streams;
        this.report = report;
    }

    /**
     * What else a run makes of each document it ingests ({@code run --corpus}: its entities and records to
     * export), while the document is at hand: made on the worker, then handed over in corpus order as the
     * document's record is stored, or dropped with the records of an input that fails.
     */
    interface Also {
        Also NOTHING = new Also() {
            @Override
            public Object made(Ingestion.Outcome o, byte[] line) {
                return null;
            }

            @Override
            public void stored(IngestPlan.Step s, Object made) {
            }

            @Override
            public void dropped(IngestPlan.Step s) {
            }
        };

        /** On the worker: what is made of an ingested document ({@code o} has one; {@code line} is its record). */
        Object made(Ingestion.Outcome o, byte[] line);

        /** In corpus order: the record of a document of input {@code s} was added to the next generation. */
        void stored(IngestPlan.Step s, Object made) throws IOException;

        /** The records added for input {@code s} are dropped (a later part of it failed). */
        void dropped(IngestPlan.Step s) throws IOException;
    }

    CorpusIngest with(Also also) {
        this.also = also;
        return this;
    }

    /**
     * One unit of work: an input (or stored records) of the plan, whole or one of its parts; {@code keep} when
     * its stored records stand, known from the plan or from the hash of a file read in parts.
     */
    record Unit(IngestPlan.Step step, Parts.Plan plan, Parts.Part part, long size, boolean keep, String error) {
        long weight(boolean segmenting) {
            if (keep || error != null) {
                return 0;
            }
            return new Ingestion.Unit(step.input(), null, plan, part, size).weight(segmenting);
        }
    }

    /** The outcome of a unit: a record of the step, its stored records kept, or the failure ({@code severe}: see Guard). */
    private record Result(IngestPlan.Step step, byte[] line, String sha, String error, long bytes, int part, boolean last, boolean keep,
                          boolean severe, String note, Object also) {
        static Result kept(IngestPlan.Step s, long bytes) {
            return new Result(s, null, null, null, bytes, 0, true, true, false, null, null);
        }

        static Result failed(IngestPlan.Step s, String error, int part, boolean severe) {
            return new Result(s, null, null, error, 0, part, true, false, severe, null, null);
        }
    }

    /** The outcome of ingesting a unit of step {@code s}, as its record line, with what else is made of its document. */
    private Result result(IngestPlan.Step s, Ingestion.Outcome o, boolean last) {
        IngestCommand.Done d = IngestCommand.encode(o);
        Object made = d.error() == null ? also.made(o, d.line()) : null;
        return new Result(s, d.line(), d.sha(), d.error(), d.bytes(), d.part(), last, false, d.severe(), d.note(), made);
    }

    int run(List<Sources.Input> inputs, int threads, Runnable preload) throws Exception {
        try (Corpus c = Corpus.openForWriting(dir)) {
            into(c, inputs, threads, preload);
        }
        return report.finish();
    }

    /** Ingests the inputs into corpus {@code c}, locked by the caller: a new generation if anything changed. */
    void into(Corpus c, List<Sources.Input> inputs, int threads, Runnable preload) throws Exception {
        IngestPlan plan = c.planIngest(inputs, options.settings(), updating.force, updating.prune, options.partBytes());
        for (String notice : plan.notices()) {
            streams.err().println("lexcorpus: " + notice);
        }
        if (!plan.writes()) {
            for (IngestPlan.Step s : plan.steps()) {
                if (s.kind() == IngestPlan.Kind.KEEP) {
                    kept(s);
                } else if (s.kind() == IngestPlan.Kind.FAILED) {
                    report.inputs++;
                    report.step();
                    report.fail(s.id(), s.reason());
                }
            }
            return;
        }
        preload.run();
        try (Update update = c.update()) {
            update.carryEntities();
            OrderedParallel.run(units(plan.steps().iterator()), u -> u.weight(!options.noTokens),
                    lexcorpus.failure.Guard.each(this::work, (u, f) -> Result.failed(u.step(), f.reason(), u.part() == null ? 0 : u.part().index(),
                            f.severe())), threads, r -> store(r, update));
            update.commit();
        }
        if (plan.pruned() > 0 && !run.quiet) {
            streams.err().println("lexcorpus: " + plan.pruned() + " document" + (plan.pruned() == 1 ? "" : "s")
                    + " of inputs not found in this run removed from the corpus");
        }
    }

    private void kept(IngestPlan.Step s) {
        report.inputs++;
        report.skipped++;
        report.documents += s.stored().keptRecords().size();
        report.step();
    }

    /** The plan's steps as units: a file larger than a part is planned here (one pass), then kept or read part by part. */
    private OrderedParallel.Source<Unit> units(Iterator<IngestPlan.Step> steps) {
        ArrayDeque<Unit> pending = new ArrayDeque<>();
        return () -> {
            if (!pending.isEmpty()) {
                return pending.poll();
            }
            if (!steps.hasNext()) {
                return null;
            }
            IngestPlan.Step s = steps.next();
            switch (s.kind()) {
                case KEEP, CARRY:
                    return new Unit(s, null, null, 0, true, null);
                case FAILED, DROP:
                    return new Unit(s, null, null, 0, false, s.reason());
                default:
                    break;
            }
            long size = IngestOptions.size(s.input().path());
            if (size <= options.partBytes()) {
                return new Unit(s, null, null, size, false, null);
            }
            Parts.Plan p;
            try {
                p = ingestion.plan(s.input());
            } catch (IOException e) {
                return new Unit(s, null, null, 0, false, "cannot be read (" + DataOutput.describe(e) + ")");
            } catch (TextDecoder.UndecodableException e) {
                return new Unit(s, null, null, 0, false, e.getMessage());
            } catch (OutOfMemoryError e) {
                return new Unit(s, null, null, 0, false, lexcorpus.failure.Reason.memory() + "; or use a smaller --part-size");
            }
            if (s.keeps(p.sha256())) {
                return new Unit(s, p, null, 0, true, null);
            }
            for (Parts.Part part : p.parts()) {
                pending.add(new Unit(s, p, part, part.to() - part.from(), false, null));
            }
            return pending.poll();
        };
    }

    private Result work(Unit u) {
        IngestPlan.Step s = u.step();
        if (u.keep()) {
            return Result.kept(s, 0);
        }
        if (u.error() != null) {
            return Result.failed(s, u.error(), 0, lexcorpus.failure.Reason.isMemory(u.error()));
        }
        if (u.part() != null) {
            return result(s, ingestion.ingest(new Ingestion.Unit(s.input(), null, u.plan(), u.part(), u.size())),
                    u.part().index() == u.plan().parts().size());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(s.input().path());
        } catch (IOException e) {
            return Result.failed(s, "cannot be read (" + DataOutput.describe(e) + ")", 0, false);
        }
        String sha = Ingestion.sha256(bytes);
        if (s.keeps(sha)) {
            return Result.kept(s, bytes.length);
        }
        return result(s, ingestion.ingestBytes(s.id(), bytes, sha), true);
    }

    /** In input order: into the next generation, and counted. */
    private void store(Result r, Update update) throws IOException {
        IngestPlan.Step s = r.step();
        if (r.keep()) {
            update.keep(s);
            if (s.given()) {
                report.bytes += r.bytes();
                kept(s);
            }
            return;
        }
        if (s == failed) {
            return; // a later part of an input that failed
        }
        report.bytes += r.bytes();
        if (r.error() != null) {
            update.fail(s);
            failed = s;
            if (s == adding) {
                report.documents -= added; // its earlier parts are not kept
                also.dropped(s);
            }
            if (s.given() && r.part() <= 1) {
                report.inputs++;
                report.step();
            }
            report.fail(s.id(), r.error() + (s == adding && added > 0 ? " (none of its parts is written)" : ""), r.severe());
            return;
        }
        if (r.note() != null) {
            report.note(s.id(), r.note());
        }
        update.add(s, r.line());
        also.stored(s, r.also());
        if (s != adding) {
            adding = s;
            added = 0;
        }
        added++;
        report.documents++;
        if (r.part() <= 1) {
            report.inputs++;
            report.step();
        }
        if (r.last()) {
            update.done(s, r.sha(), options.settings());
        }
    }
}
