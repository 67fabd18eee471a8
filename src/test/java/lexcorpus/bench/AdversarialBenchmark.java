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
 * Extract (clean included) over one line with no punctuation, at sizes that double: dates and money over runs of
 * digits, 年 and 元; all types over the same with the openers of statutes, case and document numbers (《 without
 * 》, brackets, 第…条, 号). Where the time is linear in the input, ms/op doubles with the size and MB/s stays flat;
 * a scan that goes back over what it read, or matches every title against every other, shows as MB/s falling.
 * Run: {@code src/bench/run - AdversarialBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Duser.language=en"})
public class AdversarialBenchmark {
    @Param({"0.5", "1", "2", "4", "8"})
    public double mb;

    String dateMoneyLine;
    String allTypesLine;
    Extraction dateMoney;
    Extraction all;

    @Setup(Level.Trial)
    public void setUp() {
        dateMoneyLine = BenchText.adversarial((long) (mb * 1e6), BenchText.DATE_MONEY_PIECES);
        allTypesLine = BenchText.adversarial((long) (mb * 1e6), BenchText.ALL_TYPE_PIECES);
        dateMoney = new Extraction(Set.of(Entity.DATE, Entity.MONEY));
        all = new Extraction(Set.copyOf(Entity.TYPES));
    }

    @Benchmark
    public Object extractDatesAndMoney() {
        return dateMoney.extract("adversarial", Normalizer.normalize(dateMoneyLine), "2024-01-01");
    }

    @Benchmark
    public Object extractAllTypes() {
        return all.extract("adversarial", Normalizer.normalize(allTypesLine), "2024-01-01");
    }
}
