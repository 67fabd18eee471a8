package lexcorpus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import lexcorpus.ingest.outline.AdversarialTexts;
import lexcorpus.ingest.outline.Lines;
import lexcorpus.ingest.outline.OutlineReader;
import lexcorpus.ingest.outline.OutlineText;
import lexcorpus.text.AlignedText;
import lexcorpus.text.Normalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The outline of ingest over each adversarial pattern of {@link AdversarialTexts}, its size doubled from 64 KB to
 * 1 MB: linear scans keep the time per MB flat (src/bench/run - StructureBenchmark prints it with its ratio to the
 * 64 KB time). The text is cleaned in the set-up; each operation reads the outline of the clean lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Duser.language=en"})
public class StructureBenchmark {
    /** Every key of {@link AdversarialTexts#PATTERNS} (StructureBenchmarkTest checks that none is missing). */
    @Param({"contents-titles", "contents-and-body", "contents-entries", "contents-links", "numbered-same", "numbered-series", "label-alone", "parents", "markdown", "bylines", "headline-byline", "speakers", "page-breaks", "running-header", "watermark", "editors-footers", "blank-runs"})
    public String pattern;

    /** MB of 2^20 bytes: 64 KB to 1 MB. */
    @Param({"0.0625", "0.125", "0.25", "0.5", "1"})
    public double mb;

    private AlignedText clean;
    private List<Lines.Line> lines;
    private OutlineReader reader;

    @Setup(Level.Trial)
    public void setUp() {
        clean = Normalizer.normalize(AdversarialTexts.text(pattern, (int) (mb * (1 << 20))));
        lines = Lines.of(clean.text());
        reader = new OutlineReader();
    }

    @Benchmark
    public Object outline() {
        return reader.read(new OutlineText(clean, lines), null);
    }
}
