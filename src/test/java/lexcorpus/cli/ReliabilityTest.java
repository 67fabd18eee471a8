package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import lexcorpus.extract.Extraction;
import lexcorpus.corpus.Corpus;
import lexcorpus.model.Entity;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per row of docs/reliability.md: what the user sees, the exit code, and what is kept. */
class ReliabilityTest {
    private static final String GOOD = "2024年3月5日，依照民事诉讼法第一百条，罚款10万元。";

    @TempDir
    Path tmp;

    private Path folderWith(String name, byte[] bad) throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a-good.txt"), GOOD);
        Files.write(dir.resolve(name), bad);
        Files.writeString(dir.resolve("z-good.txt"), GOOD);
        return dir;
    }

    private void assertBadFileNamed(String name, byte[] bytes, String reason) throws IOException {
        Cli.Result r = Cli.run("ingest", "--no-tokens", folderWith(name, bytes).toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        assertTrue(r.stderr().contains("lexcorpus: " + name + ": " + reason), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        List<JsonNode> docs = CommandLineTest.jsonLines(r.stdout());
        assertEquals(List.of("a-good.txt", "z-good.txt"), docs.stream().map(d -> d.get("id").asText()).toList());
    }

    @Test
    void emptyFile() throws IOException {
        assertBadFileNamed("empty.txt", new byte[0], "empty file");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        assertBadFileNamed("blank.txt", " \n\t\u3000\n".getBytes(StandardCharsets.UTF_8), "no text (only whitespace)");
    }

    @Test
    void binaryFiles() throws IOException {
        assertBadFileNamed("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "binary data");
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        Path dir = tmp.resolve("in");
        Files.write(dir.resolve("archive.zip"), zip.toByteArray());
        Cli.Result r = Cli.run("ingest", "--no-tokens", dir.resolve("archive.zip").toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("archive.zip: binary data"), r.stderr());
    }

    @Test
    void invalidUtf8InTheMiddle() throws IOException {
        byte[] good = (GOOD + GOOD + GOOD).getBytes(StandardCharsets.UTF_8);
        int at = GOOD.substring(0, 20).getBytes(StandardCharsets.UTF_8).length;
        byte[] bad = new byte[good.length + 1];
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0xFF;
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        assertBadFileNamed("broken.txt", bad, "not valid UTF-8: bad byte at offset " + at);
    }

    @Test
    void gb18030AndUtf16FilesAreRead() throws IOException {
        Path dir = tmp.resolve("enc");
        Files.createDirectories(dir);
        Files.write(dir.resolve("gbk.txt"), GOOD.getBytes("GB18030"));
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_16BE);
        byte[] utf16 = new byte[body.length + 2];
        utf16[0] = (byte) 0xFE;
        utf16[1] = (byte) 0xFF;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Files.write(dir.resolve("utf16.txt"), utf16);
        Files.writeString(dir.resolve("utf8.txt"), GOOD);
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", dir.toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = CommandLineTest.jsonLines(r.stdout());
        assertEquals(List.of("GB18030", "UTF-16BE", "UTF-8"), docs.stream().map(d -> d.get("encoding").asText()).toList());
        for (JsonNode d : docs) {
            assertEquals(GOOD, d.get("text").asText());
        }
        Cli.Result forced = Cli.run("ingest", "--no-tokens", "-q", "--encoding", "GB18030", dir.resolve("gbk.txt").toString());
        assertEquals(GOOD, CommandLineTest.jsonLines(forced.stdout()).get(0).get("text").asText());
    }

    @Test
    void longLinesAndALineWithoutBreaks() throws IOException {
        Path dir = tmp.resolve("long");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("one-line.txt"), GOOD.repeat(100_000)); // about 7 MB, no line break
        Files.writeString(dir.resolve("mb-lines.txt"), (GOOD.repeat(15_000) + "\n").repeat(3)); // lines of about 1 MB
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("ingest", "--no-tokens", "-q", dir.toString()));
        assertEquals(0, r.code(), r.stderr());
        Cli.Result e = Cli.runWithInput(r.stdout(), "extract", "-q", "--types", "money");
        assertEquals(0, e.code());
        long amounts = CommandLineTest.jsonLines(Cli.runWithInput(e.stdout(), "export", "-q").stdout()).size();
        assertEquals(100_000 + 45_000, amounts);
    }

    @Test
    void missingPathAndUnreadableEntries() throws IOException {
        Path dir = tmp.resolve("links");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ok.txt"), GOOD);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), tmp.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        // links are followed with --follow only (InputReliabilityTest: not followed by default)
        Cli.Result r = Cli.run("ingest", "--no-tokens", "--follow", dir.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("dangling.txt: cannot be read"), r.stderr());
        assertTrue(r.stderr().contains("loop: a folder that links back to itself"), r.stderr());
        assertTrue(r.stderr().contains("missing.txt: no such file or directory"), r.stderr());
        assertEquals(1, CommandLineTest.jsonLines(r.stdout()).size());
    }

    @Test
    void aFolderOfTenThousandFiles() throws IOException {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(dir.resolve(String.format("%05d.txt", i)), i + "元");
        }
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run("ingest", "--no-tokens", "-q", dir.toString()));
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = CommandLineTest.jsonLines(r.stdout());
        assertEquals(10_000, docs.size());
        assertEquals("00000.txt", docs.get(0).get("id").asText());
        assertEquals("09999.txt", docs.get(9_999).get("id").asText());
    }

    @Test
    void jsonLinesInputWithBrokenRecords() throws IOException {
        String input = "{\"id\": \"a\", \"text\": \"" + GOOD + "\"}\n"
                + "{\"id\": \"b\", \"text\": \n"
                + "{\"id\": \"c\"}\n"
                + "[1, 2]\n"
                + "{\"id\": \"../../etc/x\", \"text\": \"罚款5万元\"}\n"
                + "{\"id\": \"a/b\\u0000c:*?\", \"text\": \"罚款6万元\"}\n";
        Path corpus = tmp.resolve("work");
        Cli.Result r = Cli.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "ingest", "--no-tokens", "--format", "jsonl", "-");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("line 2: not valid JSON"), r.stderr());
        assertTrue(r.stderr().contains("c: a record without text"), r.stderr());
        assertTrue(r.stderr().contains("line 4: not a JSON object"), r.stderr());
        List<JsonNode> docs = CommandLineTest.jsonLines(r.stdout());
        assertEquals(List.of("a", "../../etc/x", "a/b\u0000c:*?"), docs.stream().map(d -> d.get("id").asText()).toList());

        // ids are data, never paths: nothing is written outside the corpus directory
        Cli.Result e = Cli.runWithInput(r.stdout(), "extract", "-q");
        assertEquals(0, e.code());
        Files.createDirectories(corpus);
        Files.write(tmp.resolve("docs.jsonl"), r.stdout());
        Cli.Result c = Cli.run("extract", "-q", tmp.resolve("docs.jsonl").toString());
        assertEquals(0, c.code());
        try (var s = Files.walk(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("x")), "no file named after an id");
        }
    }

    @Test
    void anOutputThatCannotBeWritten() throws Exception {
        Files.writeString(tmp.resolve("afile"), "not a folder");
        Cli.Result r = Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", "samples/judgment-excerpt.txt").stdout(),
                "export", "-q", "-o", tmp.resolve("afile").resolve("out.csv").toString());
        assertEquals(ExitCodes.FATAL, r.code());
        assertTrue(r.stderr().startsWith("lexcorpus: cannot write"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        if (Files.exists(Path.of("/dev/full"))) {
            Cli.Result full = Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", "samples").stdout(),
                    "extract", "-q");
            Process p = ProcessTest.start(tmp, "export", "-q", "-o", "/dev/full");
            try (var out = p.getOutputStream()) {
                out.write(full.stdout());
            } catch (IOException ignored) {
                // the process may have stopped reading
            }
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> p.waitFor());
            String err = Files.readString(tmp.resolve("err"));
            assertEquals(ExitCodes.FATAL, p.exitValue(), err);
            assertTrue(err.startsWith("lexcorpus: cannot write /dev/full"), err);
            assertTrue(Files.exists(Path.of("/dev/full")) && !Files.isRegularFile(Path.of("/dev/full")), "a device is never replaced");
        }
    }

    @Test
    void standardOutputClosedEarly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' lexcorpus.cli.Main ingest --no-tokens samples samples samples"
                + " | head -c 10 > /dev/null; echo \"${PIPESTATUS[0]}\" > '" + tmp.resolve("status") + "'";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectError(tmp.resolve("err").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("err"));
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertEquals("0", Files.readString(tmp.resolve("status")).strip(), err);
    }

    @Test
    void aFullDiskBehindStandardOutputIsAFailureNotAClosedPipe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' lexcorpus.cli.Main ingest -q --no-tokens samples > /dev/full";
        Process p = new ProcessBuilder("bash", "-c", cmd).redirectError(tmp.resolve("err").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("err"));
        assertEquals(ExitCodes.FATAL, p.exitValue(), err);
        assertTrue(err.startsWith("lexcorpus: cannot write standard output: No space left on device"), err);
        assertTrue(Files.exists(Path.of("/dev/full")) && !Files.isRegularFile(Path.of("/dev/full")));
    }

    @Test
    void aSecondRunOnALockedCorpusIsRefused() throws IOException {
        Path corpus = tmp.resolve("work");
        try (Corpus held = Corpus.openForWriting(corpus)) {
            Cli.Result r = Cli.run("ingest", "--no-tokens", "samples", "--corpus", corpus.toString());
            assertEquals(ExitCodes.FATAL, r.code());
            assertTrue(r.stderr().contains("is in use by another lexcorpus run"), r.stderr());
        }
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", "samples", "--corpus", corpus.toString()).code());
    }

    @Test
    void aDamagedCorpusFileIsReportedWithItsLine() throws IOException {
        Path corpus = tmp.resolve("work");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", "samples", "--corpus", corpus.toString()).code());
        Path docs = corpus.resolve(Corpus.DOCUMENTS);
        List<String> lines = Files.readAllLines(docs);
        lines.set(1, lines.get(1).substring(0, lines.get(1).length() / 2)); // truncated by hand
        Files.write(docs, lines);
        Cli.Result r = Cli.run("extract", "--corpus", corpus.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains(Corpus.DOCUMENTS + ":2: not a document record"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", "--force", "samples", "--corpus", corpus.toString()).code(),
                "a forced ingest repairs the corpus");
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
    }

    @Test
    void interruptedRunsLeaveTheCorpusConsistentAndCanBeRunAgain() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        int inputs = 300;
        for (int i = 0; i < inputs; i++) {
            Files.writeString(in.resolve(String.format("%03d.txt", i)), GOOD.repeat(1000));
        }
        Path corpus = tmp.resolve("work");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", "samples", "--corpus", corpus.toString()).code());
        byte[] before = Files.readAllBytes(corpus.resolve(Corpus.DOCUMENTS));
        for (String signal : List.of("INT", "TERM")) {
            Process p = ProcessTest.start(tmp, "ingest", "--no-tokens", "-q", "--threads", "1", in.toString(), "--corpus", corpus.toString());
            // signalled once the next generation holds its first records: hundreds of inputs are still to come
            Path writing = awaitRecordsWritten(corpus, p);
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertTrue(p.exitValue() > 128, "stopped by SIG" + signal + " mid-way (exit " + p.exitValue() + ")");
            assertFalse(Files.exists(writing), "the generation being written is removed after SIG" + signal);
            // the old corpus is intact
            assertArrayEquals(before, Files.readAllBytes(corpus.resolve(Corpus.DOCUMENTS)), signal);
            try (var s = Files.list(corpus)) {
                List<String> left = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
                assertTrue(left.isEmpty(), "no partial file after SIG" + signal + ": " + left);
            }
        }
        Cli.Result again = Cli.run("ingest", "--no-tokens", "-q", in.toString(), "--corpus", corpus.toString());
        assertEquals(0, again.code(), again.stderr());
        assertEquals(inputs + 4, Files.readAllLines(corpus.resolve(Corpus.DOCUMENTS)).size(), "completed, without duplicates");
    }

    /**
     * Waits until the ingest running as {@code p} has written records into the corpus's next generation (a
     * {@code .part} folder whose documents file is not empty); returns that folder.
     */
    private static Path awaitRecordsWritten(Path corpus, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the ingest ended (exit " + (p.isAlive() ? "" : p.exitValue()) + ") before it wrote a record");
            try (var s = Files.list(corpus)) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                    Path docs = f.resolve(Corpus.DOCUMENTS);
                    if (Files.isDirectory(f) && Files.exists(docs) && Files.size(docs) > 0) {
                        return f;
                    }
                }
            } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
                // a folder listed as it was renamed or removed: look again
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the ingest wrote no record within 120 s");
    }

    @Test
    void adversarialTextFinishes() {
        Extraction all = new Extraction(Set.copyOf(Entity.TYPES));
        for (String unit : List.of("第", "1", "《", "（", "2024年", "元", "第一百条", "（2019）", "、")) {
            String text = unit.repeat(1_000_000 / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> all.extract("a", Normalizer.normalize(text), "2024-01-01"), unit);
        }
    }

    static InputStream failingAfter(byte[] data, int bytes) {
        return new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at >= bytes) {
                    throw new IOException("input broke off");
                }
                return at < data.length ? data[at++] & 0xFF : -1;
            }
        };
    }

    @Test
    void aFailedExportKeepsTheEarlierFile() throws IOException {
        byte[] extracted = Cli.runWithInput(Cli.run("ingest", "--no-tokens", "-q", "samples").stdout(), "extract", "-q").stdout();
        Path target = tmp.resolve("entities.csv");
        assertEquals(0, Cli.runWithInput(extracted, "export", "-q", "--format", "csv", "-o", target.toString()).code());
        byte[] earlier = Files.readAllBytes(target);
        Cli.Result broken = Cli.run(failingAfter(extracted, extracted.length / 2), "export", "-q", "--format", "json", "-o", target.toString());
        assertEquals(ExitCodes.FATAL, broken.code(), broken.stderr());
        assertArrayEquals(earlier, Files.readAllBytes(target));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file left");
        }
    }
}
