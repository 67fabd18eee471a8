package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import lexcorpus.corpus.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --corpus DIR} leaves the corpus as {@code ingest --corpus DIR} then {@code extract --corpus DIR} leave
 * it, and writes what {@code export --corpus DIR} then writes: on a new corpus, after inputs changed, were added,
 * removed (kept, then pruned) and failed, on 1 and 2 threads.
 */
class RunCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void leavesTheCorpusAsIngestThenExtractAndWritesWhatExportWrites() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of("judgment-excerpt.txt", "digital-law-bulletin-07.txt")) {
            Files.copy(Cli.SAMPLES.resolve(f), in.resolve(f));
        }
        // read in two parts with --part-size 1
        String sample = Files.readString(Cli.SAMPLES.resolve("digital-law-bulletin-07.txt"));
        StringBuilder big = new StringBuilder();
        while (big.length() < 450_000) {
            big.append(sample).append("\n\n");
        }
        Files.writeString(in.resolve("big.txt"), big);
        Files.writeString(in.resolve("empty.txt"), "");
        List<String> ingest = List.of("--no-tokens", "--part-size", "1");
        List<String> export = List.of("--format", "csv");
        Path byRun = tmp.resolve("by-run");
        Path byCommands = tmp.resolve("by-commands");

        String threads = "1";
        same(byRun, byCommands, ingest, List.of(), export, in, ExitCodes.INPUT_FAILED, threads);
        assertTrue(Files.readString(byRun.resolve(Corpus.DOCUMENTS)).contains("big.txt#0002"), "the big file was read in parts");

        // changed, added and removed (kept without --prune); a stored input that now fails keeps its records
        Files.writeString(in.resolve("judgment-excerpt.txt"), Files.readString(in.resolve("judgment-excerpt.txt")) + "\n2024年5月8日罚款3000元。\n");
        Files.copy(Cli.SAMPLES.resolve("judgment-excerpt.txt"), in.resolve("added.txt"));
        Files.delete(in.resolve("digital-law-bulletin-07.txt"));
        Files.write(in.resolve("big.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8, 0, 0});
        threads = "2";
        same(byRun, byCommands, ingest, List.of(), List.of("--what", "documents", "--format", "json"), in, ExitCodes.INPUT_FAILED, threads);
        assertTrue(Files.readString(byRun.resolve(Corpus.DOCUMENTS)).contains("digital-law-bulletin-07.txt"), "a removed input is kept");
        assertTrue(Files.readString(byRun.resolve(Corpus.DOCUMENTS)).contains("big.txt#0002"), "the records of an input that fails are kept");

        // nothing changed: ingest writes no generation, extract does; other entity types
        same(byRun, byCommands, ingest, List.of("--types", "statute,money"), List.of("--format", "jsonl"), in, ExitCodes.INPUT_FAILED, "2");

        // pruned, and the failing input fixed
        Files.copy(Cli.SAMPLES.resolve("digital-law-bulletin-07.txt"), in.resolve("big.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(in.resolve("empty.txt"));
        List<String> pruned = List.of("--no-tokens", "--part-size", "1", "--prune");
        same(byRun, byCommands, pruned, List.of(), List.of("--what", "sentences", "--format", "csv", "--docs", "*.txt"), in, 0, "1");
        assertTrue(!Files.readString(byRun.resolve(Corpus.DOCUMENTS)).contains("digital-law-bulletin-07.txt"), "pruned");
    }

    @Test
    void withTokensAsTheCommands() throws IOException {
        Path byRun = tmp.resolve("by-run");
        Path byCommands = tmp.resolve("by-commands");
        same(byRun, byCommands, List.of(), List.of(), List.of("--what", "tokens", "--format", "jsonl"), Cli.SAMPLES, 0, "2");
        // an unchanged re-run of ingest on the corpus run wrote redoes nothing: run ingests with ingest's settings
        Cli.Result again = Cli.run("ingest", "--corpus", byRun.toString(), Cli.SAMPLES.toString());
        assertEquals(0, again.code(), again.stderr());
        assertEquals("g000002", generation(byRun), "no new generation");
    }

    @Test
    void usageErrorsNamed() {
        Cli.Result stdin = Cli.run("run", "-q", "--corpus", tmp.resolve("c").toString(), "-");
        assertEquals(ExitCodes.USAGE, stdin.code());
        assertTrue(stdin.stderr().contains("standard input"), stdin.stderr());
        Cli.Result prune = Cli.run("run", "-q", "--prune", Cli.SAMPLES.toString());
        assertEquals(ExitCodes.USAGE, prune.code());
        assertTrue(prune.stderr().contains("--prune is for run --corpus DIR"), prune.stderr());
    }

    /**
     * run --corpus A, and ingest --corpus B, extract --corpus B, export --corpus B, with the same options: the same
     * exit code, the same bytes written, and the same corpus.
     */
    private static void same(Path byRun, Path byCommands, List<String> ingest, List<String> extract, List<String> export, Path input,
                             int code, String threads) throws IOException {
        Cli.Result run = Cli.run(concat(List.of("run", "-q", "--threads", threads, "--corpus", byRun.toString()), ingest, extract, export,
                List.of(input.toString())));
        Cli.Result a = Cli.run(concat(List.of("ingest", "-q", "--threads", threads, "--corpus", byCommands.toString()), ingest,
                List.of(input.toString())));
        Cli.Result b = Cli.run(concat(List.of("extract", "-q", "--threads", threads, "--corpus", byCommands.toString()), extract));
        Cli.Result c = Cli.run(concat(List.of("export", "-q", "--corpus", byCommands.toString()), export));
        assertEquals(code, a.code(), a.stderr());
        assertEquals(0, b.code(), b.stderr());
        assertEquals(0, c.code(), c.stderr());
        String options = String.join(" ", concat(ingest, extract, export));
        assertEquals(code, run.code(), options + ": " + run.stderr());
        assertTrue(c.stdout().length > 0, "export wrote nothing");
        assertArrayEquals(c.stdout(), run.stdout(), options);
        assertEquals(listing(byCommands), listing(byRun), options);
        for (String f : List.of(Corpus.DOCUMENTS, Corpus.ENTITIES, Corpus.MANIFEST)) {
            assertArrayEquals(Files.readAllBytes(byCommands.resolve(f)), Files.readAllBytes(byRun.resolve(f)), f + " after " + options);
        }
    }

    /**
     * The corpus folder's entries: names, link targets, and the names in each generation (stat-cache.json is
     * compared by name only: it holds the stats of the corpus's own files, which differ between two folders).
     */
    private static TreeMap<String, String> listing(Path corpus) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.toList()) {
                String name = corpus.relativize(p).toString();
                if (name.equals(".lock") || name.isEmpty()) {
                    continue;
                }
                out.put(name, Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "folder" : "file");
            }
        }
        return out;
    }

    private static String generation(Path corpus) throws IOException {
        return Files.readSymbolicLink(corpus.resolve("current")).toString();
    }

    @SafeVarargs
    private static String[] concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out.toArray(String[]::new);
    }
}
