package lexcorpus.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the stage benchmarks and prints MB/s per stage (src/bench/run). Arguments: [MB] [regex of benchmarks].
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mb = args.length > 0 ? args[0] : "2";
        String include = args.length > 1 ? args[1] : StageBenchmark.class.getSimpleName();
        Options opt = new OptionsBuilder().include(include).param("mb", mb).build();
        Collection<RunResult> results = new Runner(opt).run();
        double bytes = BenchText.utf8Bytes(BenchText.document(Double.parseDouble(mb)));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-28s %12s %10s%n", "stage (1 thread)", "ms/op", "MB/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.", "");
            double ms = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%-28s %12.1f %10.1f%n", name, ms, bytes / 1e6 / (ms / 1000.0));
        }
    }
}
