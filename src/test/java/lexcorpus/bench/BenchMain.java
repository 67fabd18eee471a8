package lexcorpus.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the stage benchmarks and prints MB/s per stage (src/bench/run). Arguments: [MB, or - for each
 * benchmark's own sizes] [regex of benchmarks] [thread counts, comma-separated: 1]. With more than one
 * thread, each thread runs the stage over the same document at once, and MB/s counts all of them: the
 * stage's throughput on warm code, without the JIT compiler's work that a short run of the tool also pays.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mb = args.length > 0 ? args[0] : "2";
        String include = args.length > 1 ? args[1] : StageBenchmark.class.getSimpleName();
        String[] threads = (args.length > 2 ? args[2] : "1").split(",");
        List<String> rows = new ArrayList<>();
        Map<String, Double> oneThread = new HashMap<>();
        for (String t : threads) {
            int n = Integer.parseInt(t.strip());
            OptionsBuilder builder = new OptionsBuilder();
            builder.include(include).threads(n);
            if (!mb.equals("-")) {
                builder.param("mb", mb);
            }
            Collection<RunResult> results = new Runner(builder.build()).run();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark().replaceFirst(".*\\.(\\w+\\.\\w+)$", "$1");
                double size = Double.parseDouble(r.getParams().getParam("mb"));
                double ms = r.getPrimaryResult().getScore(); // per operation, in each thread
                double mbs = n * size / (ms / 1000.0);
                String key = name + " " + size;
                if (n == 1) {
                    oneThread.put(key, mbs);
                }
                Double base = oneThread.get(key);
                rows.add(String.format(Locale.ROOT, "%-46s %7d %8.0f %10.1f %10.1f %8s", name, n, size, ms, mbs,
                        base == null || n == 1 ? "" : String.format(Locale.ROOT, "%.2fx", mbs / base)));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-46s %7s %8s %10s %10s %8s%n", "benchmark", "threads", "MB", "ms/op", "MB/s", "vs 1");
        rows.forEach(System.out::println);
    }
}
