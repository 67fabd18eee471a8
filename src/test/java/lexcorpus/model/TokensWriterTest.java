package lexcorpus.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.Json;
import lexcorpus.segment.JiebaWordSegmenter;
import org.junit.jupiter.api.Test;

class TokensWriterTest {
    /** Jackson's own way to write the same list: one int array serializer per token. */
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static String written(List<int[]> tokens) throws Exception {
        Document d = Document.of("a", "x", null).withIngest(null, null, null, tokens);
        String json = Json.mapper().writeValueAsString(d);
        return json.substring(json.indexOf("\"tokens\":") + 9, json.length() - 1);
    }

    @Test
    void smallCasesAreWrittenAsJacksonWouldWriteThem() throws Exception {
        List<List<int[]>> cases = List.of(
                List.of(),
                List.of(new int[] {0, 1}),
                List.of(new int[] {0, 9}, new int[] {9, 10}, new int[] {10, 99}, new int[] {99, 100}),
                List.of(new int[] {2147483646, Integer.MAX_VALUE}, new int[] {-1, 0}));
        for (List<int[]> tokens : cases) {
            assertEquals(PLAIN.writeValueAsString(tokens), written(tokens));
        }
        assertEquals("[[0,9],[9,10],[10,99],[99,100]]", written(cases.get(2)));
    }

    @Test
    void moreTokensThanOneChunkHoldsComeOutWhole() throws Exception {
        List<int[]> tokens = new ArrayList<>();
        for (int i = 0; i < 100_000; i += 3) {
            tokens.add(new int[] {i, i + 3});
        }
        assertEquals(PLAIN.writeValueAsString(tokens), written(tokens));
    }

    @Test
    void aFlatListIsWrittenAsTheSamePairs() throws Exception {
        TokenList flat = new TokenList(1);
        List<int[]> plain = new ArrayList<>();
        // adjacent tokens (the end's digits are copied), gaps, and each number length, across many chunks
        int at = 0;
        for (int i = 0; i < 60_000; i++) {
            int start = i % 7 == 0 ? at + 1 : at;
            int end = start + 1 + i % 3;
            flat.add(start, end);
            plain.add(new int[] {start, end});
            at = i == 30_000 ? 999_999_990 : end;
        }
        assertEquals(plain.size(), flat.size());
        assertEquals(PLAIN.writeValueAsString(plain), written(flat));
        assertEquals(PLAIN.writeValueAsString(plain), PLAIN.writeValueAsString(flat), "a list of pairs to any writer");
        assertEquals(PLAIN.writeValueAsString(List.of(new int[0])), written(List.of(new int[0])));
        int[] longer = new int[100];
        assertEquals(PLAIN.writeValueAsString(List.of(longer)), written(List.of(longer)));
    }

    @Test
    void theTokensOfASampleAreTheBytesJacksonWrites() throws Exception {
        String text = Files.readString(Path.of("samples", "judgment-excerpt.txt"));
        Document d = new Ingester(JiebaWordSegmenter.instance()).ingest(Document.of("s", text, null));
        assertEquals(PLAIN.writeValueAsString(d.tokens()), written(d.tokens()));
        // a pretty printer takes Jackson's own path, with its spacing
        String pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(d);
        assertEquals(PLAIN.valueToTree(d.tokens()), Json.mapper().readTree(pretty).get("tokens"));
        assertEquals(true, pretty.contains("\"tokens\" : [ [ "), "spaced as Jackson spaces");
    }

    @Test
    void aRecordWrittenWithItsTokensAppendedIsTheBytesOfTheGenerator() throws Exception {
        Ingester ingester = new Ingester(JiebaWordSegmenter.instance());
        for (String name : List.of("judgment-excerpt.txt", "digital-law-bulletin-07.txt", "court-white-paper-excerpt.txt")) {
            Document d = ingester.ingest(Document.of(name, Files.readString(Path.of("samples", name)), null));
            byte[] fast = d.toJson(Json.mapper());
            assertArrayEquals(Json.mapper().writeValueAsBytes(d), fast, name);
            assertEquals(PLAIN.valueToTree(d.tokens()), Json.mapper().readTree(fast).get("tokens"), name);
        }
        // no tokens; no tokens made; entities after the tokens; no field before the tokens
        Document none = Document.of("a", "x", null);
        assertArrayEquals(Json.mapper().writeValueAsBytes(none), none.toJson(Json.mapper()));
        Document empty = none.withIngest(null, null, null, new TokenList(0));
        assertEquals("{\"schema\":\"lexcorpus.document/1\",\"id\":\"a\",\"text\":\"x\",\"tokens\":[]}",
                new String(empty.toJson(Json.mapper()), StandardCharsets.UTF_8));
        TokenList two = new TokenList(2);
        two.add(0, 1);
        two.add(1, 12);
        Document withEntities = none.withIngest(null, null, null, two).withEntities(List.of());
        assertEquals("{\"schema\":\"lexcorpus.document/1\",\"id\":\"a\",\"text\":\"x\",\"tokens\":[[0,1],[1,12]],\"entities\":[]}",
                new String(withEntities.toJson(Json.mapper()), StandardCharsets.UTF_8));
        Document bare = new Document(null, null, null, null, null, null, null, null, null, two, null, null);
        assertEquals("{\"tokens\":[[0,1],[1,12]]}", new String(bare.toJson(Json.mapper()), StandardCharsets.UTF_8));
    }
}
