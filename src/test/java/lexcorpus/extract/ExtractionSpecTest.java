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
import java.util.stream.Stream;
import lexcorpus.io.Json;
import lexcorpus.model.Entity;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extraction specs as data (src/test/resources/specs): every positive phrase gives an entity with the
 * marked span and exactly the expected value; every negative phrase gives no entity of its type.
 */
class ExtractionSpecTest {
    private static final Extraction EXTRACTION = new Extraction(Set.copyOf(Entity.TYPES));

    static Stream<Arguments> positives(String type) throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String line : lines("/specs/" + type + "/positive.jsonl")) {
            JsonNode spec = Json.mapper().readTree(line);
            String docDate = spec.path("doc_date").asText(null);
            for (JsonNode ex : spec.get("examples")) {
                out.add(Arguments.of(ex.asText(), docDate, spec.get("value")));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> negatives(String type) throws IOException {
        return lines("/specs/" + type + "/negative.txt").stream().map(Arguments::of);
    }

    static Stream<Arguments> datePositives() throws IOException {
        return positives("date");
    }

    static Stream<Arguments> moneyPositives() throws IOException {
        return positives("money");
    }

    static Stream<Arguments> statutePositives() throws IOException {
        return positives("statute");
    }

    static Stream<Arguments> caseNumberPositives() throws IOException {
        return positives("case_number");
    }

    static Stream<Arguments> dateNegatives() throws IOException {
        return negatives("date");
    }

    static Stream<Arguments> moneyNegatives() throws IOException {
        return negatives("money");
    }

    static Stream<Arguments> statuteNegatives() throws IOException {
        return negatives("statute");
    }

    static Stream<Arguments> caseNumberNegatives() throws IOException {
        return negatives("case_number");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datePositives")
    void date(String phrase, String docDate, JsonNode value) {
        assertFinds(Entity.DATE, phrase, docDate, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moneyPositives")
    void money(String phrase, String docDate, JsonNode value) {
        assertFinds(Entity.MONEY, phrase, docDate, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statutePositives")
    void statute(String phrase, String docDate, JsonNode value) {
        assertFinds(Entity.STATUTE, phrase, docDate, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNumberPositives")
    void caseNumber(String phrase, String docDate, JsonNode value) {
        assertFinds(Entity.CASE_NUMBER, phrase, docDate, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dateNegatives")
    void notDate(String phrase) {
        assertNone(Entity.DATE, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moneyNegatives")
    void notMoney(String phrase) {
        assertNone(Entity.MONEY, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuteNegatives")
    void notStatute(String phrase) {
        assertNone(Entity.STATUTE, phrase);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNumberNegatives")
    void notCaseNumber(String phrase) {
        assertNone(Entity.CASE_NUMBER, phrase);
    }

    private static void assertFinds(String type, String phrase, String docDate, JsonNode value) {
        int open = phrase.indexOf('⟦');
        String text = phrase.replace("⟦", "").replace("⟧", "");
        String span = open < 0 ? text : phrase.substring(open + 1, phrase.indexOf('⟧'));
        int start = open < 0 ? 0 : text.codePointCount(0, open);
        List<Entity> found = EXTRACTION.extract("spec", Normalizer.normalize(text), docDate);
        Entity hit = found.stream().filter(e -> e.type().equals(type) && e.start() == start && e.text().equals(span))
                .findFirst().orElse(null);
        assertTrue(hit != null, () -> "no " + type + " '" + span + "' in '" + text + "'; found " + found);
        JsonNode got = Json.mapper().valueToTree(hit.value());
        // every field the spec states must agree; a value may carry more (court and case type names)
        value.fields().forEachRemaining(f -> assertEquals(f.getValue().toString(), got.path(f.getKey()).toString(),
                () -> f.getKey() + " of '" + span + "' in '" + text + "': " + got));
        for (Entity e : found) {
            assertEquals(e.text(), text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())));
        }
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
