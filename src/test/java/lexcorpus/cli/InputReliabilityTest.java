package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Parts;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/reliability.md, "Inputs": walking folders (links, special files), encoding detection, large files
 * read in parts, JSON Lines records and the size limits the writer and the readers agree on.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InputReliabilityTest {
    private static final String GOOD = "2024年3月5日，依照民事诉讼法第一百条，罚款10万元。";
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path tmp;

    private static List<String> ids(byte[] out) throws IOException {
        return CommandLineTest.jsonLines(out).stream().map(d -> d.get("id").asText()).toList();
    }

    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    private Path folder() throws IOException {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.writeString(dir.resolve("z.txt"), GOOD);
        return dir;
    }

    @Test
    void symbolicLinksAreNotFollowedUnlessAskedAndNeverOutOfTheFolder() throws IOException {
        Path dir = folder();
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), "机密 " + GOOD);
        Files.createSymbolicLink(dir.resolve("etc"), outside);
        Files.createSymbolicLink(dir.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("inner.txt"), dir.resolve("a.txt"));
        Files.createSymbolicLink(dir.resolve("loop"), dir);

        Cli.Result plain = Cli.run("ingest", "--no-tokens", dir.toString());
        assertEquals(0, plain.code(), plain.stderr());
        assertEquals(List.of("a.txt", "z.txt"), ids(plain.stdout()));
        for (String link : List.of("etc", "secret.txt", "inner.txt", "loop")) {
            assertTrue(plain.stderr().contains("lexcorpus: " + link + ": a symbolic link, not followed (--follow reads it)"), plain.stderr());
        }

        Cli.Result follow = Cli.run("ingest", "--no-tokens", "-q", "--follow", dir.toString());
        assertEquals(ExitCodes.INPUT_FAILED, follow.code(), follow.stderr());
        assertEquals(List.of("a.txt", "inner.txt", "z.txt"), ids(follow.stdout()), "a link inside the folder is read");
        assertTrue(follow.stderr().contains("lexcorpus: etc: a link to a folder outside " + dir + " (not followed)"), follow.stderr());
        assertTrue(follow.stderr().contains("lexcorpus: secret.txt: a link to a file outside " + dir + " (not followed)"), follow.stderr());
        assertTrue(follow.stderr().contains("lexcorpus: loop: a folder that links back to itself (skipped)"), follow.stderr());
        assertFalse(follow.out().contains("机密"), "nothing from outside the folder");
    }

    @Test
    void aLinkToProcKmsgDoesNotHangTheRun() throws IOException {
        Path dir = folder();
        Files.createSymbolicLink(dir.resolve("kmsg"), Path.of("/proc/kmsg"));
        for (String follow : List.of("--threads=1", "--follow")) {
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("ingest", "--no-tokens", follow, dir.toString()));
            assertEquals(List.of("a.txt", "z.txt"), ids(r.stdout()));
            assertTrue(r.stderr().contains("lexcorpus: kmsg: "), r.stderr());
        }
    }

    @Test
    void specialFilesInAFolderAreNamedAndNotRead() throws Exception {
        Path dir = folder();
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor());
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("ingest", "--no-tokens", "-q", dir.toString()));
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: pipe.txt: not a regular file (a named pipe): not read"), lines(r.stderr()));
        assertEquals(List.of("a.txt", "z.txt"), ids(r.stdout()));
        Cli.Result device = Cli.run("ingest", "--no-tokens", "-q", "/dev/zero");
        assertEquals(List.of("lexcorpus: /dev/zero: not a regular file (a character device): not read"), lines(device.stderr()));
    }

    /** Han characters only (no ASCII byte at all), some of them four bytes in GB18030. */
    private static String hanOnly(int chars) {
        StringBuilder sb = new StringBuilder(chars + 2);
        String pool = "人民法院判决书依照中华人民共和国民事诉讼法第条规定如下㐀㐁䶵";
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(pool.charAt((i * 7) % pool.length()));
        }
        return sb.toString();
    }

    @Test
    void aGb18030FileWithoutAsciiLargerThanAPartIsReadInParts() throws IOException {
        String text = hanOnly(1_300_000); // about 2.6 MB in GB18030, no line break, no space
        Path f = tmp.resolve("gb.txt");
        Files.write(f, text.getBytes(GB18030));
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--part-size", "1", f.toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> parts = CommandLineTest.jsonLines(r.stdout());
        assertTrue(parts.size() >= 3, "read in parts: " + parts.size());
        StringBuilder joined = new StringBuilder();
        for (JsonNode p : parts) {
            assertEquals("GB18030", p.get("encoding").asText());
            joined.append(p.get("text").asText());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void aPartReadAgainThatChangedIsRefused() throws Exception {
        Path f = tmp.resolve("big.txt");
        Files.writeString(f, (GOOD + "\n").repeat(50_000)); // about 3.5 MB
        Parts.Plan plan = Parts.plan(f, null, 1 << 20, new Ingester(null));
        assertTrue(plan.parts().size() >= 3);
        Files.writeString(f, (GOOD.replace('3', '4') + "\n").repeat(50_000)); // same size, other bytes
        IOException e = assertThrows(IOException.class, () -> Parts.text(f, plan, plan.parts().get(1)));
        assertEquals("the file changed while it was read (part 2 is not what the first pass read)", e.getMessage());
    }

    @Test
    void aLargeFileThatChangesOrVanishesMidRunWritesNoneOfItsParts() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), GOOD);
        String big = (GOOD + "\n").repeat(400_000); // about 28 MB: 28 parts of 1 MB
        boolean sawPartFail = false;
        for (int attempt = 0; attempt < 8 && !sawPartFail; attempt++) {
            Path f = dir.resolve("big.txt");
            Files.writeString(f, big);
            long delay = 150L << Math.min(attempt, 4);
            Thread vanish = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                    Files.delete(f);
                } catch (Exception ignored) {
                    // the run may have ended already
                }
            });
            vanish.start();
            Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--threads", "2", "--part-size", "1", dir.toString());
            vanish.join();
            List<String> got = ids(r.stdout());
            if (r.code() == 0) {
                assertEquals(29, got.size(), "read whole before it vanished");
                continue;
            }
            assertEquals(List.of("a.txt"), got, "none of the parts of a file that vanished is written: " + r.stderr());
            assertTrue(r.stderr().startsWith("lexcorpus: big.txt: "), r.stderr());
            assertFalse(r.stderr().contains("Exception"), r.stderr());
            sawPartFail |= r.stderr().contains(": part ") && r.stderr().contains("(none of its parts is written)");
        }
        assertTrue(sawPartFail, "the file vanished between its first pass and a later part at least once");
    }

    @Test
    void twoRecordsOnOneLineAndAnEmptyTextAreNamed() throws IOException {
        String input = "{\"id\":\"a\",\"text\":\"" + GOOD + "\"}{\"id\":\"b\",\"text\":\"" + GOOD + "\"}\n"
                + "{\"id\":\"c\",\"text\":\"\"}\n{\"id\":\"d\",\"text\":\" \\n \"}\n{\"id\":\"e\",\"text\":\"" + GOOD + "\"}\n";
        Cli.Result r = Cli.runWithInput(input.getBytes(StandardCharsets.UTF_8), "ingest", "--no-tokens", "-q", "--format", "jsonl");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: stdin: line 1: more than one JSON value on the line (a record is one line of its own)",
                "lexcorpus: c: empty text", "lexcorpus: d: no text (only whitespace)"), lines(r.stderr()));
        assertEquals(List.of("e"), ids(r.stdout()));
        Cli.Result x = Cli.runWithInput(input.getBytes(StandardCharsets.UTF_8), "extract", "-q");
        assertEquals(ExitCodes.INPUT_FAILED, x.code());
        assertEquals(List.of("e"), ids(x.stdout()));
        assertEquals(3, lines(x.stderr()).size(), x.stderr());
    }

    @Test
    void endlessZerosOnStandardInputStopAtTheFirstNul() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(zeros, "ingest", "--no-tokens", "-q"));
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: stdin: binary data (a NUL byte) at byte 0, not a text file"), lines(r.stderr()));
    }

    @Test
    void standardInputLargerThanAPartIsReadInParts() throws IOException {
        String text = (GOOD + "\n").repeat(40_000); // about 2.8 MB
        Cli.Result r = Cli.runWithInput(text.getBytes(StandardCharsets.UTF_8), "ingest", "--no-tokens", "-q", "--part-size", "1");
        assertEquals(0, r.code(), r.stderr());
        List<String> ids = ids(r.stdout());
        assertEquals(List.of("stdin#0001", "stdin#0002", "stdin#0003"), ids);
        StringBuilder joined = new StringBuilder();
        for (JsonNode d : CommandLineTest.jsonLines(r.stdout())) {
            joined.append(d.get("text").asText());
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void theReadersTakeWhatTheWriterWritesAndNameALongerLine() throws Exception {
        // over Jackson's default limit of 20 M chars for a string, which extract and export used to refuse
        // each stage in a process of its own, as in a shell pipe: the test JVM's heap holds the other tests' state
        Path text = tmp.resolve("long.txt");
        Files.writeString(text, "这是一段很长的文字，".repeat(2_100_000) + "罚款10万元。"); // 21 M chars, one record with --part-size 256
        Path ingested = stage(text, "ingest", "--no-tokens", "-q", "--part-size", "256");
        Path extracted = stage(ingested, "extract", "-q", "--types", "money");
        Path exported = stage(extracted, "export", "-q");
        assertEquals("10万元", CommandLineTest.jsonLines(Files.readAllBytes(exported)).get(0).get("text").asText());

        byte[] input = ("{\"id\":\"a\",\"text\":\"" + "长".repeat(100) + "\"}\n{\"id\":\"b\"}\n").getBytes(StandardCharsets.UTF_8);
        JsonlReader reader = new JsonlReader(new ByteArrayInputStream(input), "x", 200);
        JsonlReader.BadLineException e = assertThrows(JsonlReader.BadLineException.class, reader::nextLine);
        assertEquals("line 1: a record longer than 200 bytes, the limit of a record", e.getMessage());
        assertEquals("{\"id\":\"b\"}", new String(reader.nextLine(), StandardCharsets.UTF_8), "the next line is read");
        assertEquals(2, reader.line());
    }

    @Test
    void aNulByteInALaterPartIsBinaryDataAsInASmallFile() throws IOException {
        byte[] text = (GOOD + "\n").repeat(45_000).getBytes(StandardCharsets.UTF_8); // about 3.2 MB
        int at = text.length - 1000;
        text[at] = 0;
        Path f = tmp.resolve("nul.txt");
        Files.write(f, text);
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--part-size", "1", f.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("lexcorpus: nul.txt: binary data (a NUL byte) at byte " + at + ", not a text file"), lines(r.stderr()));
        assertEquals(0, r.stdout().length);
    }

    @Test
    void aBinaryFileStartingLikeUtf16IsBinary() throws IOException {
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        bin[0] = (byte) 0xFF;
        bin[1] = (byte) 0xFE;
        Path f = tmp.resolve("blob.bin");
        Files.write(f, bin);
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", f.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().startsWith("lexcorpus: blob.bin: binary data: it starts with FF FE, the mark of UTF-16 text, but is not"), r.stderr());
        byte[] utf16 = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
        Files.write(f, utf16);
        assertEquals(GOOD, CommandLineTest.jsonLines(Cli.run("ingest", "--no-tokens", "-q", f.toString()).stdout()).get(0).get("text").asText(),
                "real UTF-16 is still read");
    }

    @Test
    void gbkTextThatIsAlsoValidUtf8IsReadAsGbkAndSaidToBeAmbiguous() throws IOException {
        // Han characters whose GBK bytes are C2–DF 80–BF: each is also a valid two-byte UTF-8 character
        StringBuilder sb = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FA5' && sb.length() < 40; c++) {
            byte[] b = String.valueOf(c).getBytes(GB18030);
            if (b.length == 2 && (b[0] & 0xFF) >= 0xC2 && (b[0] & 0xFF) <= 0xDF && (b[1] & 0xFF) >= 0x80 && (b[1] & 0xFF) <= 0xBF) {
                sb.append(c);
            }
        }
        String text = sb.toString();
        byte[] bytes = text.getBytes(GB18030);
        assertEquals(text.length(), new String(bytes, StandardCharsets.UTF_8).length(), "valid UTF-8 as well");
        Path f = tmp.resolve("gbk.txt");
        Files.write(f, bytes);
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", f.toString());
        assertEquals(0, r.code(), r.stderr());
        JsonNode d = CommandLineTest.jsonLines(r.stdout()).get(0);
        assertEquals("GB18030", d.get("encoding").asText());
        assertEquals(text, d.get("text").asText());
        assertEquals(List.of("lexcorpus: gbk.txt: ambiguous encoding: the bytes are valid UTF-8 and GB18030; read as GB18030, which gives"
                + " Chinese text where UTF-8 gives none (--encoding UTF-8 reads it as UTF-8)"), lines(r.stderr()));
        Cli.Result utf8 = Cli.run("ingest", "--no-tokens", "-q", "--encoding", "UTF-8", f.toString());
        assertEquals("UTF-8", CommandLineTest.jsonLines(utf8.stdout()).get(0).get("encoding").asText());
        Files.writeString(f, GOOD);
        assertEquals("", Cli.run("ingest", "--no-tokens", "-q", f.toString()).stderr(), "plain UTF-8 Chinese: no word");
    }

    @Test
    void fileNamesThatAreNotUtf8AreNamedNotLost() throws Exception {
        Path dir = folder();
        // two names of GBK bytes: read as UTF-8 they are the same replacement characters
        Shell.Result mk = Shell.run(tmp, "cd \"$T/in\" && printf x > $'\\xc5\\xd0.txt' && printf y > $'\\xc5\\xd1.txt'", 30);
        assertEquals(0, mk.code(), mk.err());
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", dir.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("a.txt", "z.txt"), ids(r.stdout()));
        List<String> errs = new ArrayList<>(lines(r.stderr()));
        assertEquals(2, errs.size(), r.stderr());
        for (String e : errs) {
            assertTrue(e.contains(": a file name that is not valid UTF-8"), e);
        }
    }

    @Test
    void jsonLinesRecordsOfAFileAreCheckedAsOnStandardInput() throws IOException {
        Path f = tmp.resolve("r.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"" + GOOD + "\"}{\"id\":\"b\",\"text\":\"x\"}\n");
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--format", "jsonl", f.toString());
        assertEquals(List.of("lexcorpus: r.jsonl: line 1: more than one JSON value on the line (a record is one line of its own)"), lines(r.stderr()));
        assertEquals(0, Json.mapper().readTree("{\"a\":1}").get("a").asInt() - 1);
    }

    /** Runs lexcorpus with {@code args} in a child process reading {@code in}; its stdout, once it exited 0. */
    private Path stage(Path in, String... args) throws Exception {
        Path out = tmp.resolve(args[0] + ".out");
        Path err = tmp.resolve(args[0] + ".err");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "lexcorpus.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), args[0] + " did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return out;
    }
}
