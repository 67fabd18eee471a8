package lexcorpus.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import lexcorpus.export.Records;
import lexcorpus.extract.Extraction;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.Json;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.segment.JiebaWordSegmenter;
import lexcorpus.text.AlignedText;
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
 * One stage at a time over one document of {@code mb} MB, on one thread (or more, each running the stage over
 * the same text: {@link BenchMain}). Each operation processes the whole document, so MB/s = threads × mb /
 * (seconds per operation): {@link BenchMain} prints that table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Duser.language=en"})
public class StageBenchmark {
    @Param({"2"})
    public double mb;

    String text;
    AlignedText clean;
    Document extracted;
    Ingester plain;
    Ingester withTokens;
    Extraction dateMoney;
    Extraction all;
    List<String> sentences;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        text = BenchText.document(mb);
        clean = Normalizer.normalize(text);
        plain = new Ingester(null);
        withTokens = new Ingester(JiebaWordSegmenter.instance());
        dateMoney = new Extraction(Set.of(Entity.DATE, Entity.MONEY));
        all = new Extraction(Set.copyOf(Entity.TYPES));
        Document d = plain.ingest(Document.of("bench", text, null));
        extracted = d.withEntities(all.extract("bench", clean, "2024-01-01"));
        sentences = lexcorpus.export.Records.of("sentences", d).stream().map(r -> r.get("text").asText()).toList();
    }

    @Benchmark
    public Object clean() {
        return Normalizer.normalize(text);
    }

    @Benchmark
    public Object ingestWithoutTokens() {
        return plain.ingest(Document.of("bench", text, null));
    }

    @Benchmark
    public Object ingestWithTokens() {
        return withTokens.ingest(Document.of("bench", text, null));
    }

    /** The baseline for ingest with tokens: jieba-analysis segmenting the same sentences by itself. */
    @Benchmark
    public int jiebaAlone() {
        int n = 0;
        com.huaban.analysis.jieba.JiebaSegmenter jieba = new com.huaban.analysis.jieba.JiebaSegmenter();
        for (String s : sentences) {
            n += jieba.process(s, com.huaban.analysis.jieba.JiebaSegmenter.SegMode.SEARCH).size();
        }
        return n;
    }

    @Benchmark
    public Object extractDatesAndMoney() {
        return dateMoney.extract("bench", Normalizer.normalize(text), "2024-01-01");
    }

    @Benchmark
    public Object extractAll() {
        return all.extract("bench", Normalizer.normalize(text), "2024-01-01");
    }

    @Benchmark
    public long exportEntitiesJsonl() throws Exception {
        long n = 0;
        for (var r : Records.of("entities", extracted)) {
            n += Json.mapper().writeValueAsBytes(r).length;
        }
        return n;
    }
}
