package lexcorpus.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ingest without tokens by two builds of lexcorpus in one JVM, each loaded from its own jar, taking turns on the
 * same document (src/bench/pair.sh): the fairest comparison on a machine whose speed drifts, since both see the
 * same drift. Arguments: the jar before, the jar after, MB, rounds. Prints ms per document for each, round by
 * round, and the median of the rounds' ratios.
 */
public final class JarPair {
    private static final int PER_TURN = 5;
    private static final long WARM_UP_SECONDS = 30;

    private JarPair() {
    }

    /** One build: its Ingester and Document.of, reached by reflection through its own class loader. */
    private record Build(String name, Object ingester, Method ingest, Method of) {
        static Build load(String name, Path jar) throws Exception {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> ingesterClass = loader.loadClass("lexcorpus.ingest.Ingester");
            Class<?> documentClass = loader.loadClass("lexcorpus.model.Document");
            Class<?> segmenterClass = loader.loadClass("lexcorpus.segment.WordSegmenter");
            Constructor<?> make = ingesterClass.getConstructor(segmenterClass);
            Object ingester = make.newInstance((Object) null);
            return new Build(name, ingester, ingesterClass.getMethod("ingest", documentClass),
                    documentClass.getMethod("of", String.class, String.class, String.class));
        }

        /** ms per document over {@code n} ingests of {@code text}. */
        double time(String text, int n) throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ingest.invoke(ingester, of.invoke(null, "bench", text, null));
            }
            return (System.nanoTime() - start) / 1e6 / n;
        }
    }

    public static void main(String[] args) throws Exception {
        Build before = Build.load("before", Path.of(args[0]));
        Build after = Build.load("after", Path.of(args[1]));
        double mb = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String text = BenchText.document(mb);
        // Both are warmed up by turns for WARM_UP_SECONDS before any turn is counted: a few turns leave the build with
        // more code still being compiled, and its ratio then falls round after round instead of holding.
        long warmEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            before.time(text, PER_TURN);
            after.time(text, PER_TURN);
        }
        List<Double> ratios = new ArrayList<>();
        double[] b = new double[rounds];
        double[] a = new double[rounds];
        System.out.printf(Locale.ROOT, "%5s %12s %12s %8s%n", "round", "before ms", "after ms", "ratio");
        for (int r = 0; r < rounds; r++) {
            // the order changes every round, so that neither build always runs right after a pause
            if (r % 2 == 0) {
                b[r] = before.time(text, PER_TURN);
                a[r] = after.time(text, PER_TURN);
            } else {
                a[r] = after.time(text, PER_TURN);
                b[r] = before.time(text, PER_TURN);
            }
            ratios.add(a[r] / b[r]);
            System.out.printf(Locale.ROOT, "%5d %12.1f %12.1f %8.3f%n", r + 1, b[r], a[r], a[r] / b[r]);
        }
        System.out.printf(Locale.ROOT, "%.1f MB, %d rounds of %d documents each: median before %.1f ms, after %.1f ms; median ratio after/before %.3f%n",
                mb, rounds, PER_TURN, median(b), median(a), median(ratios.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
