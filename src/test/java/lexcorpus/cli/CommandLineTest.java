package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: exit codes, clean stdout, the pipe and the disk chain, '-'. */
class CommandLineTest {
    @TempDir
    Path tmp;

    static List<JsonNode> jsonLines(byte[] out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                records.add(Json.mapper().readTree(line)); // fails on anything that is not JSON
            }
        }
        return records;
    }

    @Test
    void versionAndHelp() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("lexcorpus "), v.out());
        for (String cmd : List.of("ingest", "extract", "export", "schema")) {
            Cli.Result h = Cli.run(cmd, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Example"), cmd + " --help shows examples");
        }
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        Cli.Result none = Cli.run();
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.stderr().contains("a command is required"), none.stderr());
        assertEquals(ExitCodes.USAGE, Cli.run("ingest", "--no-such-option").code());
        Cli.Result badType = Cli.run("extract", "--types", "dates");
        assertEquals(ExitCodes.USAGE, badType.code());
        assertTrue(badType.stderr().contains("unknown entity type 'dates'"));
        assertEquals(ExitCodes.USAGE, Cli.run("export", "--format", "xml").code());
        assertEquals(0, Cli.run("ingest", "--help").stdout().length == 0 ? 1 : 0);
    }

    @Test
    void ingestWritesOnlyDocumentRecordsToStdout() throws IOException {
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = jsonLines(r.stdout());
        assertEquals(4, docs.size());
        for (JsonNode d : docs) {
            assertEquals("lexcorpus.document/1", d.get("schema").asText());
        }
        assertEquals("gb18030/court-white-paper-excerpt.gb18030.txt", docs.get(2).get("id").asText());
        assertEquals("GB18030", docs.get(2).get("encoding").asText());
        assertEquals("", r.stderr(), "--quiet prints nothing when all goes well");
    }

    @Test
    void pipeAndCorpusGiveTheSameEntities() throws IOException {
        Cli.Result ingested = Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString());
        Cli.Result extracted = Cli.runWithInput(ingested.stdout(), "extract", "-q");
        assertEquals(0, extracted.code(), extracted.stderr());
        Cli.Result piped = Cli.runWithInput(extracted.stdout(), "export", "-q", "--format", "jsonl");
        assertEquals(0, piped.code(), piped.stderr());

        Path corpus = tmp.resolve("work");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString(), "--corpus", corpus.toString()).code());
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
        Cli.Result first = Cli.run("export", "-q", "--corpus", corpus.toString(), "--format", "jsonl");
        assertArrayEquals(piped.stdout(), first.stdout());

        // extract again: the corpus's entities are replaced, never doubled
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
        Cli.Result second = Cli.run("export", "-q", "--corpus", corpus.toString(), "--format", "jsonl");
        assertArrayEquals(first.stdout(), second.stdout());

        List<JsonNode> entities = jsonLines(piped.stdout());
        assertTrue(entities.size() > 50);
        for (String type : List.of("date", "money", "statute", "case_number")) {
            assertTrue(entities.stream().anyMatch(e -> e.get("type").asText().equals(type)), "samples hold a " + type);
        }
        JsonNode money = entities.stream().filter(e -> e.get("text").asText().equals("人民币贰拾万元整")).findFirst().orElseThrow();
        assertEquals("200000", money.get("value").get("amount").asText());
        assertEquals(List.of("doc", "type", "text", "start", "end", "value", "schema"), fieldNames(money));
    }

    @Test
    void linksAreTheSameFromThePipeAndFromACorpus() throws IOException {
        Cli.Result extracted = Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString()).stdout(), "extract", "-q");
        Cli.Result piped = Cli.runWithInput(extracted.stdout(), "export", "-q", "--what", "links", "--format", "jsonl");
        assertEquals(0, piped.code(), piped.stderr());
        Path corpus = tmp.resolve("links");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString(), "--corpus", corpus.toString()).code());
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
        Cli.Result stored = Cli.run("export", "-q", "--corpus", corpus.toString(), "--what", "links", "--format", "jsonl");
        assertEquals(0, stored.code(), stored.stderr());
        assertArrayEquals(piped.stdout(), stored.stdout());
        List<JsonNode> links = jsonLines(piped.stdout());
        for (String kind : List.of("cites_statute", "own_case", "cites_case")) {
            assertTrue(links.stream().anyMatch(l -> l.get("kind").asText().equals(kind)), "samples make a " + kind + " link");
        }
        JsonNode own = links.stream().filter(l -> l.get("kind").asText().equals("own_case")).findFirst().orElseThrow();
        assertEquals("（2023）苏01民终9876号", own.get("to").asText());
        assertEquals(List.of("doc", "kind", "from", "to", "to_type", "article", "paragraph", "item", "text", "start", "end", "schema"),
                fieldNames(own));
        assertEquals("lexcorpus.link/1", own.get("schema").asText());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void outputIsTheSameForAnyThreadCountAndRun() throws IOException {
        // sixty copies of samples/ (1.2 MB in 240 files): the threads get several batches each
        Path many = tmp.resolve("many");
        for (int k = 0; k < 60; k++) {
            Path copy = many.resolve(String.format("copy-%02d", k));
            for (Path f : lexcorpus.samples.Samples.files()) {
                Path to = copy.resolve(Cli.SAMPLES.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        byte[] one = chain(many, "--threads", "1");
        byte[] four = chain(many, "--threads", "4");
        try (var csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().build()
                .parse(new java.io.StringReader(new String(one, StandardCharsets.UTF_8)))) {
            assertEquals(240, csv.stream().map(r -> r.get("doc")).distinct().count(), "entities from every file");
        }
        assertArrayEquals(one, four);
        assertArrayEquals(one, chain(many, "--threads", "4"));
        assertArrayEquals(chain(Cli.SAMPLES, "--threads", "1"), chain(Cli.SAMPLES, "--threads", "2"));
    }

    @Test
    void recordsOnStandardInputGiveTheSameOutputAndErrorsOnAnyThreadCount() throws IOException {
        // the workers parse the lines: results, and the failures of bad lines, still come in input order
        List<Path> utf8 = lexcorpus.samples.Samples.files().stream().filter(f -> !f.toString().contains("gb18030")).toList();
        StringBuilder in = new StringBuilder();
        List<Integer> badLines = new ArrayList<>();
        int k = 0;
        for (int copy = 0; copy < 30; copy++) {
            for (Path f : utf8) {
                var record = Json.mapper().createObjectNode().put("id", "r" + k++).put("text", Files.readString(f));
                in.append(Json.mapper().writeValueAsString(record)).append('\n');
            }
            if (copy % 10 == 0) {
                in.append("{\"id\": \"cut\", \"text\": \n");
                badLines.add(k + badLines.size() + 1); // its line number
            }
        }
        byte[] input = in.toString().getBytes(StandardCharsets.UTF_8);
        Path errors1 = tmp.resolve("errors-1.jsonl");
        Path errors4 = tmp.resolve("errors-4.jsonl");
        Cli.Result one = Cli.runWithInput(input, "ingest", "--no-tokens", "-q", "--format", "jsonl", "--threads", "1",
                "--errors", errors1.toString(), "-");
        Cli.Result four = Cli.runWithInput(input, "ingest", "--no-tokens", "-q", "--format", "jsonl", "--threads", "4",
                "--errors", errors4.toString(), "-");
        assertEquals(ExitCodes.INPUT_FAILED, one.code(), one.stderr());
        assertEquals(k, jsonLines(one.stdout()).size());
        assertArrayEquals(one.stdout(), four.stdout());
        List<String> failures = Files.readAllLines(errors1);
        assertEquals(badLines.size(), failures.size(), failures.toString());
        for (int i = 0; i < badLines.size(); i++) {
            assertTrue(failures.get(i).contains("line " + badLines.get(i) + ": not valid JSON"), failures.get(i));
        }
        assertEquals(failures, Files.readAllLines(errors4));
    }

    private static byte[] chain(Path input, String... threads) {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-tokens", "-q", input.toString()));
        args.addAll(List.of(threads));
        Cli.Result in = Cli.run(args.toArray(String[]::new));
        List<String> ex = new ArrayList<>(List.of("extract", "-q"));
        ex.addAll(List.of(threads));
        Cli.Result ext = Cli.runWithInput(in.stdout(), ex.toArray(String[]::new));
        return Cli.runWithInput(ext.stdout(), "export", "-q", "--format", "csv").stdout();
    }

    @Test
    void exportOrderDoesNotDependOnInputOrder() throws IOException {
        byte[] extracted = Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString()).stdout(), "extract", "-q").stdout();
        String[] lines = new String(extracted, StandardCharsets.UTF_8).split("\n");
        List<String> reversed = new ArrayList<>(List.of(lines));
        java.util.Collections.reverse(reversed);
        byte[] shuffled = (String.join("\n", reversed) + "\n").getBytes(StandardCharsets.UTF_8);
        for (String format : List.of("jsonl", "csv", "json")) {
            assertArrayEquals(Cli.runWithInput(extracted, "export", "-q", "--format", format).stdout(),
                    Cli.runWithInput(shuffled, "export", "-q", "--format", format).stdout(), format);
        }
        List<JsonNode> records = jsonLines(Cli.runWithInput(shuffled, "export", "-q").stdout());
        for (int i = 1; i < records.size(); i++) {
            JsonNode a = records.get(i - 1);
            JsonNode b = records.get(i);
            int byDoc = a.get("doc").asText().compareTo(b.get("doc").asText());
            assertTrue(byDoc < 0 || byDoc == 0 && a.get("start").asInt() <= b.get("start").asInt(), "sorted by doc, then start");
        }
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        byte[] text = "依照《中华人民共和国民法典》第一千一百六十五条，赔偿损失5万元。".getBytes(StandardCharsets.UTF_8);
        Cli.Result r = Cli.runWithInput(text, "ingest", "--no-tokens", "-q", "-");
        assertEquals(0, r.code(), r.stderr());
        JsonNode doc = jsonLines(r.stdout()).get(0);
        assertEquals("stdin", doc.get("id").asText());

        byte[] records = "{\"id\": \"a/1\", \"text\": \"2024年3月5日支付10万元\", \"date\": \"2024-03-01\"}\n".getBytes(StandardCharsets.UTF_8);
        Cli.Result ex = Cli.runWithInput(records, "extract", "-q", "-");
        assertEquals(0, ex.code(), ex.stderr());
        Cli.Result out = Cli.runWithInput(ex.stdout(), "export", "-q", "-", "--format", "csv");
        assertTrue(out.out().contains("a/1,money,10万元,11,15,"), out.out());
    }

    @Test
    void aBadFileIsNamedAndTheOthersAreStillProcessed() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "2024年3月5日，罚款10万元。");
        Files.write(dir.resolve("b.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(dir.resolve("c.txt"), "依照民事诉讼法第一百条。");
        Cli.Result r = Cli.run("ingest", "--no-tokens", dir.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("lexcorpus: b.bin: binary data"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        List<JsonNode> docs = jsonLines(r.stdout());
        assertEquals(List.of("a.txt", "c.txt"), docs.stream().map(d -> d.get("id").asText()).toList());
    }

    @Test
    void aMissingPathFailsWithItsName() {
        Cli.Result r = Cli.run("ingest", "--no-tokens", "no/such/file.txt");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("no/such/file.txt: no such file or directory"), r.stderr());
        assertEquals(0, r.stdout().length);
    }
}
