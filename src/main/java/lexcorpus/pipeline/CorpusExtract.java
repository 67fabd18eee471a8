package lexcorpus.pipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import lexcorpus.corpus.Corpus;
import lexcorpus.corpus.CorpusException;
import lexcorpus.corpus.Update;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
import lexcorpus.extract.RecordExtraction;
import lexcorpus.extract.RecordExtraction.Done;
import lexcorpus.extract.RecordExtraction.Line;
import lexcorpus.failure.Guard;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.JsonlReader;
import lexcorpus.io.OrderedParallel;

/**
 * {@code extract --corpus}: the entities of every document of the corpus, extracted on the worker threads,
 * into the corpus's next generation, each with the version of the record it was found in; the generation is
 * committed at the end or not at all.
 */
public final class CorpusExtract {
    private final Path dir;
    private final Extraction extraction;
    private final Set<String> types;
    private final Tally report;

    public CorpusExtract(Path dir, Extraction extraction, Set<String> types, Tally report) {
        this.dir = dir;
        this.extraction = extraction;
        this.types = types;
        this.report = report;
    }

    /** A record line as read, and what extract made of it. */
    private record Extracted(byte[] line, Done done) {
    }

    public void run(int threads) throws Exception {
        Ingester ingester = new Ingester(null);
        try (Corpus c = Corpus.openExisting(dir)) {
            String problem = c.current().problem();
            if (problem != null) {
                throw new CorpusException("corpus " + dir + ": " + problem + ": run lexcorpus ingest --corpus " + dir
                        + " with its inputs first (unchanged inputs are only hashed)");
            }
            boolean sound = c.documentsSound();
            try (Update update = c.update();
                 InputStream in = Files.newInputStream(c.current().documents());
                 JsonlReader reader = new JsonlReader(in, dir.resolve(Corpus.DOCUMENTS).toString())) {
                update.linkDocuments(sound);
                OutputStream out = update.entities(List.copyOf(types));
                var guarded = Guard.each((Line n) -> RecordExtraction.work(n, extraction, ingester::ingest), RecordExtraction::failed);
                OrderedParallel.run(RecordExtraction.lines(reader), n -> n.bytes() == null ? 0 : n.bytes().length, n -> new Extracted(n.bytes(), guarded.apply(n)),
                        threads, done -> {
                            if (count(done.done(), report)) {
                                out.write(Records.entityLines(done.done().entities()));
                                update.extracted(done.done().id(), done.line()); // the version of the record its entities fit
                            }
                        });
                update.commit();
            }
        }
    }

    /** One record counted as extract counts it (in a corpus or a pipe); whether it has entities to write. */
    public static boolean count(Done done, Tally report) {
        report.input();
        report.bytes(done.bytes());
        if (done.error() != null) {
            report.fail(done.id(), done.error(), done.severe());
            return false;
        }
        report.documents(1);
        report.entities(done.entities().size());
        return true;
    }
}
