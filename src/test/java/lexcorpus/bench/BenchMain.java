package lexcorpus.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the stage benchmarks and prints MB/s per stage (src/bench/run). Arguments: [MB, or - for each benchmark's own sizes] [regex of benchmarks].
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mb = args.length > 0 ? args[0] : "2";
        String include = args.length > 1 ? args[1] : StageBenchmark.class.getSimpleName();
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(include);
        if (!mb.equals("-")) {
            builder.param("mb", mb);
        }
        Options opt = builder.build();
        Collection<RunResult> results = new Runner(opt).run();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-46s %8s %10s %10s%n", "benchmark (1 thread)", "MB", "ms/op", "MB/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceFirst(".*\\.(\\w+\\.\\w+)$", "$1");
            double size = Double.parseDouble(r.getParams().getParam("mb"));
            double ms = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "%-46s %8.0f %10.1f %10.1f%n", name, size, ms, size / (ms / 1000.0));
        }
    }
}
