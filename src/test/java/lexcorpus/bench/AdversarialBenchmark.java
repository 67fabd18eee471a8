package lexcorpus.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import lexcorpus.extract.Extraction;
import lexcorpus.model.Entity;
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
 * Dates and money over one line with no punctuation and long runs of digits, 年 and 元, at 1 and 10 MB:
 * the time per MB must stay that of ordinary text (no backtracking blow-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Duser.language=en"})
public class AdversarialBenchmark {
    @Param({"1", "10"})
    public double mb;

    String line;
    Extraction dateMoney;

    @Setup(Level.Trial)
    public void setUp() {
        String[] pieces = {"2024", "年", "12", "月", "31", "日", "元", "1234567890", "9", "年年", "元元", "万", "亿", "0"};
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(42);
        long bytes = 0;
        while (bytes < mb * 1e6) {
            String p = pieces[r.nextInt(pieces.length)];
            sb.append(p);
            bytes += p.chars().allMatch(c -> c < 128) ? p.length() : 3L * p.length();
        }
        line = sb.toString();
        dateMoney = new Extraction(Set.of(Entity.DATE, Entity.MONEY));
    }

    @Benchmark
    public Object extractDatesAndMoney() {
        return dateMoney.extract("adversarial", Normalizer.normalize(line), "2024-01-01");
    }
}
