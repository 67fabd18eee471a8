package lexcorpus.ingest.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import lexcorpus.text.AlignedText;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Every outline scan is linear: over each adversarial pattern, four times the text costs at most about four
 * times the counted steps (a scan that went on to the end of the text from each line would cost sixteen).
 * Steps are counted, not timed: bench/StructureBenchmark times the same texts, doubled from 64 KB to 1 MB.
 */
class LinearScanTest {
    private static final int SMALL = 32_000;

    private static long steps(String text) {
        AlignedText clean = Normalizer.normalize(text);
        OutlineText t = new OutlineText(clean, Lines.of(clean.text()));
        new OutlineReader().read(t, null);
        return t.visits();
    }

    @Test
    void fourTimesTheTextIsAtMostAboutFourTimesTheWork() {
        for (String pattern : AdversarialTexts.PATTERNS.keySet()) {
            String small = AdversarialTexts.text(pattern, SMALL);
            String large = AdversarialTexts.text(pattern, 4 * SMALL);
            long a = steps(small);
            long b = steps(large);
            double ratio = (double) b / a;
            assertTrue(a > small.length() / 40, pattern + ": " + a + " steps counted over " + small.length() + " chars");
            assertTrue(ratio < 4.6, pattern + ": " + a + " steps, then " + b + " for four times the text (" + ratio + "x)");
        }
    }

    @Test
    void theBenchmarkTimesEveryPattern() throws Exception {
        String[] timed = lexcorpus.bench.StructureBenchmark.class.getField("pattern")
                .getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
        assertEquals(List.copyOf(AdversarialTexts.PATTERNS.keySet()), List.of(timed));
    }
}
