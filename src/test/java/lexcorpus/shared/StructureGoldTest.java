package lexcorpus.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.Ingester;
import lexcorpus.io.Json;
import lexcorpus.model.Document;
import lexcorpus.model.Structure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The expected outline of an issue (gold/structure): masthead, sections, articles with headline and by-line. */
@Tag("shared")
class StructureGoldTest {
    @Test
    void issueOutlineMatchesTheGold() throws Exception {
        Path shared = Shared.dir();
        Path goldDir = shared.resolve("gold/structure");
        List<Path> golds = new ArrayList<>();
        try (var s = Files.list(goldDir)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(golds::add);
        }
        assertTrue(!golds.isEmpty());
        Ingester ingester = new Ingester(null);
        for (Path g : golds) {
            JsonNode gold = Json.mapper().readTree(g.toFile());
            String id = gold.get("doc").asText();
            String text = Files.readString(shared.resolve("corpus").resolve(id), StandardCharsets.UTF_8);
            Document doc = ingester.ingest(Document.of(id, text, null));
            JsonNode meta = gold.get("metadata");
            assertEquals(meta.get("title").asText(), doc.metadata().title());
            assertEquals(meta.get("issue").asInt(), doc.metadata().issue());
            assertEquals(meta.get("date").asText(), doc.metadata().date());
            assertEquals(meta.get("publisher").asText(), doc.metadata().publisher());

            List<String> sections = new ArrayList<>();
            gold.get("sections").forEach(s -> sections.add(s.asText()));
            assertEquals(sections, doc.structure().sections().stream().map(Structure.Section::title).toList());

            List<Structure.Article> articles = doc.structure().articles();
            assertEquals(gold.get("articles").size(), articles.size(), "articles of " + id);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < articles.size(); i++) {
                JsonNode want = gold.get("articles").get(i);
                Structure.Article got = articles.get(i);
                assertEquals(want.get("section").asText(), got.section(), "section of article " + i);
                assertEquals(want.get("headline").asText(), got.headline(), "headline of article " + i);
                assertEquals(want.get("byline").asText(), got.byline(), "by-line of article " + i);
                int line = text.substring(0, text.offsetByCodePoints(0, got.start())).split("\n", -1).length;
                assertEquals(want.get("line").asInt(), line, "line of article " + i + " (" + lines[line - 1] + ")");
                Structure.Span toc = doc.structure().contents();
                assertTrue(toc == null || got.start() >= toc.end(), "article " + i + " is not in the contents");
            }
        }
    }
}
