package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lexcorpus.export.CsvRecordWriter;
import lexcorpus.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/reliability.md, "Messages, outputs and side files": every failure one line naming the input and the
 * reason; outputs that never replace what is not a regular file; files with the umask's mode; the format
 * from -o's extension; what export refuses to do silently.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OutputReliabilityTest {
    private static final String GOOD = "2024年3月5日，依照民事诉讼法第一百条，罚款10万元。";

    @TempDir
    Path tmp;

    private static byte[] extracted() {
        return Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", "samples").stdout(), "extract", "-q").stdout();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    @Test
    void errorsFileOnADeviceIsWrittenInPlaceNotReplaced() throws Exception {
        // a null device of our own (as /dev/null is: char 1,3), so that a regression cannot replace the machine's
        Path devNull = tmp.resolve("null");
        assertEquals(0, new ProcessBuilder("mknod", "-m", "666", devNull.toString(), "c", "1", "3").start().waitFor());
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--errors", devNull.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "the device is still a device");
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("null"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file beside it");
        }
    }

    @Test
    void errorsFileOnAFifoIsWrittenIntoTheFifo() throws Exception {
        Path fifo = tmp.resolve("errors.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--errors", fifo.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        JsonNode line = Json.mapper().readTree(read.get(60, TimeUnit.SECONDS));
        assertEquals("no such file or directory", line.get("error").asText());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still a FIFO");
    }

    @Test
    void outputsAreWrittenThroughASymbolicLinkWhichStays() throws Exception {
        Path real = tmp.resolve("real.csv");
        Path link = tmp.resolve("link.csv");
        Files.writeString(real, "old");
        Files.createSymbolicLink(link, real.getFileName());
        Cli.Result r = Cli.runWithInput(extracted(), "export", "-q", "-o", link.toString());
        assertEquals(0, r.code(), r.stderr());
        assertTrue(Files.isSymbolicLink(link), "-o: the link is not replaced");
        assertTrue(Files.readString(real).startsWith("doc,type,text,start,end"), "the file it names holds the CSV");

        Path errorsReal = tmp.resolve("errors.jsonl");
        Path errorsLink = tmp.resolve("errors-link.jsonl");
        Files.createSymbolicLink(errorsLink, errorsReal);
        Cli.Result e = Cli.run("ingest", "--no-tokens", "-q", "--errors", errorsLink.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.INPUT_FAILED, e.code());
        assertTrue(Files.isSymbolicLink(errorsLink), "--errors: the link is not replaced");
        assertTrue(Files.readString(errorsReal).contains("no such file or directory"));
    }

    @Test
    void writtenFilesTakeTheUmasksModeAndAReplacedFileKeepsItsOwn() throws Exception {
        Files.write(tmp.resolve("in.jsonl"), extracted());
        Shell.Result r = Shell.run(tmp, "umask 022 && lc export -q -o \"$T/a.jsonl\" \"$T/in.jsonl\""
                + " && umask 027 && lc export -q -o \"$T/b.jsonl\" \"$T/in.jsonl\" --errors \"$T/b.errors\""
                + " && touch \"$T/c.jsonl\" && chmod 604 \"$T/c.jsonl\" && umask 077 && lc export -q -o \"$T/c.jsonl\" \"$T/in.jsonl\"", 120);
        assertEquals(0, r.code(), r.err());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("a.jsonl"))));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("b.jsonl"))));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("b.errors"))));
        assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("c.jsonl"))));
        assertTrue(Files.size(tmp.resolve("a.jsonl")) > 1000);
    }

    @Test
    void anErrorsFileThatCannotBeWrittenStopsTheRunBeforeAnyWork() throws IOException {
        Files.writeString(tmp.resolve("afile"), "a file");
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--errors", tmp.resolve("afile").resolve("e.jsonl").toString(), "samples");
        assertEquals(ExitCodes.FATAL, r.code(), r.stderr());
        assertEquals(List.of("lexcorpus: cannot write --errors file " + tmp.resolve("afile").resolve("e.jsonl") + ": " + tmp.resolve("afile")
                + " is a file, not a folder"), lines(r.stderr()));
        assertEquals(0, r.stdout().length, "nothing was done");
        Cli.Result sys = Cli.run("ingest", "--no-tokens", "-q", "--errors", "/sys/lexcorpus-errors.jsonl", "samples");
        assertEquals(ExitCodes.FATAL, sys.code(), sys.stderr());
        assertEquals(List.of("lexcorpus: cannot write --errors file /sys/lexcorpus-errors.jsonl: permission denied"), lines(sys.stderr()));
    }

    @Test
    void messagesGiveAReasonNeverAJavaClassOrABarePath() {
        Cli.Result lock = Cli.run("extract", "-q", "--corpus", "/sys");
        assertEquals(ExitCodes.FATAL, lock.code());
        assertEquals(List.of("lexcorpus: cannot use /sys/.lock: permission denied"), lines(lock.stderr()));
        Cli.Result out = Cli.runWithInput(extracted(), "export", "-q", "-o", "/sys/lexcorpus.csv");
        assertEquals(ExitCodes.FATAL, out.code());
        assertEquals(List.of("lexcorpus: cannot write /sys/lexcorpus.csv: permission denied"), lines(out.stderr()));
        Cli.Result missing = Cli.run("extract", "-q", tmp.resolve("missing.jsonl").toString());
        assertEquals(List.of("lexcorpus: cannot read " + tmp.resolve("missing.jsonl") + ": no such file or directory"), lines(missing.stderr()));
        for (Cli.Result r : List.of(lock, out, missing)) {
            assertFalse(r.stderr().contains("Exception"), r.stderr());
        }
    }

    @Test
    void idsAreEscapedInMessages() {
        String id = "a\u001b[31mred\r\nlexcorpus: z.txt: forged\u2028x";
        String input = "{\"id\":" + Json.mapper().valueToTree(id) + ",\"text\":\"\"}\n{\"id\":\"b\",\"text\":\"" + GOOD + "\"}\n";
        Cli.Result r = Cli.runWithInput(utf8(input), "ingest", "--no-tokens", "-q", "--format", "jsonl");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: a\\e[31mred\\r\\nlexcorpus: z.txt: forged\\u2028x: empty text"), lines(r.stderr()));
        assertFalse(r.stderr().chars().anyMatch(c -> c == 0x1B || c == '\r' || c == 0x2028));
    }

    @Test
    void aBadGlobAndAnUnknownEncodingAreUsageErrors() {
        Cli.Result glob = Cli.runWithInput(extracted(), "export", "-q", "--docs", "[abc");
        assertEquals(ExitCodes.USAGE, glob.code(), glob.stderr());
        assertTrue(glob.stderr().startsWith("--docs: not a glob (a [ without its ]): [abc"), glob.stderr());
        Cli.Result enc = Cli.run("ingest", "-q", "--encoding", "bogus", "samples");
        assertEquals(ExitCodes.USAGE, enc.code(), enc.stderr());
        assertTrue(enc.stderr().startsWith("--encoding: unknown encoding 'bogus'"), enc.stderr());
        assertEquals(0, enc.stdout().length);
    }

    @Test
    void exportNamesABadRecordAndGoesOnWithTheNext() throws IOException {
        String input = "{\"id\":\"a\",\"entities\":[1]}\n"
                + "{\"id\":\"b\",\"entities\":[{\"type\":\"money\",\"text\":\"5元\",\"start\":0,\"end\":2}]}\n"
                + "{\"id\":\"c\\u0000d\",\"entities\":[{\"type\":\"date\",\"text\":\"3月\",\"start\":1,\"end\":3}]}\n";
        Cli.Result r = Cli.runWithInput(utf8(input), "export", "-q");
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        assertEquals(List.of("lexcorpus: stdin:1: entity 1 of the record is not an object"), lines(r.stderr()));
        assertEquals(List.of("b", "c\u0000d"), CommandLineTest.jsonLines(r.stdout()).stream().map(n -> n.get("doc").asText()).toList());
        Cli.Result glob = Cli.runWithInput(utf8(input), "export", "-q", "--docs", "c*");
        assertEquals(List.of("c\u0000d"), CommandLineTest.jsonLines(glob.stdout()).stream().map(n -> n.get("doc").asText()).toList());
        assertFalse(glob.stderr().contains("Exception"), glob.stderr());
    }

    @Test
    void exportOfRecordsThatWereNeverExtractedIsAFailure() {
        byte[] ingested = Cli.run("ingest", "--no-tokens", "-q", "samples").stdout();
        Cli.Result r = Cli.runWithInput(ingested, "export", "-q", "--format", "csv");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: stdin: 4 document records have no entities (not extracted): run lexcorpus extract before export,"
                + " as in lexcorpus ingest … | lexcorpus extract | lexcorpus export"), lines(r.stderr()));
        assertEquals(0, Cli.runWithInput(ingested, "export", "-q", "--what", "articles").code(), "other kinds need no entities");
    }

    @Test
    void theFormatComesFromTheOutputsExtensionAndExcelMeansCsv() throws IOException {
        byte[] in = extracted();
        for (String[] c : new String[][] {{"e.csv", "doc,type,text"}, {"e.json", "["}, {"e.jsonl", "{\"doc\""}, {"e.ndjson", "{\"doc\""}}) {
            Path out = tmp.resolve(c[0]);
            assertEquals(0, Cli.runWithInput(in, "export", "-q", "-o", out.toString()).code());
            assertTrue(Files.readString(out).startsWith(c[1]), c[0] + ": " + Files.readString(out).substring(0, 20));
        }
        assertTrue(Cli.runWithInput(in, "export", "-q", "--format", "jsonl", "-o", tmp.resolve("x.csv").toString()).code() == 0
                && Files.readString(tmp.resolve("x.csv")).startsWith("{"), "--format wins over the extension");
        Cli.Result excel = Cli.runWithInput(in, "export", "-q", "--excel");
        assertTrue(excel.out().startsWith("\uFEFFdoc,type,text"), "--excel alone: CSV for spreadsheets");
        Cli.Result conflict = Cli.runWithInput(in, "export", "-q", "--excel", "--format", "json");
        assertEquals(ExitCodes.USAGE, conflict.code());
        assertTrue(conflict.stderr().startsWith("--excel is for CSV, not json"), conflict.stderr());
    }

    @Test
    void excelGuardsFormulaLookAlikes() throws IOException {
        for (String cell : List.of("=1+1", "\uFF1D1+1", "\u00A0=1+1", "\u2028=1+1", " +1", "\u3000@SUM(A1)", "\uFF0D1", "\tx", "\uFEFF=1")) {
            assertTrue(CsvRecordWriter.formulaLike(cell), cell);
        }
        for (String cell : List.of("", "1+1", "a=1", "（=1）", "人民币=1")) {
            assertFalse(CsvRecordWriter.formulaLike(cell), cell);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecordWriter w = new CsvRecordWriter(out, "paragraphs", true);
        com.fasterxml.jackson.databind.node.ObjectNode r = Json.mapper().createObjectNode();
        r.put("doc", "\uFF1D1+1");
        r.put("text", "\u00A0=HYPERLINK(\"x\")");
        w.write(r);
        w.finish();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n'\uFF1D1+1,,\"'\u00A0=HYPERLINK(\"\"x\"\")\""), csv);
    }

    @Test
    void lineSeparatorsAreEscapedInJsonLines() throws IOException {
        Path f = tmp.resolve("sep.txt");
        Files.writeString(f, "2024年3月5日\u2028罚款10万元\u2029。");
        Cli.Result ingested = Cli.run("ingest", "--no-tokens", "-q", f.toString());
        Cli.Result extractedOut = Cli.runWithInput(ingested.stdout(), "extract", "-q");
        Cli.Result exported = Cli.runWithInput(extractedOut.stdout(), "export", "-q", "--what", "paragraphs");
        String foreign = "{\"id\":\"f\",\"text\":\"罚款5万元\u2028\",\"metadata\":{},\"x\":\"\u2029\"}\n";
        Cli.Result passedThrough = Cli.runWithInput(utf8(foreign), "extract", "-q");
        for (Cli.Result r : List.of(ingested, extractedOut, exported, passedThrough)) {
            assertEquals(0, r.code(), r.stderr());
            assertFalse(r.out().contains("\u2028") || r.out().contains("\u2029"), r.out());
        }
        for (Cli.Result r : List.of(ingested, extractedOut, passedThrough)) {
            assertTrue(r.out().contains("\\u2028") && r.out().contains("\\u2029"), r.out());
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        com.fasterxml.jackson.databind.node.ObjectNode rec = Json.mapper().createObjectNode();
        rec.put("text", "a\u2028b\u2029c");
        new lexcorpus.export.JsonLinesWriter(lines).write(rec);
        assertEquals("{\"text\":\"a\\u2028b\\u2029c\"}\n", lines.toString(StandardCharsets.UTF_8));
        assertEquals("2024年3月5日\u2028罚款10万元\u2029。", CommandLineTest.jsonLines(ingested.stdout()).get(0).get("text").asText());
        assertEquals(3, CommandLineTest.jsonLines(exported.stdout()).size(), "a paragraph ends at each separator");
    }

    @Test
    void extractOfATextFileSaysSoOnce() throws IOException {
        Path f = tmp.resolve("file.txt");
        Files.writeString(f, (GOOD + "\n").repeat(50));
        Cli.Result r = Cli.run("extract", "-q", f.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: " + f + ": not JSON Lines (its first line is not a JSON object): extract and export read the records"
                + " ingest writes, as in lexcorpus ingest FILE | lexcorpus extract"), lines(r.stderr()));
        Cli.Result e = Cli.run("export", "-q", f.toString());
        assertEquals(ExitCodes.INPUT_FAILED, e.code());
        assertEquals(1, lines(e.stderr()).size(), e.stderr() + "|");
    }

    @Test
    void ingestReadsJsonLinesFilesAsRecords() throws IOException {
        Path f = tmp.resolve("records.jsonl");
        Files.writeString(f, "{\"id\":\"r1\",\"text\":\"" + GOOD + "\"}\n{\"id\":\"r2\",\"text\":\"罚款5万元\",\"date\":\"2024-01-02\"}\n");
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--format", "jsonl", f.toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = CommandLineTest.jsonLines(r.stdout());
        assertEquals(List.of("r1", "r2"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals(GOOD, docs.get(0).get("text").asText());
        Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\":\"r3\",\"text\":\"x\"}\n{\"id\":\n");
        Cli.Result bad = Cli.run("ingest", "--no-tokens", "-q", "--format", "jsonl", tmp.resolve("bad.jsonl").toString());
        assertEquals(ExitCodes.INPUT_FAILED, bad.code());
        assertTrue(bad.stderr().startsWith("lexcorpus: bad.jsonl: line 2: not valid JSON"), bad.stderr());
    }
}
