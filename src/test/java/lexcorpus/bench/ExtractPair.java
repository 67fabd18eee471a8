package lexcorpus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extract of all types (clean included) by two builds of lexcorpus in one JVM, each loaded from its own jar,
 * taking turns on the same inputs (src/bench/extract-pair.sh): one ordinary document of MB megabytes, and the
 * adversarial all-types line of {@link BenchText} at sizes that double. Both builds see the same drift of a shared
 * machine. Each turn is timed in the CPU time of the thread (steadier than wall time when other processes take
 * the cores; the collector's threads are not counted) and in wall time. Prints, per input, the median of each build
 * over the rounds, ms per MB, and the median of the rounds' ratios after/before. Arguments: the jar before, the jar
 * after, MB, rounds.
 */
public final class ExtractPair {
    private static final int PER_TURN = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractPair() {
    }

    /** One build: its Extraction of every type it knows and its Normalizer, reached through its own class loader. */
    private record Build(Object extraction, Method extract, Method normalize) {
        static Build load(Path jar) throws Exception {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> extractionClass = loader.loadClass("lexcorpus.extract.Extraction");
            Class<?> normalizer = loader.loadClass("lexcorpus.text.Normalizer");
            Class<?> aligned = loader.loadClass("lexcorpus.text.AlignedText");
            Set<?> types = Set.copyOf((java.util.Collection<?>) loader.loadClass("lexcorpus.model.Entity").getField("TYPES").get(null));
            Object extraction = extractionClass.getConstructor(Set.class).newInstance(types);
            return new Build(extraction, extractionClass.getMethod("extract", String.class, aligned, String.class),
                    normalizer.getMethod("normalize", String.class));
        }

        /** CPU and wall ms per extraction over {@code n} of {@code text}; the entities found. */
        double[] time(String text, int n) throws Exception {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int found = 0;
            for (int i = 0; i < n; i++) {
                found = ((List<?>) extract.invoke(extraction, "bench", normalize.invoke(null, text), "2024-01-01")).size();
            }
            return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n, found};
        }
    }

    public static void main(String[] args) throws Exception {
        Build before = Build.load(Path.of(args[0]));
        Build after = Build.load(Path.of(args[1]));
        double mb = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("ordinary " + mb + " MB", BenchText.document(mb));
        for (double size = 0.25; size <= 2; size *= 2) {
            inputs.put("adversarial all types " + size + " MB", BenchText.adversarial((long) (size * 1e6), BenchText.ALL_TYPE_PIECES));
        }
        for (int i = 0; i < 3; i++) { // both warm before any turn is counted
            for (String text : inputs.values()) {
                before.time(text, PER_TURN);
                after.time(text, PER_TURN);
            }
        }
        Map<String, List<double[]>> b = new LinkedHashMap<>();
        Map<String, List<double[]>> a = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, String> in : inputs.entrySet()) {
                // the order changes every round, so that neither build always runs right after the other's garbage
                boolean beforeFirst = r % 2 == 0;
                double[] first = (beforeFirst ? before : after).time(in.getValue(), PER_TURN);
                double[] second = (beforeFirst ? after : before).time(in.getValue(), PER_TURN);
                b.computeIfAbsent(in.getKey(), k -> new ArrayList<>()).add(beforeFirst ? first : second);
                a.computeIfAbsent(in.getKey(), k -> new ArrayList<>()).add(beforeFirst ? second : first);
            }
        }
        System.out.printf(Locale.ROOT, "%d rounds of %d extractions per build and input, turns alternating%n", rounds, PER_TURN);
        System.out.printf(Locale.ROOT, "%-30s %10s %10s %9s %9s %8s %8s %7s %7s%n", "input", "before ms", "after ms", "before", "after",
                "cpu", "wall", "before", "after");
        System.out.printf(Locale.ROOT, "%-30s %10s %10s %9s %9s %8s %8s %7s %7s%n", "", "(cpu)", "(cpu)", "ms/MB", "ms/MB",
                "a/b", "a/b", "found", "found");
        for (Map.Entry<String, String> in : inputs.entrySet()) {
            List<double[]> bb = b.get(in.getKey());
            List<double[]> aa = a.get(in.getKey());
            double megabytes = BenchText.utf8Bytes(in.getValue()) / 1e6;
            double bc = median(bb, 0);
            double ac = median(aa, 0);
            double[] cpuRatios = new double[bb.size()];
            double[] wallRatios = new double[bb.size()];
            for (int r = 0; r < bb.size(); r++) {
                cpuRatios[r] = aa.get(r)[0] / bb.get(r)[0];
                wallRatios[r] = aa.get(r)[1] / bb.get(r)[1];
            }
            System.out.printf(Locale.ROOT, "%-30s %10.1f %10.1f %9.1f %9.1f %8.3f %8.3f %7d %7d%n", in.getKey(), bc, ac, bc / megabytes,
                    ac / megabytes, median(cpuRatios), median(wallRatios), (int) bb.get(0)[2], (int) aa.get(0)[2]);
        }
    }

    private static double median(List<double[]> turns, int field) {
        return median(turns.stream().mapToDouble(t -> t[field]).toArray());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
