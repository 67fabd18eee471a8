package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lexcorpus.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file larger than --part-size is read in parts: one record each, offsets placing it in the file. */
class PartsTest {
    @TempDir
    static Path dir;
    static Path big;
    static String bigText;

    @BeforeAll
    static void makeABigIssue() throws IOException {
        // the samples one after another until the file is a little over 2.5 MB
        StringBuilder sb = new StringBuilder();
        List<Path> samples;
        try (Stream<Path> s = Files.list(Cli.SAMPLES)) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        while (sb.toString().getBytes(StandardCharsets.UTF_8).length < 2_600_000) {
            for (Path p : samples) {
                sb.append(Files.readString(p)).append("\n\n");
            }
        }
        bigText = sb.toString();
        Path in = Files.createDirectories(dir.resolve("in"));
        big = in.resolve("big.txt");
        Files.writeString(big, bigText);
        Files.copy(Cli.SAMPLES.resolve("judgment-excerpt.txt"), in.resolve("judgment-excerpt.txt"));
    }

    private static List<JsonNode> records(byte[] jsonl) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }

    @Test
    void partsAreCutAtLineBreaksAndTogetherAreTheFile() throws IOException {
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--part-size", "1", big.getParent().toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = records(r.stdout());
        List<String> ids = docs.stream().map(d -> d.get("id").asText()).toList();
        assertEquals(List.of("big.txt#0001", "big.txt#0002", "big.txt#0003", "judgment-excerpt.txt"), ids);
        StringBuilder joined = new StringBuilder();
        long offset = 0;
        String sha = docs.get(0).get("sha256").asText();
        for (JsonNode d : docs.subList(0, 3)) {
            JsonNode part = d.get("part");
            assertEquals("big.txt", part.get("of").asText());
            assertEquals(offset, part.get("offset").asLong());
            assertEquals(sha, d.get("sha256").asText(), "every part carries the file's hash");
            String text = d.get("text").asText();
            assertTrue(text.endsWith("\n") || d == docs.get(2), "a part ends after a line break");
            assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= 1024 * 1024);
            joined.append(text);
            offset += text.codePointCount(0, text.length());
            // a later part keeps the masthead of the file's start
            assertEquals(docs.get(0).get("metadata"), d.get("metadata"));
        }
        assertEquals(bigText, joined.toString());
        assertTrue(docs.get(3).path("part").isMissingNode(), "a small file is one record, without a part");
    }

    @Test
    void aPartSizeBelowOneMegabyteIsAUsageError() {
        Cli.Result r = Cli.run("ingest", "--no-tokens", "--part-size", "0", big.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.stderr().contains("--part-size must be from 1 to 256 (MB), not 0"), r.stderr());
        assertEquals(0, r.stdout().length);
        Cli.Result huge = Cli.run("ingest", "--no-tokens", "--part-size", "257", big.toString());
        assertEquals(ExitCodes.USAGE, huge.code(), "a part's record must stay within the limit of a record");
    }

    @Test
    void aFileWithoutLineBreaksIsCutBetweenCharacters() throws IOException {
        Path in = Files.createDirectories(dir.resolve("one-line"));
        String oneLine = bigText.replace("\n", "").replace(" ", "").replace(",", "").replace("!", "").replace("%", "")
                .replace(".", "").replace("(", "").replace(")", "").replace("-", "").replace("/", "").replace("*", "");
        Files.writeString(in.resolve("one-line.txt"), oneLine);
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--part-size", "1", in.toString());
        assertEquals(0, r.code(), r.stderr());
        List<JsonNode> docs = records(r.stdout());
        assertTrue(docs.size() >= 2, "read in parts: " + docs.size());
        assertEquals(oneLine, docs.stream().map(d -> d.get("text").asText()).collect(Collectors.joining()));
    }

    @Test
    void entitiesOfThePartsAreThoseOfTheWholeFile() throws IOException {
        Set<String> parts = entities("1");
        Set<String> whole = entities("8");
        // dates may differ only by the year inferred from context before a cut; nothing else may differ
        Set<String> onlyParts = new HashSet<>(parts);
        onlyParts.removeAll(whole);
        Set<String> onlyWhole = new HashSet<>(whole);
        onlyWhole.removeAll(parts);
        assertTrue(whole.size() > 1000, "a real number of entities: " + whole.size());
        assertEquals(whole.size(), parts.size());
        assertTrue(Stream.concat(onlyParts.stream(), onlyWhole.stream()).allMatch(e -> e.startsWith("date ")),
                onlyParts + " / " + onlyWhole);
        assertTrue(onlyParts.size() <= 4, onlyParts.toString());
    }

    /** Entities of the big file as "type start end value", offsets placed in the file. */
    private static Set<String> entities(String partSize) throws IOException {
        Cli.Result ingested = Cli.run("ingest", "--no-tokens", "-q", "--part-size", partSize, big.toString());
        Cli.Result extracted = Cli.runWithInput(ingested.stdout(), "extract", "-q");
        assertEquals(0, extracted.code(), extracted.stderr());
        Set<String> out = new HashSet<>();
        for (JsonNode d : records(extracted.stdout())) {
            long offset = d.path("part").path("offset").asLong(0);
            for (JsonNode e : d.get("entities")) {
                String text = e.get("text").asText();
                String original = bigText.substring(bigText.offsetByCodePoints(0, (int) (e.get("start").asLong() + offset)),
                        bigText.offsetByCodePoints(0, (int) (e.get("end").asLong() + offset)));
                assertEquals(text, original, "an entity's text is the file's text at its placed span");
                out.add(e.get("type").asText() + " " + (e.get("start").asLong() + offset) + " " + (e.get("end").asLong() + offset)
                        + " " + e.get("value"));
            }
        }
        return out;
    }

    @Test
    void aFileThatCannotBeCutFailsAloneAndNothingOfItIsWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad"));
        Files.write(in.resolve("a-utf16.txt"), ("\uFEFF" + bigText).getBytes(StandardCharsets.UTF_16LE));
        byte[] damaged = bigText.getBytes(StandardCharsets.UTF_8);
        int bad = damaged.length - 100;
        while ((damaged[bad] & 0xC0) == 0x80) {
            bad--; // the first byte of a char: where the decoder reports the damage
        }
        damaged[bad] = (byte) 0xFF; // bad UTF-8 in the last part
        Files.write(in.resolve("b-damaged.txt"), damaged);
        Files.copy(Cli.SAMPLES.resolve("judgment-excerpt.txt"), in.resolve("c.txt"));
        Cli.Result r = Cli.run("ingest", "--no-tokens", "-q", "--part-size", "1", in.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertEquals(List.of("c.txt"), records(r.stdout()).stream().map(d -> d.get("id").asText()).toList());
        assertTrue(r.stderr().contains("a-utf16.txt: a UTF-16 file this large is not read in parts"), r.stderr());
        assertTrue(r.stderr().contains("b-damaged.txt: not valid UTF-8 (bad byte at offset " + bad + ")"), r.stderr());
    }

    @Test
    void anUnchangedFileReadInPartsIsKeptOnARerun() throws IOException {
        Path corpus = dir.resolve("corpus");
        Cli.Result first = Cli.run("ingest", "--no-tokens", "--part-size", "1", "--corpus", corpus.toString(), big.getParent().toString());
        assertEquals(0, first.code(), first.stderr());
        byte[] documents = Files.readAllBytes(corpus.resolve("documents.jsonl"));
        // touch the file: same bytes, a new time, so the hash is what tells it unchanged
        Files.setLastModifiedTime(big, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Cli.Result again = Cli.run("ingest", "--no-tokens", "--part-size", "1", "--corpus", corpus.toString(), big.getParent().toString());
        assertEquals(0, again.code(), again.stderr());
        assertTrue(again.stderr().contains("2 inputs, 4 documents, 2 skipped unchanged"), again.stderr());
        assertEquals(new String(documents, StandardCharsets.UTF_8), Files.readString(corpus.resolve("documents.jsonl")));
        Set<String> ids = records(documents).stream().map(d -> d.get("id").asText()).collect(Collectors.toSet());
        assertEquals(Set.of("big.txt#0001", "big.txt#0002", "big.txt#0003", "judgment-excerpt.txt"), ids);
    }
}
