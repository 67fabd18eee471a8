package lexcorpus.bench;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import lexcorpus.ingest.TextDecoder;

/**
 * The baseline of src/bench/chain.sh: jieba-analysis by itself, one thread, segmenting every line of the
 * generated corpus (SegMode.SEARCH, as ingest does). Prints seconds and MB/s, dictionary load excluded (and
 * printed apart).
 */
public final class JiebaBaseline {
    private JiebaBaseline() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = BenchText.files(args[0]);
        java.io.PrintStream out = System.out;
        System.setOut(System.err); // jieba prints its load messages to stdout
        long load0 = System.nanoTime();
        JiebaSegmenter jieba = new JiebaSegmenter();
        jieba.process("预热", JiebaSegmenter.SegMode.SEARCH);
        double load = (System.nanoTime() - load0) / 1e9;
        System.setOut(out);
        long bytes = 0;
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            tokens += segment(jieba, TextDecoder.decode(b, null).text());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // the load is left out of the figure the benchmark compares with (ingest pays its own), and shown apart
        System.out.printf(Locale.ROOT, "jieba alone: %d tokens, %.1f s, %.2f MB/s; its dictionary load took %.1f s more%n",
                tokens, seconds, bytes / 1e6 / seconds, load);
    }

    /** The baseline's work on one text: every non-blank line through jieba's process (SEARCH); its token count. */
    static long segment(JiebaSegmenter jieba, String text) {
        long tokens = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                tokens += jieba.process(line, JiebaSegmenter.SegMode.SEARCH).size();
            }
        }
        return tokens;
    }
}
