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
        lexcorpus.ingest.Ingestion.Unit w = lexcorpus.ingest.Ingestion.Unit.of(FILE).withSize(24_000);
        assertEquals(24_000, w.weight(false));
    }

    @Test
    void withTokensEveryDocumentGoesAlone() {
        lexcorpus.ingest.Ingestion.Unit small = lexcorpus.ingest.Ingestion.Unit.of(FILE).withSize(24_000);
        lexcorpus.ingest.Ingestion.Unit large = lexcorpus.ingest.Ingestion.Unit.of(FILE).withSize(3 * OrderedParallel.BATCH_BYTES);
        assertEquals(OrderedParallel.BATCH_BYTES, small.weight(true));
        assertEquals(3 * OrderedParallel.BATCH_BYTES, large.weight(true));
    }

    @Test
    void storedRecordsToCopyWeighNothingAndAnUnknownSizeGoesAlone() {
        lexcorpus.corpus.IngestPlan.Step keep = new lexcorpus.corpus.IngestPlan.Step(lexcorpus.corpus.IngestPlan.Kind.KEEP, "a.txt", FILE,
                null, false, null, true, null);
        assertEquals(0, new CorpusIngest.Unit(keep, null, null, 24_000, true, null).weight(true));
        assertEquals(0, new CorpusIngest.Unit(keep, null, null, 24_000, true, null).weight(false));
        assertEquals(OrderedParallel.BATCH_BYTES, lexcorpus.ingest.Ingestion.Unit.of(FILE).weight(false));
    }
}
