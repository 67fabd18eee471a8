package lexcorpus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexcorpus.cli.LexCorpus;
import lexcorpus.cli.Streams;
import lexcorpus.io.Json;
import lexcorpus.model.Entity;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] gives the entity records of `ingest | extract | export --format jsonl`. */
class SparkJobTest {
    static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("lexcorpus-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The records of the command-line chain, in-process. */
    static List<String> cliRecords(Path input) throws Exception {
        byte[] docs = run(new byte[0], "ingest", "--no-tokens", "-q", input.toString());
        byte[] extracted = run(docs, "extract", "-q");
        return canonical(new String(run(extracted, "export", "-q", "--format", "jsonl"), StandardCharsets.UTF_8).split("\n"));
    }

    private static byte[] run(byte[] in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexCorpus.commandLine(new Streams(new ByteArrayInputStream(in), out, new PrintWriter(new StringWriter()))).execute(args);
        return out.toByteArray();
    }

    /** Records as JSON without nulls (Spark's JSON leaves null fields out) and without `schema`, sorted. */
    static List<String> canonical(String[] lines) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            ObjectNode n = (ObjectNode) Json.mapper().readTree(line);
            n.remove("schema");
            dropNulls(n);
            out.add(Json.mapper().writeValueAsString(n));
        }
        out.sort((a, b) -> {
            try {
                JsonNode x = Json.mapper().readTree(a);
                JsonNode y = Json.mapper().readTree(b);
                int c = x.get("doc").asText().compareTo(y.get("doc").asText());
                if (c == 0) {
                    c = Integer.compare(x.get("start").asInt(), y.get("start").asInt());
                }
                if (c == 0) {
                    c = Integer.compare(x.get("end").asInt(), y.get("end").asInt());
                }
                return c != 0 ? c : a.compareTo(b);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }

    private static void dropNulls(JsonNode n) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) {
                    it.remove();
                } else {
                    dropNulls(e.getValue());
                }
            }
        } else if (n.isArray()) {
            n.forEach(SparkJobTest::dropNulls);
        }
    }

    static List<String> sparkRecords(Path output) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var s = Files.list(output.resolve("entities"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p));
            }
        }
        return canonical(lines.toArray(String[]::new));
    }

    static void assertSameAsTheCommandLine(Path input, Path output) throws Exception {
        LexcorpusSpark.run(spark, LexcorpusSpark.Options.parse(new String[] {
            "--input", input.toString(), "--output", output.toString(), "--format", "jsonl"}));
        List<String> expected = cliRecords(input);
        List<String> got = sparkRecords(output);
        assertTrue(expected.size() > 50, "entities found: " + expected.size());
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), "record " + i);
        }
    }

    @Test
    void samplesGiveTheSameEntitiesAsTheCommandLine() throws Exception {
        Path input = tmp.resolve("in");
        Files.createDirectories(input.resolve("gb18030"));
        try (var s = Files.walk(Path.of("samples"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, input.resolve(Path.of("samples").relativize(p).toString()));
            }
        }
        Files.write(input.resolve("broken.bin"), new byte[] {1, 2, 0, 3});
        Path output = tmp.resolve("out");
        assertSameAsTheCommandLine(input, output);
        List<Row> errors = spark.read().json(output.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size());
        assertEquals("broken.bin", errors.get(0).getAs("input"));
        assertTrue(((String) errors.get(0).getAs("error")).startsWith("binary data"));

        // parquet, the default format, with the value as a struct
        Path parquet = tmp.resolve("parquet");
        LexcorpusSpark.run(spark, LexcorpusSpark.Options.parse(new String[] {"--input", input.toString(), "--output", parquet.toString()}));
        Dataset<Row> rows = spark.read().parquet(parquet.resolve("entities").toString());
        assertEquals(List.of("doc", "type", "text", "start", "end", "value"), List.of(rows.columns()));
        assertEquals(sparkRecords(output).size(), rows.count());
        assertEquals("CNY", rows.where("value.amount = '200000'").first().getStruct(5).getAs("currency"));
    }

    @Test
    void theJavaApiTakesADatasetOfDocuments() {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false),
                DataTypes.createStructField("date", DataTypes.StringType, true)));
        Dataset<Row> docs = spark.createDataFrame(List.of(
                RowFactory.create("a", "3月5日，依照民事诉讼法第一百条罚款10万元。", "2024-06-01"),
                RowFactory.create("b", "（2019）浙02知民初368号", null)), schema);
        List<Row> found = new SparkExtraction(Set.copyOf(Entity.TYPES)).entities(docs).orderBy("doc", "start").collectAsList();
        assertEquals(List.of("date", "statute", "money", "case_number"), found.stream().map(r -> (String) r.getAs("type")).toList());
        assertEquals("2024-03-05", found.get(0).getStruct(5).getAs("date"));
        assertEquals(100, ((Row) found.get(1).getStruct(5).getList(10).get(0)).getInt(0));
        assertEquals("100000", found.get(2).getStruct(5).getAs("amount"));
        assertEquals(368L, (long) found.get(3).getStruct(5).getAs("serial"));
    }

    @Test
    @Tag("shared")
    void theSharedCorpusGivesTheSameEntitiesAsTheCommandLine() throws Exception {
        String shared = System.getProperty("lexcorpus.shared", "");
        assertTrue(!shared.isBlank(), "needs -Dlexcorpus.shared");
        assertSameAsTheCommandLine(Path.of(shared, "corpus"), tmp.resolve("shared-out"));
    }
}
