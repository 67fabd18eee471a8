package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import lexcorpus.ingest.Sources;
import lexcorpus.io.OrderedParallel;
import org.junit.jupiter.api.Test;

/** How ingest weighs its units for the batches of OrderedParallel. */
class WorkWeightTest {
    private static final Sources.Input FILE = new Sources.Input("a.txt", Path.of("a.txt"), null);

    @Test
    void withoutTokensSmallFilesWeighTheirSizeAndShareABatch() {
        IngestCommand.Work w = new IngestCommand.Work(FILE, null).withSize(24_000);
        assertEquals(24_000, w.weight(false));
    }

    @Test
    void withTokensEveryDocumentGoesAlone() {
        IngestCommand.Work small = new IngestCommand.Work(FILE, null).withSize(24_000);
        IngestCommand.Work large = new IngestCommand.Work(FILE, null).withSize(3 * OrderedParallel.BATCH_BYTES);
        assertEquals(OrderedParallel.BATCH_BYTES, small.weight(true));
        assertEquals(3 * OrderedParallel.BATCH_BYTES, large.weight(true));
    }

    @Test
    void storedRecordsToCopyWeighNothingAndAnUnknownSizeGoesAlone() {
        lexcorpus.corpus.IngestPlan.Step keep = new lexcorpus.corpus.IngestPlan.Step(lexcorpus.corpus.IngestPlan.Kind.KEEP, "a.txt", FILE,
                null, false, null, true, null);
        assertEquals(0, new CorpusIngest.Unit(keep, null, null, 24_000, true, null).weight(true));
        assertEquals(0, new CorpusIngest.Unit(keep, null, null, 24_000, true, null).weight(false));
        assertEquals(OrderedParallel.BATCH_BYTES, new IngestCommand.Work(FILE, null).weight(false));
    }
}
