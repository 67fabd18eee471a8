package lexcorpus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import lexcorpus.ingest.Ingester;
import lexcorpus.model.Document;
import lexcorpus.segment.JiebaWordSegmenter;
import org.junit.jupiter.api.Test;

/** The top-level walk of {@link Fields} against Jackson reading the whole record. */
class FieldsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Records as ingest writes them (text, outline, tokens) for the samples, and with entities added. */
    private static List<byte[]> sampleRecords() throws IOException {
        Ingester ingester = new Ingester(JiebaWordSegmenter.instance());
        List<byte[]> records = new ArrayList<>();
        for (String name : List.of("digital-law-bulletin-07.txt", "court-white-paper-excerpt.txt", "judgment-excerpt.txt")) {
            Document d = ingester.ingest(Document.of(name, Files.readString(Path.of("samples", name)), null));
            byte[] line = Json.mapper().writeValueAsBytes(d);
            records.add(line);
            String withEntities = new String(line, StandardCharsets.UTF_8);
            withEntities = withEntities.substring(0, withEntities.length() - 1)
                    + ",\"entities\":[{\"type\":\"date\",\"text\":\"2024年\",\"start\":3,\"end\":8,\"value\":{\"year\":2024}}]}";
            records.add(utf8(withEntities));
        }
        return records;
    }

    @Test
    void everyWantedFieldOfARealRecordIsWhatJacksonReads() throws IOException {
        List<Set<String>> asks = List.of(Set.of("id", "text", "date", "metadata"), Set.of("id", "doc", "type", "value", "entities"),
                Set.of("tokens"), Set.of("structure", "id"), Set.of());
        int compared = 0;
        for (byte[] record : sampleRecords()) {
            JsonNode whole = Json.mapper().readTree(record);
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = whole.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            assertTrue(names.contains("tokens") && names.contains("structure"), "a record with tokens and outline");
            for (Set<String> ask : asks) {
                Fields f = Fields.read(record, ask);
                for (String name : ask) {
                    assertEquals(whole.get(name), f.get(name), name);
                    compared += whole.has(name) ? 1 : 0;
                }
                for (String name : names) {
                    assertTrue(f.has(name), name);
                }
                assertFalse(f.has("nothing"));
            }
        }
        assertTrue(compared > 30, "values compared: " + compared);
    }

    @Test
    void namesWithEscapesAndValuesOfEveryKind() throws IOException {
        byte[] record = utf8(" {\"te\\u0078t\" : \"a\\\"}[b\" , \"n\":-1.5e3,\"t\":true,\"z\":null,\"o\":{\"k\":[1,{\"x\":\"]\"}]},\"e\":[] } ");
        Fields f = Fields.read(record, Set.of("text", "n", "t", "z", "o", "e"));
        assertEquals("a\"}[b", f.get("text").asText());
        assertEquals(-1500.0, f.get("n").asDouble());
        assertTrue(f.get("t").asBoolean());
        assertTrue(f.get("z").isNull());
        assertEquals("]", f.get("o").get("k").get(1).get("x").asText());
        assertEquals(0, f.get("e").size());
        Fields none = Fields.read(record, Set.of("absent"));
        assertNull(none.get("text"));
        assertTrue(none.has("text") && none.has("o") && !none.has("k"));
        assertTrue(Fields.read(utf8("{ }"), Set.of("id")).get("id") == null);
    }

    @Test
    void aBrokenRecordIsRejectedWhereverTheBreakIs() {
        for (String bad : List.of(
                "[1,2]", "", "{", "{\"id\"", "{\"id\":", "{\"id\" \"a\"}", "{\"id\":\"a\" \"text\":\"b\"}",
                "{\"id\":\"a\",\"tokens\":[[0,1],[1,2]", // cut inside a skipped value, never reaching a wanted one
                "{\"id\":\"a\",\"note\":\"open}", // a string never closed
                "{\"id\":\"a\"} trailing", "{\"id\":\"a\",}", "{\"id\":tru}", "{\"id\":}")) {
            assertThrows(IOException.class, () -> Fields.read(utf8(bad), Set.of("id", "entities")), bad);
        }
    }
}
