package lexcorpus.ingest.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbering schemes of numbering.tsv read their own examples, and lines that only look numbered are not labels. */
class NumberingTest {
    private final Numbering numbering = Tables.instance().numbering;

    @Test
    void everyExampleOfTheTableReadsAsItSays() throws IOException {
        List<String[]> examples = new ArrayList<>();
        try (InputStream in = NumberingTest.class.getResourceAsStream("/lexcorpus/ingest/numbering.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# e.g.\t")) {
                    examples.add(line.substring("# e.g.\t".length()).split("\t", -1));
                }
            }
        }
        assertTrue(examples.size() >= 15, "examples: " + examples.size());
        for (String[] e : examples) {
            Numbering.Label label = numbering.parse(e[1]);
            assertNotNull(label, e[1]);
            assertEquals(e[0], label.scheme(), e[1]);
            assertEquals(Integer.parseInt(e[2]), label.ordinal(), e[1]);
            assertEquals(e.length > 3 ? e[3] : "", label.title(), e[1]);
        }
    }

    @Test
    void runInPointsDatesArticlesOfLawAndPlainNumbersAreNotLabels() {
        for (String line : List.of("一是加强前瞻性调查研究。", "2018 年 5 月，委员会通过修订", "第一条 为了规范数据处理活动", "1981 年公约签署",
                "12345", "一二三四五", "（以下简称《条例》）", "IVX法案", "第三方机构通常包括认证机构")) {
            assertNull(numbering.parse(line), line);
        }
    }

    @Test
    void fullWidthDigitsAndBracketsReadLikeTheirAsciiForms() {
        Numbering.Label label = numbering.parse("（２）主要内容");
        assertEquals("ar_paren", label.scheme());
        assertEquals(2, label.ordinal());
        assertEquals("主要内容", label.title());
        assertEquals("decimal2", numbering.parse("１．２ 适用").scheme());
    }
}
