package lexcorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lexcorpus.io.Json;
import lexcorpus.model.Entity;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The extraction specs as data (src/test/resources/specs): every positive phrase gives an entity with the
 * marked span and exactly the expected value, the other entities its example lists, and nothing more; every
 * negative phrase gives no entity of its type.
 */
class ExtractionSpecTest {
    private static final Extraction EXTRACTION = new Extraction(Set.copyOf(Entity.TYPES));

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.DATE)
    void date(String phrase, String docDate, JsonNode value, JsonNode also) {
        assertFinds(Entity.DATE, phrase, docDate, value, also);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.MONEY)
    void money(String phrase, String docDate, JsonNode value, JsonNode also) {
        assertFinds(Entity.MONEY, phrase, docDate, value, also);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.STATUTE)
    void statute(String phrase, String docDate, JsonNode value, JsonNode also) {
        assertFinds(Entity.STATUTE, phrase, docDate, value, also);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.CASE_NUMBER)
    void caseNumber(String phrase, String docDate, JsonNode value, JsonNode also) {
        assertFinds(Entity.CASE_NUMBER, phrase, docDate, value, also);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.DOCUMENT_NUMBER)
    void documentNumber(String phrase, String docDate, JsonNode value, JsonNode also) {
        assertFinds(Entity.DOCUMENT_NUMBER, phrase, docDate, value, also);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.DATE, negative = true)
    void notDate(String phrase) {
        assertNone(Entity.DATE, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.MONEY, negative = true)
    void notMoney(String phrase) {
        assertNone(Entity.MONEY, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.STATUTE, negative = true)
    void notStatute(String phrase) {
        assertNone(Entity.STATUTE, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.CASE_NUMBER, negative = true)
    void notCaseNumber(String phrase) {
        assertNone(Entity.CASE_NUMBER, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @SpecSource(type = Entity.DOCUMENT_NUMBER, negative = true)
    void notDocumentNumber(String phrase) {
        assertNone(Entity.DOCUMENT_NUMBER, phrase);
    }

    /**
     * The phrase gives the marked entity with the expected value, the entities listed in {@code also} (type,
     * text and the value fields stated), and nothing else of any type.
     */
    private static void assertFinds(String type, String phrase, String docDate, JsonNode value, JsonNode also) {
        int open = phrase.indexOf('⟦');
        String text = phrase.replace("⟦", "").replace("⟧", "");
        String span = open < 0 ? text : phrase.substring(open + 1, phrase.indexOf('⟧'));
        int start = open < 0 ? 0 : text.codePointCount(0, open);
        List<Entity> found = EXTRACTION.extract("spec", Normalizer.normalize(text), docDate);
        Entity hit = found.stream().filter(e -> e.type().equals(type) && e.start() == start && e.text().equals(span))
                .findFirst().orElse(null);
        assertTrue(hit != null, () -> "no " + type + " '" + span + "' in '" + text + "'; found " + found);
        assertAgrees(value, hit, text);
        List<Entity> rest = new ArrayList<>(found);
        rest.remove(hit);
        for (JsonNode other : also) {
            Entity e = rest.stream().filter(r -> r.type().equals(other.path("type").asText())
                    && r.text().equals(other.path("text").asText())).findFirst().orElse(null);
            assertTrue(e != null, () -> "no " + other.path("type").asText() + " '" + other.path("text").asText() + "' in '"
                    + text + "'; found " + found);
            assertAgrees(other.path("value"), e, text);
            rest.remove(e);
        }
        assertTrue(rest.isEmpty(), () -> "'" + text + "' gives entities its spec does not list: " + rest);
        for (Entity e : found) {
            assertEquals(e.text(), text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())));
        }
    }

    /** Every field the spec states must agree; a value may carry more (court and case type names). */
    private static void assertAgrees(JsonNode value, Entity e, String text) {
        JsonNode got = Json.mapper().valueToTree(e.value());
        value.fields().forEachRemaining(f -> assertEquals(f.getValue().toString(), got.path(f.getKey()).toString(),
                () -> f.getKey() + " of '" + e.text() + "' in '" + text + "': " + got));
    }

    private static void assertNone(String type, String phrase) {
        List<Entity> found = EXTRACTION.extract("spec", Normalizer.normalize(phrase), "2024-03-01").stream()
                .filter(e -> e.type().equals(type)).toList();
        assertTrue(found.isEmpty(), () -> "'" + phrase + "' must give no " + type + ", gave " + found);
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ExtractionSpecTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
