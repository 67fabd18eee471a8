package lexcorpus.bench;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.io.Json;
import lexcorpus.model.Document;
import lexcorpus.segment.JiebaWordSegmenter;
import lexcorpus.segment.WordSegmenter;

/**
 * Where ingest with tokens spends its time, in one process and one thread, file by file over a corpus
 * (src/bench/breakdown.sh): decoding, hashing, the calls to word segmentation, the rest of ingest, and the
 * record's JSON; and ingest without tokens on the same texts. Several rounds: the first ones warm the JIT.
 * Each round also times jieba-analysis alone on the same texts, as the chain benchmark's baseline does
 * (its own process, line by line): the in-process figure to set ingest against.
 */
public final class IngestBreakdown {
    private IngestBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = BenchText.files(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        WordSegmenter jieba = JiebaWordSegmenter.instance();
        long[] segmenting = {0};
        WordSegmenter timed = (text, sink) -> {
            // the tokens are handed on after the clock stops: their bookkeeping is ingest's, not jieba's
            int[] spans = new int[2 * text.length() + 2];
            int[] n = {0};
            long t = System.nanoTime();
            jieba.segment(text, (start, end) -> {
                spans[n[0]++] = start;
                spans[n[0]++] = end;
            });
            segmenting[0] += System.nanoTime() - t;
            for (int i = 0; i < n[0]; i += 2) {
                sink.token(spans[i], spans[i + 1]);
            }
        };
        Ingester withTokens = new Ingester(timed);
        Ingester without = new Ingester(null);
        JiebaSegmenter alone = new JiebaSegmenter(); // the dictionaries are already loaded
        for (int round = 1; round <= rounds; round++) {
            long bytes = 0;
            long decode = 0;
            long hash = 0;
            long ingest = 0;
            long json = 0;
            long noTokens = 0;
            long baseline = 0;
            segmenting[0] = 0;
            for (Path f : files) {
                byte[] b = Files.readAllBytes(f);
                bytes += b.length;
                long t0 = System.nanoTime();
                TextDecoder.Decoded d = TextDecoder.decode(b, null);
                long t1 = System.nanoTime();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
                long t2 = System.nanoTime();
                Document doc = withTokens.ingest(Document.of(f.toString(), d.text(), null).withSource(d.encoding(), sha));
                long t3 = System.nanoTime();
                byte[] record = doc.toJson(Json.mapper());
                long t4 = System.nanoTime();
                without.ingest(Document.of(f.toString(), d.text(), null));
                long t5 = System.nanoTime();
                JiebaBaseline.segment(alone, d.text());
                long t6 = System.nanoTime();
                baseline += t6 - t5;
                decode += t1 - t0;
                hash += t2 - t1;
                ingest += t3 - t2;
                json += t4 - t3;
                noTokens += t5 - t4;
                if (record.length == 0) {
                    throw new IllegalStateException("no record for " + f);
                }
            }
            System.out.printf(Locale.ROOT, "round %d, %.0f MB: segmentation calls %.2f s; ingest besides them %.2f s; record JSON %.2f s;"
                            + " decoding %.2f s; hash %.2f s; ingest without tokens %.2f s; jieba alone, line by line %.2f s%n", round, bytes / 1e6,
                    segmenting[0] / 1e9, (ingest - segmenting[0]) / 1e9, json / 1e9, decode / 1e9, hash / 1e9, noTokens / 1e9, baseline / 1e9);
        }
    }
}
