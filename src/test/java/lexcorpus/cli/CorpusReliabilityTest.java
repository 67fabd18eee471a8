package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus directory under faults a batch job meets: one test per row of the corpus block of
 * docs/reliability.md. Each runs the commands as a user does and checks what the corpus holds after.
 */
class CorpusReliabilityTest {
    private static final String GOOD = "2024年3月5日，依照民事诉讼法第一百条，罚款10万元。";

    @TempDir
    Path tmp;

    /** A text of its own for input {@code i}: a date and an amount that differ, so entities differ too. */
    private static String text(int i) {
        return "第" + (i + 1) + "期\n" + (2000 + i % 20) + "年" + (1 + i % 12) + "月" + (1 + i % 27) + "日，依照民事诉讼法第"
                + (i % 200 + 1) + "条，罚款" + (i + 3) + "万元。\n" + GOOD + "\n";
    }

    private Path folder(String name, int files) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < files; i++) {
            Files.writeString(dir.resolve(String.format("%03d.txt", i)), text(i));
        }
        return dir;
    }

    private static List<JsonNode> documents(Path corpus) throws IOException {
        return CommandLineTest.jsonLines(Files.readAllBytes(corpus.resolve("documents.jsonl")));
    }

    private static List<String> ids(Path corpus) throws IOException {
        return documents(corpus).stream().map(d -> d.get("id").asText()).toList();
    }

    private static Cli.Result ingest(Path corpus, String... args) {
        List<String> all = new ArrayList<>(List.of("ingest", "-q", "--no-tokens", "--corpus", corpus.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private static void ok(Cli.Result r) {
        assertEquals(0, r.code(), r.stderr());
    }

    /** Every name under the corpus, folders with a slash, links with their target: what a run leaves behind. */
    private static List<String> names(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (var s = Files.walk(corpus)) {
            s.filter(p -> !p.equals(corpus)).sorted().forEach(p -> {
                String rel = corpus.relativize(p).toString();
                try {
                    if (Files.isSymbolicLink(p)) {
                        out.add(rel + " -> " + Files.readSymbolicLink(p));
                    } else {
                        out.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? rel + "/" : rel);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    private static boolean anyPartFile(Path corpus) throws IOException {
        try (var s = Files.walk(corpus)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void theSameRelativeNameUnderTwoFoldersStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Path a = tmp.resolve("A");
        Path b = tmp.resolve("B");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.writeString(a.resolve("same.txt"), text(1));
        Files.writeString(b.resolve("same.txt"), text(2));
        Files.writeString(b.resolve("other.txt"), text(3));
        Path corpus = tmp.resolve("work");
        Cli.Result r = ingest(corpus, a.toString(), b.toString());
        assertEquals(ExitCodes.FATAL, r.code(), r.stderr());
        assertTrue(r.stderr().contains("same.txt") && r.stderr().contains(a.resolve("same.txt").toString())
                && r.stderr().contains(b.resolve("same.txt").toString()), r.stderr());
        assertFalse(Files.exists(corpus.resolve("documents.jsonl")), "nothing written");

        // the same folder named twice is one input, not a collision
        ok(ingest(corpus, b.toString(), b.toString()));
        assertEquals(List.of("other.txt", "same.txt"), ids(corpus));
    }

    @Test
    void aFileEditedWithItsSizeAndTimeKeptIsIngestedAgain() throws IOException {
        Path in = folder("in", 3);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        Path f = in.resolve("001.txt");
        FileTime time = Files.getLastModifiedTime(f);
        String edited = text(1).replace("罚款4万元", "罚款5万元"); // same length in bytes
        assertEquals(Files.size(f), edited.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(f, edited);
        Files.setLastModifiedTime(f, time); // as cp -p, rsync -t or tar leave it
        ok(ingest(corpus, in.toString()));
        assertEquals(edited, documents(corpus).get(1).get("text").asText());
    }

    @Test
    void aFileChangedWhileTheRunReadsItIsReadAgainByTheNextRun() throws Exception {
        Path in = folder("in", 0);
        Path first = in.resolve("000-first.txt");
        Files.writeString(first, (text(0)).repeat(1500)); // a record larger than the writer's buffer: it reaches the disk at once
        for (int i = 1; i < 800; i++) {
            Files.writeString(in.resolve(String.format("%04d.txt", i)), text(i).repeat(20));
        }
        Path corpus = tmp.resolve("work");
        AtomicReference<Cli.Result> run = new AtomicReference<>();
        Thread t = new Thread(() -> run.set(ingest(corpus, "--threads", "1", in.toString())));
        t.start();
        // once the first record is on disk, the first input has been read: change it while the run goes on
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!written(corpus) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String changed = text(7).repeat(1500);
        Files.writeString(first, changed);
        boolean stillRunning = t.isAlive();
        t.join(120_000);
        ok(run.get());
        assertTrue(stillRunning, "the change came while the run was going on");
        ok(ingest(corpus, in.toString()));
        assertEquals(changed, documents(corpus).get(0).get("text").asText(), "the change is not missed");
    }

    /** Whether a run has written a document file bigger than a buffer anywhere in the corpus (temporary or not). */
    private static boolean written(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return false;
        }
        try (var s = Files.walk(corpus)) {
            return s.anyMatch(p -> p.getFileName().toString().contains("documents.jsonl") && Files.isRegularFile(p)
                    && size(p) > 100_000);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void exportRefusesEntitiesFoundInAnEarlierVersionOfADocument() throws IOException {
        Path in = folder("in", 3);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        ok(Cli.run("extract", "-q", "--corpus", corpus.toString()));
        Files.writeString(in.resolve("001.txt"), "前言。\n" + text(1)); // every offset moves
        ok(ingest(corpus, in.toString()));
        Cli.Result stale = Cli.run("export", "-q", "--corpus", corpus.toString());
        assertEquals(ExitCodes.FATAL, stale.code(), stale.stderr());
        assertTrue(stale.stderr().contains("001.txt") && stale.stderr().contains("extract --corpus"), stale.stderr());
        assertEquals(0, stale.stdout().length, "nothing exported");

        ok(Cli.run("extract", "-q", "--corpus", corpus.toString()));
        Cli.Result fresh = Cli.run("export", "-q", "--corpus", corpus.toString());
        ok(fresh);
        Map<String, String> texts = new TreeMap<>();
        for (JsonNode d : documents(corpus)) {
            texts.put(d.get("id").asText(), d.get("text").asText());
        }
        List<JsonNode> entities = CommandLineTest.jsonLines(fresh.stdout());
        assertFalse(entities.isEmpty());
        for (JsonNode e : entities) {
            String t = texts.get(e.get("doc").asText());
            int start = t.offsetByCodePoints(0, e.get("start").asInt());
            int end = t.offsetByCodePoints(0, e.get("end").asInt());
            assertEquals(e.get("text").asText(), t.substring(start, end), "offsets fit the document as it is");
        }
    }

    @Test
    void documentsLeftByARunThatStoppedBeforeItsManifestAreNotSkippedAsUnchanged() throws IOException {
        Path in = folder("in", 2);
        Path corpus = tmp.resolve("work");
        ok(Cli.run("ingest", "-q", "--corpus", corpus.toString(), in.toString())); // with tokens
        // what a --no-tokens run leaves when it stops after writing its documents and before its manifest
        Path other = tmp.resolve("other");
        ok(ingest(other, in.toString()));
        Files.write(corpus.resolve("documents.jsonl"), Files.readAllBytes(other.resolve("documents.jsonl")));
        ok(Cli.run("ingest", "-q", "--corpus", corpus.toString(), in.toString()));
        for (JsonNode d : documents(corpus)) {
            assertTrue(d.has("tokens"), "the corpus does not silently lack its tokens: " + d.get("id"));
        }
    }

    @Test
    void partFilesLeftInACorpusAreRemovedByTheNextRun() throws IOException {
        Path in = folder("in", 2);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        // as a kill -9 during a write leaves them
        Files.writeString(corpus.resolve(".documents.jsonl.8812345.part"), "{\"id\":\"half");
        Files.writeString(corpus.resolve(".manifest.json.99.part"), "{");
        ok(Cli.run("extract", "-q", "--corpus", corpus.toString()));
        assertFalse(anyPartFile(corpus), names(corpus).toString());
    }

    @Test
    void aKilledRunLeavesNothingTheNextRunDoesNotClean() throws Exception {
        Path in = folder("in", 600);
        Path corpus = tmp.resolve("work");
        Process p = ProcessTest.start(tmp, "ingest", "-q", "--no-tokens", "--threads", "1", in.toString(), "--corpus", corpus.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!writing(corpus) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "killed while it writes");
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        ok(ingest(corpus, in.toString()));
        assertFalse(anyPartFile(corpus), names(corpus).toString());
        assertEquals(600, ids(corpus).size());
    }

    /** Whether a run has begun writing documents into the corpus. */
    private static boolean writing(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return false;
        }
        try (var s = Files.walk(corpus)) {
            return s.anyMatch(p -> p.getFileName().toString().contains("documents.jsonl") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    @Test
    void anInputThatFailedIsNotRecordedAsDone() throws IOException {
        Path in = folder("in", 2);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Path corpus = tmp.resolve("work");
        Cli.Result first = ingest(corpus, in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, first.code(), first.stderr());
        Cli.Result again = ingest(corpus, in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, again.code(), "the next run tries it again and fails again: " + again.stderr());
        assertTrue(again.stderr().contains("empty.txt: empty file"), again.stderr());
        assertEquals(List.of("000.txt", "001.txt"), ids(corpus));

        // an input stored before that now fails: its earlier record stays, and every run says it fails
        Files.write(in.resolve("001.txt"), new byte[] {'a', 0, 'b'});
        assertEquals(ExitCodes.INPUT_FAILED, ingest(corpus, in.toString()).code());
        Cli.Result third = ingest(corpus, in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, third.code(), third.stderr());
        assertTrue(third.stderr().contains("001.txt"), third.stderr());
        assertEquals(text(1), documents(corpus).get(1).get("text").asText());
    }

    @Test
    void aFileNamedLikeAPartOfAnotherDoesNotCollideWithIt() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 500_000; i++) {
            big.append(text(i));
        }
        Files.writeString(in.resolve("big.txt"), big); // about 1.5 MB: three parts of 1 MB or less
        Files.writeString(in.resolve("big.txt#0001"), text(1));
        Path corpus = tmp.resolve("work");
        Cli.Result r = ingest(corpus, "--part-size", "1", in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        assertTrue(r.stderr().contains("big.txt#0001: ") && r.stderr().contains("part"), r.stderr());
        List<JsonNode> docs = documents(corpus);
        List<String> ids = docs.stream().map(d -> d.get("id").asText()).toList();
        assertEquals(List.of("big.txt#0001", "big.txt#0002"), ids);
        for (JsonNode d : docs) {
            assertEquals("big.txt", d.get("part").get("of").asText(), "every record is a part of big.txt");
        }
        // the same on the next run, and with the parts already stored
        Cli.Result again = ingest(corpus, "--part-size", "1", in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, again.code());
        assertEquals(ids, ids(corpus));
    }

    @Test
    void removingTheLockDuringARunDoesNotLetTwoRunsCommit() throws Exception {
        Path in = folder("in", 1500);
        Path small = folder("small", 2);
        Path corpus = tmp.resolve("work");
        Process p = ProcessTest.start(tmp, "ingest", "-q", "--no-tokens", "--threads", "1", in.toString(), "--corpus", corpus.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!writing(corpus) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive());
        Files.delete(corpus.resolve(".lock"));
        Cli.Result second = ingest(corpus, small.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(tmp.resolve("err"));
        // one run commits, the other stops without committing: the second got in (the first stops at its next
        // check of the lock), or the first noticed the missing file first and locked it again (the second is refused)
        if (second.code() == 0) {
            assertEquals(ExitCodes.FATAL, p.exitValue(), "the first run does not commit over the second: " + err);
            assertTrue(err.contains(".lock") && err.contains("another run"), err);
            assertEquals(List.of("000.txt", "001.txt"), ids(corpus), "the corpus is the second run's");
        } else {
            assertEquals(ExitCodes.FATAL, second.code());
            assertTrue(second.stderr().contains("is in use by another lexcorpus run"), second.stderr());
            assertEquals(0, p.exitValue(), err);
            assertEquals(1500, ids(corpus).size(), "the corpus is the first run's");
        }
        assertFalse(anyPartFile(corpus));
    }

    @Test
    void aGarbageLineInTheDocumentsIsRepairedByAForcedRunAndByAPlainOne() throws IOException {
        Path in = folder("in", 3);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        byte[] good = Files.readAllBytes(corpus.resolve("documents.jsonl"));
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus.resolve("documents.jsonl")));
        lines.set(1, "garbage");
        Files.write(corpus.resolve("documents.jsonl"), lines);
        Cli.Result forced = ingest(corpus, "--force", in.toString());
        ok(forced);
        assertArrayEquals(good, Files.readAllBytes(corpus.resolve("documents.jsonl")));

        Files.write(corpus.resolve("documents.jsonl"), lines);
        ok(ingest(corpus, in.toString()));
        assertArrayEquals(good, Files.readAllBytes(corpus.resolve("documents.jsonl")));
    }

    @Test
    void aDeletedLineIsRestored() throws IOException {
        Path in = folder("in", 3);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        byte[] good = Files.readAllBytes(corpus.resolve("documents.jsonl"));
        List<String> lines = new ArrayList<>(Files.readAllLines(corpus.resolve("documents.jsonl")));
        lines.remove(1);
        Files.write(corpus.resolve("documents.jsonl"), lines);
        ok(ingest(corpus, in.toString()));
        assertArrayEquals(good, Files.readAllBytes(corpus.resolve("documents.jsonl")));
    }

    @Test
    void forceRebuildsFromTheInputsGivenAndPruneDropsWhatIsGone() throws IOException {
        Path in = folder("in", 4);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        Files.delete(in.resolve("003.txt"));
        Files.move(in.resolve("000.txt"), in.resolve("renamed.txt"));
        ok(ingest(corpus, in.toString()));
        assertEquals(List.of("000.txt", "001.txt", "002.txt", "003.txt", "renamed.txt"), ids(corpus), "kept without --prune");
        ok(ingest(corpus, "--prune", in.toString()));
        assertEquals(List.of("001.txt", "002.txt", "renamed.txt"), ids(corpus));

        Files.delete(in.resolve("002.txt"));
        ok(ingest(corpus, "--force", in.toString()));
        assertEquals(List.of("001.txt", "renamed.txt"), ids(corpus));

        // every input gone: an empty corpus, which extract and export still read
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        ok(ingest(corpus, "--prune", empty.toString()));
        assertEquals(List.of(), ids(corpus));
        ok(Cli.run("extract", "-q", "--corpus", corpus.toString()));
        Cli.Result none = Cli.run("export", "-q", "--corpus", corpus.toString());
        ok(none);
        assertEquals(0, none.stdout().length);
        // and both options are for a corpus only
        assertEquals(ExitCodes.USAGE, Cli.run("ingest", "-q", "--prune", in.toString()).code());
        assertEquals(ExitCodes.USAGE, Cli.run("ingest", "-q", "--force", in.toString()).code());
    }

    @Test
    void pruneKeepsEverythingWhenAnInputCannotBeListed() throws IOException {
        Path in = folder("in", 2);
        Path corpus = tmp.resolve("work");
        ok(ingest(corpus, in.toString()));
        Path missing = tmp.resolve("unmounted");
        Cli.Result r = ingest(corpus, "--prune", missing.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code(), r.stderr());
        assertTrue(r.stderr().contains("unmounted: no such file or directory"), r.stderr());
        assertEquals(List.of("000.txt", "001.txt"), ids(corpus), "an input that is not there prunes nothing");
    }

    @Test
    void extractAndExportOnACorpusThatDoesNotExistNameItAndCreateNothing() {
        Path typo = tmp.resolve("typo");
        Cli.Result e = Cli.run("extract", "-q", "--corpus", typo.toString());
        assertEquals(ExitCodes.FATAL, e.code());
        assertTrue(e.stderr().contains(typo.toString()), e.stderr());
        assertFalse(e.stderr().contains("Exception"), e.stderr());
        assertFalse(Files.exists(typo), "extract created " + typo);
        Cli.Result x = Cli.run("export", "-q", "--corpus", typo.toString());
        assertEquals(ExitCodes.FATAL, x.code());
        assertTrue(x.stderr().contains(typo.toString()), x.stderr());
        assertFalse(Files.exists(typo));

        // a folder that is not a corpus is not made one either
        Path plain = tmp.resolve("plain");
        assertTrue(plain.toFile().mkdir());
        Cli.Result p = Cli.run("extract", "-q", "--corpus", plain.toString());
        assertEquals(ExitCodes.FATAL, p.code());
        assertTrue(p.stderr().contains("ingest --corpus"), p.stderr());
        assertFalse(Files.exists(plain.resolve(".lock")));
    }

    /**
     * kill -9 at random moments of an incremental ingest (changed, unchanged, new and removed inputs) and of an
     * extract: the corpus is, at any moment, the one before the run or the one after it; the next run ends
     * with the corpus an uninterrupted run gives, byte for byte, and nothing else in the folder.
     */
    @Test
    void killMinus9AtRandomMomentsLeavesTheCorpusOfAnUninterruptedRun() throws Exception {
        Path before = folder("before", 120);
        Path in = folder("in", 0);
        for (int i = 0; i < 150; i++) {
            // a fifth changed, the rest the same, thirty new; the last twenty of before are gone
            if (i < 100 || i >= 120) {
                Files.writeString(in.resolve(String.format("%03d.txt", i)), i % 5 == 0 ? "修订：" + text(i) : text(i));
            }
        }
        Thread.sleep(2100); // inputs older than the file system's clock step: their times can be trusted, in every run alike
        Path start = tmp.resolve("start");
        ok(ingest(start, before.toString()));
        ok(Cli.run("extract", "-q", "--corpus", start.toString()));
        Path ingested = copy(start, tmp.resolve("ingested"));
        String[] ingestArgs = {"ingest", "-q", "--no-tokens", "--prune", "--threads", "1", in.toString(), "--corpus"};
        ok(Cli.run(with(ingestArgs, ingested)));
        Path extracted = copy(ingested, tmp.resolve("extracted"));
        String[] extractArgs = {"extract", "-q", "--threads", "1", "--corpus"};
        ok(Cli.run(with(extractArgs, extracted)));
        // a run killed after its commit has done its work, and the next one does it once more: an ingest finds nothing
        // to do, an extract does all of it again, in a generation of its own
        Path extractedTwice = copy(extracted, tmp.resolve("extracted-twice"));
        ok(Cli.run(with(extractArgs, extractedTwice)));

        long seed = System.nanoTime();
        Random random = new Random(seed);
        int trials = 20;
        assertTimeoutPreemptively(Duration.ofMinutes(6), () -> {
            long[] length = new long[2];
            for (int t = 0; t < trials; t++) {
                boolean extract = t % 2 == 1;
                Path from = extract ? ingested : start;
                Path after = extract ? extracted : ingested;
                String[] args = extract ? extractArgs : ingestArgs;
                Path corpus = copy(from, tmp.resolve("trial"));
                if (length[t % 2] == 0) {
                    long t0 = System.nanoTime();
                    Process full = ProcessTest.start(tmp, with(args, copy(from, tmp.resolve("timed"))));
                    assertTrue(full.waitFor(120, TimeUnit.SECONDS));
                    length[t % 2] = (System.nanoTime() - t0) / 1_000_000;
                }
                long at = (long) (random.nextDouble() * length[t % 2] * 1.1);
                Process p = ProcessTest.start(tmp, with(args, corpus));
                Thread.sleep(at);
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                String where = "trial " + t + " (" + (extract ? "extract" : "ingest") + ", killed at " + at + " ms, seed " + seed + ")";
                String state = sameCorpus(corpus, from) ? "before" : sameCorpus(corpus, after) ? "after" : null;
                assertTrue(state != null, where + ": the corpus is the one before the run or after it: " + names(corpus));
                ok(Cli.run(with(args, corpus)));
                Path expected = extract && state.equals("after") ? extractedTwice : after;
                assertEquals(names(expected), names(corpus), where + ": nothing left behind");
                assertTrue(sameCorpus(corpus, expected), where);
            }
        });
    }

    private static String[] with(String[] args, Path corpus) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = corpus.toString();
        return all;
    }

    /** Whether two corpora hold the same documents, entities and manifest (what a reader sees through the corpus's names). */
    private static boolean sameCorpus(Path a, Path b) throws IOException {
        for (String f : List.of("documents.jsonl", "entities.jsonl", "manifest.json")) {
            Path x = a.resolve(f);
            Path y = b.resolve(f);
            if (Files.exists(x) != Files.exists(y) || Files.exists(x) && !java.util.Arrays.equals(Files.readAllBytes(x), Files.readAllBytes(y))) {
                return false;
            }
        }
        return true;
    }

    /** A copy of a corpus folder, links kept as links, replacing {@code to}. */
    private static Path copy(Path from, Path to) throws IOException {
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.walk(to)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(q, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
