package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/reliability.md, "The environment": the locale of cron (env -i LC_ALL=C), a closed standard input,
 * $TMPDIR and what killed runs leave there, the heap (a child JVM with a small -Xmx), a terminal on
 * stderr alone (script gives one). Each in a process of its own, bounded in time.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EnvironmentReliabilityTest {
    private static final String GOOD = "2024年3月5日，依照民事诉讼法第一百条，罚款10万元。";

    @TempDir
    Path tmp;

    private static List<String> ids(String out) throws IOException {
        return CommandLineTest.jsonLines(out.getBytes(StandardCharsets.UTF_8)).stream().map(d -> d.get("id").asText()).toList();
    }

    @Test
    void chineseFileNamesUnderThePosixLocale() throws Exception {
        Path dir = tmp.resolve("判决书");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("甲.txt"), GOOD);
        Files.writeString(dir.resolve("乙.txt"), GOOD);
        Shell.Result r = Shell.run(tmp, "env -i LC_ALL=C \"$JAVA\" -cp \"$CP\" lexcorpus.cli.Main ingest --no-tokens -q \"$T/判决书\"", 120);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("乙.txt", "甲.txt"), ids(r.out()), "both read, under their own names");
        Shell.Result one = Shell.run(tmp, "env -i LC_ALL=POSIX \"$JAVA\" -cp \"$CP\" lexcorpus.cli.Main ingest --no-tokens -q \"$T/判决书/甲.txt\"", 120);
        assertEquals(0, one.code(), one.err());
        assertEquals(List.of("甲.txt"), ids(one.out()));
    }

    @Test
    void aClosedStandardInputIsSaidToBeClosed() throws Exception {
        Shell.Result extract = Shell.run(tmp, "lc extract -q <&-", 60);
        assertEquals(ExitCodes.FATAL, extract.code(), extract.err());
        assertEquals("lexcorpus: standard input is closed (started with <&-): give the input as a file or with < file\n", extract.err());
        assertEquals("", extract.out());
        Shell.Result ingest = Shell.run(tmp, "lc ingest --no-tokens -q <&-", 60);
        assertEquals(ExitCodes.INPUT_FAILED, ingest.code(), ingest.err());
        assertTrue(ingest.err().startsWith("lexcorpus: stdin: cannot be read (standard input is closed"), ingest.err());
        Shell.Result c = Shell.run(tmp, "env -i LC_ALL=C \"$JAVA\" -cp \"$CP\" lexcorpus.cli.Main export -q <&-", 60);
        assertEquals(ExitCodes.FATAL, c.code(), "relaunched under UTF-8 as well: " + c.err());
        assertTrue(c.err().contains("standard input is closed"), c.err());
    }

    @Test
    void theTemporaryFolderIsTmpdirAndWhatKilledRunsLeftIsRemoved() throws Exception {
        Path t = tmp.resolve("t");
        Files.createDirectories(t);
        Path stale = t.resolve("lexcorpus-99999999-abc-stdin.txt"); // a pid above any pid_max: not running
        Path mine = t.resolve("lexcorpus-" + ProcessHandle.current().pid() + "-abc-stdin.txt"); // a live process's
        Path staleOut = tmp.resolve(".out.jsonl.99999999-xyz.part");
        for (Path p : List.of(stale, mine, staleOut)) {
            Files.writeString(p, "left by a run");
        }
        Files.writeString(tmp.resolve("in.jsonl"), "{\"id\":\"a\",\"entities\":[]}\n");
        Shell.Result r = Shell.run(tmp, "TMPDIR=\"$T/t\" lc export -q -o \"$T/out.jsonl\" \"$T/in.jsonl\"", 60);
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale), "a dead run's temporary file is removed at the next start");
        assertFalse(Files.exists(staleOut), "a dead run's partial output beside the target is removed");
        assertTrue(Files.exists(mine), "a running process's file is left alone");

        // the dictionary is copied into $TMPDIR: a temporary folder that cannot be written is named
        Shell.Result dict = Shell.run(tmp, "TMPDIR=/sys lc ingest -q samples/judgment-excerpt.txt", 120);
        assertEquals(ExitCodes.FATAL, dict.code(), dict.err());
        assertEquals("lexcorpus: cannot load the word segmenter: cannot load the legal user dictionary (it is copied to the temporary folder /sys,"
                + " which $TMPDIR sets): permission denied\n", dict.err());
    }

    @Test
    void exportFromStandardInputKeepsSmallInputsInMemoryAndNamesAFullTemporaryFolder() throws Exception {
        StringBuilder small = new StringBuilder();
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            small.append("{\"id\":\"d").append(39 - i).append("\",\"entities\":[{\"type\":\"money\",\"text\":\"5元\",\"start\":0,\"end\":2}]}\n");
        }
        String entity = "{\"type\":\"money\",\"text\":\"" + "长".repeat(200) + "\",\"start\":0,\"end\":200}";
        String many = ("," + entity).repeat(500).substring(1);
        for (int i = 0; i < 60; i++) {
            large.append("{\"id\":\"d").append(59 - i).append("\",\"entities\":[").append(many).append("]}\n"); // ~18 MB, out of order
        }
        Files.writeString(tmp.resolve("small.jsonl"), small);
        Files.writeString(tmp.resolve("large.jsonl"), large);
        Shell.Result ok = Shell.run(tmp, "TMPDIR=/sys lc export -q < \"$T/small.jsonl\"", 60);
        assertEquals(0, ok.code(), "nothing spilled: " + ok.err());
        assertTrue(ok.out().lines().findFirst().orElse("").contains("\"doc\":\"d0\""), "in id order: " + ok.out().substring(0, 80));
        Shell.Result full = Shell.run(tmp, "TMPDIR=/sys \"$JAVA\" -Xmx96m -cp \"$CP\" lexcorpus.cli.Main export -q < \"$T/large.jsonl\"", 60);
        assertEquals(ExitCodes.FATAL, full.code(), full.err());
        assertEquals("lexcorpus: cannot keep the records to sort in the temporary folder /sys ($TMPDIR): permission denied\n", full.err());
    }

    @Test
    void outOfMemoryNamesTheInputThatNeedsItAndTheOthersAreProcessed() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), GOOD);
        Files.writeString(dir.resolve("big.txt"), (GOOD + "\n").repeat(600_000)); // about 42 MB, one part with --part-size 64
        Files.writeString(dir.resolve("z.txt"), GOOD);
        Shell.Result r = Shell.run(tmp, "\"$JAVA\" -Xmx64m -cp \"$CP\" lexcorpus.cli.Main ingest --no-tokens -q --threads 1 --part-size 64 \"$T/in\"", 120);
        assertEquals(ExitCodes.FATAL, r.code(), r.err());
        assertEquals("lexcorpus: big.txt: needs more memory than Java was given (64 MB): raise it with LEXCORPUS_HEAP (e.g. LEXCORPUS_HEAP=2g) or -Xmx\n",
                r.err().replaceAll("\\(\\d+ MB\\)", "(64 MB)"));
        assertEquals(List.of("a.txt", "z.txt"), ids(r.out()));

        // a record line longer than the memory: named by its line, the records after it read
        Path records = tmp.resolve("records.jsonl");
        Files.writeString(records, "{\"id\":\"a\",\"text\":\"" + GOOD + "\"}\n{\"id\":\"b\",\"text\":\"" + "长".repeat(40_000_000)
                + "\"}\n{\"id\":\"c\",\"text\":\"" + GOOD + "\"}\n");
        Shell.Result line = Shell.run(tmp, "\"$JAVA\" -Xmx64m -cp \"$CP\" lexcorpus.cli.Main ingest --no-tokens -q --format jsonl < \"$T/records.jsonl\"", 120);
        assertEquals(ExitCodes.FATAL, line.code(), line.err());
        assertTrue(line.err().startsWith("lexcorpus: stdin: line 2: the record needs more memory than Java was given"), line.err());
        assertEquals(1, line.err().lines().count(), line.err());
        assertEquals(List.of("a", "c"), ids(line.out()));

        // the word dictionary does not fit: one line, the run cannot go on
        Shell.Result dict = Shell.run(tmp, "\"$JAVA\" -Xmx40m -cp \"$CP\" lexcorpus.cli.Main ingest -q \"$T/in/a.txt\"", 120);
        assertEquals(ExitCodes.FATAL, dict.code(), dict.err());
        assertFalse(dict.err().contains("\tat ") || dict.err().contains("Exception"), dict.err());
        assertTrue(dict.err().contains("needs more memory than Java was given"), dict.err());
    }

    @Test
    void aHeapSizeWithoutItsUnitIsNamed() throws Exception {
        Shell.Result r = Shell.run(tmp, "LEXCORPUS_HEAP=512 ./lexcorpus ingest samples", 30);
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("lexcorpus: LEXCORPUS_HEAP=512 is not a heap size: a number and its unit, such as 512m or 2g\n", r.err());
    }

    @Test
    void theProgressBarShowsWheneverStderrIsATerminal() throws Exception {
        // script gives the command a terminal; standard input and output are a file and a pipe, as in the README
        String run = "lc ingest --no-tokens samples < /dev/null | cat > \"$T/out.jsonl\"";
        Shell.Result bar = Shell.run(tmp, "script -qec '" + run + "' /dev/null", 120);
        assertEquals(0, bar.code(), bar.err());
        assertTrue(bar.out().contains("ingest") && bar.out().contains("4/4"), bar.out());
        assertTrue(bar.out().contains("\u001b["), "colours by default: " + bar.out());
        assertEquals(4, ids(Files.readString(tmp.resolve("out.jsonl"))).size());
        Shell.Result plain = Shell.run(tmp, "NO_COLOR=1 script -qec '" + run + "' /dev/null", 120);
        assertTrue(plain.out().contains("4/4"), plain.out());
        assertFalse(plain.out().contains("\u001b["), "NO_COLOR: no colour: " + plain.out());
        Shell.Result none = Shell.run(tmp, "script -qec 'lc ingest --no-tokens samples > /dev/null 2> \"$T/err\"' /dev/null", 120);
        assertEquals(0, none.code());
        assertFalse(Files.readString(tmp.resolve("err")).contains("4/4"), "stderr to a file: no bar");
        assertTrue(Files.readString(tmp.resolve("err")).startsWith("lexcorpus ingest: 4 inputs"), "the summary alone");
    }
}
