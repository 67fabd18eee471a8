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
 * A benchmark run at several sizes (MB given as -) also shows its time per MB against that at its smallest size.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mb = args.length > 0 ? args[0] : "2";
        String include = args.length > 1 ? args[1] : StageBenchmark.class.getSimpleName();
        String[] threads = (args.length > 2 ? args[2] : "1").split(",");
        List<Row> rows = new ArrayList<>();
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
                String name = r.getParams().getBenchmark().replaceFirst(".*\\.(\\w+\\.\\w+)$", "$1") + otherParams(r);
                double size = Double.parseDouble(r.getParams().getParam("mb"));
                double ms = r.getPrimaryResult().getScore(); // per operation, in each thread
                double mbs = n * size / (ms / 1000.0);
                if (n == 1) {
                    oneThread.put(name + " " + size, mbs);
                }
                rows.add(new Row(name, n, size, ms, mbs));
            }
        }
        // the time per MB against that at the smallest size of the same benchmark: flat where time grows linearly
        Map<String, Row> smallest = new HashMap<>();
        for (Row r : rows) {
            smallest.merge(r.name() + " " + r.threads(), r, (a, b) -> a.mb() <= b.mb() ? a : b);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %7s %8s %10s %10s %8s %10s %9s%n", "benchmark", "threads", "MB", "ms/op", "MB/s", "vs 1",
                "ms/MB", "vs least");
        for (Row r : rows) {
            Double base = oneThread.get(r.name() + " " + r.mb());
            Row least = smallest.get(r.name() + " " + r.threads());
            System.out.printf(Locale.ROOT, "%-58s %7d %8s %10.1f %10.1f %8s %10.1f %8.2fx%n", r.name(), r.threads(), mbText(r.mb()), r.ms(),
                    r.mbs(), base == null || r.threads() == 1 ? "" : String.format(Locale.ROOT, "%.2fx", r.mbs() / base),
                    r.ms() / r.mb(), (r.ms() / r.mb()) / (least.ms() / least.mb()));
        }
    }

    private record Row(String name, int threads, double mb, double ms, double mbs) {
    }

    /** The parameters other than the size, as {@code  [pattern=bylines]}: each set of them is a benchmark of its own. */
    private static String otherParams(RunResult r) {
        StringBuilder b = new StringBuilder();
        for (String key : r.getParams().getParamsKeys()) {
            if (!key.equals("mb")) {
                b.append(b.length() == 0 ? " [" : ", ").append(key).append('=').append(r.getParams().getParam(key));
            }
        }
        return b.length() == 0 ? "" : b.append(']').toString();
    }

    private static String mbText(double mb) {
        return mb >= 1 && mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.4g", mb);
    }
}
