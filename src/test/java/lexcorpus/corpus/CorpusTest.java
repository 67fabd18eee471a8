package lexcorpus.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexcorpus.ingest.Sources;
import lexcorpus.io.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus package through its own API, with records made here from the inputs' bytes: what a plan decides,
 * what a commit leaves, and what opening a corpus repairs. The commands' behaviour is in CorpusReliabilityTest.
 */
class CorpusTest {
    private static final String SETTINGS = "test 1";

    @TempDir
    Path tmp;
    Path in;
    Path corpus;
    /** The kind of step each input took in the last ingest. */
    final Map<String, IngestPlan.Kind> took = new TreeMap<>();

    @BeforeEach
    void folders() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        corpus = tmp.resolve("work");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(in.resolve(name), text);
    }

    private List<Sources.Input> inputs(String... names) {
        List<Sources.Input> out = new ArrayList<>();
        for (String n : names) {
            out.add(new Sources.Input(n, in.resolve(n), Files.exists(in.resolve(n)) ? null : "no such file or directory"));
        }
        return out;
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static byte[] record(String id, String text, String sha) throws IOException {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("schema", "lexcorpus.document/1");
        n.put("id", id);
        n.put("sha256", sha);
        n.put("text", text);
        return Json.mapper().writeValueAsBytes(n);
    }

    /** An ingest as the command runs one: the plan, then each input kept, failed, or read and stored. */
    private IngestPlan ingest(boolean force, boolean prune, String... names) throws Exception {
        took.clear();
        try (Corpus c = Corpus.openForWriting(corpus)) {
            IngestPlan plan = c.planIngest(inputs(names), SETTINGS, force, prune, 1 << 20);
            for (IngestPlan.Step s : plan.steps()) {
                took.put(s.id(), s.kind());
            }
            if (!plan.writes()) {
                return plan;
            }
            try (Update u = c.update()) {
                u.carryEntities();
                for (IngestPlan.Step s : plan.steps()) {
                    switch (s.kind()) {
                        case KEEP, CARRY -> u.keep(s);
                        case FAILED, DROP -> u.fail(s);
                        default -> {
                            byte[] b = Files.readAllBytes(s.input().path());
                            String sha = sha256(b);
                            if (s.keeps(sha)) {
                                u.keep(s);
                            } else {
                                u.add(s, record(s.id(), new String(b, StandardCharsets.UTF_8), sha));
                                u.done(s, sha, SETTINGS);
                            }
                        }
                    }
                }
                u.commit();
            }
            return plan;
        }
    }

    private IngestPlan ingest(String... names) throws Exception {
        return ingest(false, false, names);
    }

    private List<String> documentLines() throws IOException {
        return Files.readAllLines(corpus.resolve(Corpus.DOCUMENTS));
    }

    private List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(corpus)) {
            s.map(p -> p.getFileName() + (Files.isSymbolicLink(p) ? "@" : Files.isDirectory(p) ? "/" : "")).sorted().forEach(out::add);
        }
        return out;
    }

    private static final List<String> LAYOUT_1 = List.of(".lock", "current@", "documents.jsonl@", "entities.jsonl@", "g000001/", "manifest.json@");

    @Test
    void aCommitLeavesOneGenerationLinkedAsCurrentAndNothingElse() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        assertEquals(LAYOUT_1, names());
        assertEquals("g000001", Files.readSymbolicLink(corpus.resolve("current")).toString());
        assertEquals(2, documentLines().size());
        try (var s = Files.list(corpus.resolve("g000001"))) {
            assertEquals(List.of("documents.jsonl", "manifest.json", "stat-cache.json"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        write("b.txt", "丙");
        ingest("a.txt", "b.txt");
        assertEquals(LAYOUT_1.stream().map(n -> n.replace("g000001", "g000002")).toList(), names(), "the earlier generation is gone");
    }

    @Test
    void theStatShortcutKeepsUnchangedInputsAndTheHashDecidesTheRest() throws Exception {
        write("a.txt", "甲甲");
        write("b.txt", "乙乙");
        write("c.txt", "丙丙");
        Thread.sleep(2100); // older than the file system's clock step: their stats can be trusted
        ingest("a.txt", "b.txt", "c.txt");
        IngestPlan again = ingest("a.txt", "b.txt", "c.txt");
        assertFalse(again.writes(), "an unchanged run writes nothing");
        assertEquals(Map.of("a.txt", IngestPlan.Kind.KEEP, "b.txt", IngestPlan.Kind.KEEP, "c.txt", IngestPlan.Kind.KEEP), took);

        // touched only: read and hashed, the same bytes, kept; the new stat is cached (once it is old enough)
        Path b = in.resolve("b.txt");
        Files.setLastModifiedTime(b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() - 60_000));
        List<String> before = documentLines();
        ingest("a.txt", "b.txt", "c.txt");
        assertEquals(IngestPlan.Kind.VERIFY, took.get("b.txt"));
        assertEquals(before, documentLines());

        // edited with its size and modification time kept, as cp -p leaves it: the change time gives it away
        Path c = in.resolve("c.txt");
        FileTime t = Files.getLastModifiedTime(c);
        Files.writeString(c, "丁丁");
        Files.setLastModifiedTime(c, t);
        ingest("a.txt", "b.txt", "c.txt");
        assertEquals(IngestPlan.Kind.VERIFY, took.get("c.txt"));
        assertTrue(documentLines().get(2).contains("丁丁"), documentLines().get(2));

        // a change after the run took its stat, before it read the file (or while): the stat kept is the one
        // from before, so the next run reads the file again
        try (Corpus co = Corpus.openForWriting(corpus)) {
            IngestPlan plan = co.planIngest(inputs("a.txt"), SETTINGS, false, false, 1 << 20);
            IngestPlan.Step s = plan.steps().get(0);
            assertEquals(IngestPlan.Kind.KEEP, s.kind());
            Files.writeString(in.resolve("a.txt"), "戊戊");
            try (Update u = co.update()) {
                u.keep(s);
                u.keep(plan.steps().get(1));
                u.keep(plan.steps().get(2));
                u.commit();
            }
        }
        ingest("a.txt", "b.txt", "c.txt");
        assertEquals(IngestPlan.Kind.VERIFY, took.get("a.txt"));
        assertTrue(documentLines().get(0).contains("戊戊"));
    }

    @Test
    void aStatTakenRightAfterAFileChangedIsNotCached() throws Exception {
        write("a.txt", "甲");
        ingest("a.txt");
        StatCache cache = StatCache.read(corpus.resolve("current").resolve(StatCache.NAME));
        assertFalse(cache.inputs.containsKey("a.txt"), "a change in the same clock step would leave the same stat");
        ingest("a.txt");
        assertEquals(IngestPlan.Kind.VERIFY, took.get("a.txt"));
    }

    @Test
    void twoRunsOverTheSameInputsWriteTheSameManifest() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        Path first = corpus;
        corpus = tmp.resolve("other");
        ingest("a.txt", "b.txt");
        assertArrayEquals(Files.readAllBytes(first.resolve(Corpus.MANIFEST)), Files.readAllBytes(corpus.resolve(Corpus.MANIFEST)));
        assertArrayEquals(Files.readAllBytes(first.resolve(Corpus.DOCUMENTS)), Files.readAllBytes(corpus.resolve(Corpus.DOCUMENTS)));
    }

    @Test
    void aSecondWriterIsRefusedAndARemovedLockIsTakenAgain() throws Exception {
        write("a.txt", "甲");
        try (Corpus c = Corpus.openForWriting(corpus)) {
            CorpusException e = assertThrows(CorpusException.class, () -> Corpus.openForWriting(corpus));
            assertTrue(e.getMessage().contains("is in use by another lexcorpus run"), e.getMessage());
            // removed during the run, and no other run took it: this run locks it again and commits
            Files.delete(corpus.resolve(".lock"));
            IngestPlan plan = c.planIngest(inputs("a.txt"), SETTINGS, false, false, 1 << 20);
            try (Update u = c.update()) {
                byte[] b = Files.readAllBytes(in.resolve("a.txt"));
                u.add(plan.steps().get(0), record("a.txt", "甲", sha256(b)));
                u.done(plan.steps().get(0), sha256(b), SETTINGS);
                u.commit();
            }
            assertTrue(Files.exists(corpus.resolve(".lock")));
        }
        assertEquals(1, documentLines().size());
    }

    @Test
    void aLockTakenOverByAnotherRunStopsTheCommit() throws Exception {
        write("a.txt", "甲");
        ingest("a.txt");
        List<String> before = documentLines();
        write("a.txt", "乙");
        try (Corpus c = Corpus.openForWriting(corpus)) {
            IngestPlan plan = c.planIngest(inputs("a.txt"), SETTINGS, false, false, 1 << 20);
            try (Update u = c.update()) {
                byte[] b = Files.readAllBytes(in.resolve("a.txt"));
                u.add(plan.steps().get(0), record("a.txt", "乙", sha256(b)));
                u.done(plan.steps().get(0), sha256(b), SETTINGS);
                // what another run does after `rm .lock`: a new file, locked, with its own token
                Files.delete(corpus.resolve(".lock"));
                Files.writeString(corpus.resolve(".lock"), "4242 0123abcd\n");
                CorpusException e = assertThrows(CorpusException.class, u::commit);
                assertTrue(e.getMessage().contains("was removed and taken by another run"), e.getMessage());
            }
        }
        assertEquals(before, documentLines(), "nothing committed");
    }

    @Test
    void whatAKilledRunLeavesAtEachStepOfACommitIsRemovedByTheNextOpen() throws Exception {
        write("a.txt", "甲");
        ingest("a.txt");
        List<String> layout = names();
        List<String> lines = documentLines();
        // killed while writing its generation
        try (Corpus c = Corpus.openForWriting(corpus)) {
            IngestPlan plan = c.planIngest(inputs("a.txt"), SETTINGS, true, false, 1 << 20);
            Update u = c.update();
            u.add(plan.steps().get(0), record("a.txt", "甲", "x"));
            Cleanup.unregister(corpus.resolve(names().stream().filter(n -> n.endsWith(".part/")).findFirst().orElseThrow().replace("/", "")));
            // no close, no commit: as after kill -9
        }
        assertTrue(names().stream().anyMatch(n -> n.startsWith(".g000002-") && n.endsWith(".part/")), names().toString());
        // killed after naming its generation, before switching current; after writing the new link, before renaming it;
        // and, from an earlier run, killed after switching current, before removing the generation before
        Files.createDirectory(corpus.resolve("g000002"));
        Files.createSymbolicLink(corpus.resolve(".link-0123abcd.part"), Path.of("g000002"));
        Files.createDirectory(corpus.resolve("g000000"));
        // and the temporary files of an earlier release's layout
        Files.writeString(corpus.resolve(".documents.jsonl.123456.part"), "{");
        Files.writeString(corpus.resolve(".manifest.json.9.part"), "{");
        try (Corpus c = Corpus.openForWriting(corpus)) {
            assertEquals(1, c.current().number());
        }
        assertEquals(layout, names());
        assertEquals(lines, documentLines());
    }

    @Test
    void aCorpusOfTheEarlierLayoutIsUpgradedByHashingItsInputsNotByIngestingThemAgain() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        Files.createDirectories(corpus);
        String shaA = sha256(Files.readAllBytes(in.resolve("a.txt")));
        String shaB = sha256(Files.readAllBytes(in.resolve("b.txt")));
        byte[] a = record("a.txt", "甲 as the earlier release wrote it", shaA);
        byte[] b = record("b.txt", "乙", shaB);
        Files.write(corpus.resolve("documents.jsonl"), (new String(a, StandardCharsets.UTF_8) + "\n" + new String(b, StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.writeString(corpus.resolve("manifest.json"), "{\"schema\":\"lexcorpus.manifest/1\",\"version\":\"" + SETTINGS
                + "\",\"inputs\":{\"a.txt\":\"" + shaA + "\",\"b.txt\":\"" + shaB + "\"},\"stamps\":{}}");
        Files.writeString(corpus.resolve("entities.jsonl"), "");
        Files.writeString(corpus.resolve(".lock"), "");
        ingest("a.txt", "b.txt");
        assertEquals(Map.of("a.txt", IngestPlan.Kind.VERIFY, "b.txt", IngestPlan.Kind.VERIFY), took);
        assertTrue(documentLines().get(0).contains("as the earlier release wrote it"), "kept, not ingested again");
        assertEquals(LAYOUT_1, names());
        assertTrue(Files.readString(corpus.resolve(Corpus.MANIFEST)).contains(Manifest.SCHEMA));
    }

    @Test
    void aDamagedManifestIsRebuiltFromTheInputs() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        Path manifest = corpus.resolve("current").resolve(Corpus.MANIFEST);
        Files.writeString(manifest, "{not json");
        List<String> lines = documentLines();
        IngestPlan plan = ingest("a.txt", "b.txt");
        assertTrue(plan.notices().stream().anyMatch(n -> n.contains("manifest.json: not valid JSON")), plan.notices().toString());
        assertEquals(Map.of("a.txt", IngestPlan.Kind.REDO, "b.txt", IngestPlan.Kind.REDO), took,
                "without the manifest the settings the records were made with are unknown: they are made again");
        assertEquals(lines, documentLines());
    }

    @Test
    void aRecordChangedInPlaceIsCaughtByItsChecksum() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        List<String> good = documentLines();
        Path docs = corpus.resolve("current").resolve(Corpus.DOCUMENTS);
        Files.writeString(docs, Files.readString(docs).replace("乙", "丙")); // same length, valid JSON
        IngestPlan plan = ingest("a.txt", "b.txt");
        assertTrue(plan.writes());
        assertEquals(IngestPlan.Kind.REDO, took.get("b.txt"));
        assertEquals(good, documentLines());
        // not among the inputs of a run: removed and said, not kept as it is
        Files.writeString(docs, Files.readString(docs).replace("乙", "丙"));
        IngestPlan without = ingest("a.txt");
        assertEquals(IngestPlan.Kind.DROP, took.get("b.txt"));
        assertEquals(1, documentLines().size());
        assertTrue(without.notices().stream().anyMatch(n -> n.contains("missing or not as written")), without.notices().toString());
    }

    @Test
    void exportSeesWhichDocumentsTheEntitiesWereFoundIn() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        try (Corpus c = Corpus.openExisting(corpus); Update u = c.update()) {
            u.linkDocuments(c.documentsSound());
            var out = u.entities(List.of("date"));
            for (String line : documentLines()) {
                String id = Json.mapper().readTree(line).get("id").asText();
                out.write(("{\"doc\":\"" + id + "\"}\n").getBytes(StandardCharsets.UTF_8));
                u.extracted(id, line.getBytes(StandardCharsets.UTF_8));
            }
            u.commit();
        }
        Corpus.read(corpus).entities(null).close();
        write("b.txt", "乙乙");
        ingest("a.txt", "b.txt");
        CorpusException stale = assertThrows(CorpusException.class, () -> Corpus.read(corpus).entities(null));
        assertTrue(stale.getMessage().contains("(b.txt)"), stale.getMessage());
        // only the documents asked for count
        Corpus.read(corpus).entities(id -> id.equals("a.txt")).close();
        ingest(false, true, "a.txt");
        CorpusException gone = assertThrows(CorpusException.class, () -> Corpus.read(corpus).entities(null));
        assertTrue(gone.getMessage().contains("b.txt (no longer in the corpus)"), gone.getMessage());
    }

    @Test
    void theManifestValidatesAgainstItsSchema() throws Exception {
        write("a.txt", "甲");
        write("b.txt", "乙");
        ingest("a.txt", "b.txt");
        try (Corpus c = Corpus.openExisting(corpus); Update u = c.update()) {
            u.linkDocuments(c.documentsSound());
            u.entities(List.of("date", "money"));
            for (String line : documentLines()) {
                u.extracted(Json.mapper().readTree(line).get("id").asText(), line.getBytes(StandardCharsets.UTF_8));
            }
            u.commit();
        }
        com.networknt.schema.JsonSchema schema;
        try (var in = CorpusTest.class.getResourceAsStream("/lexcorpus/schema/manifest.schema.json")) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(Json.mapper().readTree(in));
        }
        var manifest = Json.mapper().readTree(corpus.resolve(Corpus.MANIFEST).toFile());
        assertEquals(java.util.Set.of(), schema.validate(manifest));
        assertEquals(2, manifest.get("entities").get("documents").size());
        // and it would catch a manifest that is not one
        ((ObjectNode) manifest.get("inputs").get("a.txt")).put("sha256", "not a hash");
        assertFalse(schema.validate(manifest).isEmpty());
    }

    @Test
    void aCorpusFolderCopiedWithItsLinksFollowedIsTurnedBackIntoLinks() throws Exception {
        write("a.txt", "甲");
        ingest("a.txt");
        List<String> lines = documentLines();
        Path cur = corpus.resolve("current");
        Path g = corpus.resolve(Files.readSymbolicLink(cur).toString());
        Files.delete(cur);
        Files.move(g, cur); // as cp -rL leaves it (the top-level names still lead through current)
        assertTrue(Files.isDirectory(cur, LinkOption.NOFOLLOW_LINKS));
        assertEquals(lines, Files.readAllLines(Corpus.read(corpus).generation().documents()));
        ingest("a.txt");
        assertEquals(LAYOUT_1.stream().map(n -> n.replace("g000001", "g000002")).toList(), names());
        assertEquals(lines, documentLines());
    }
}
