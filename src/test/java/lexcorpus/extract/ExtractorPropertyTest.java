package lexcorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lexcorpus.model.Entity;
import lexcorpus.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** For any input, extraction returns (never throws) and every entity satisfies text == original[start:end]. */
class ExtractorPropertyTest {
    private static final Extraction EXTRACTION = new Extraction(Set.copyOf(Entity.TYPES));

    @Provide
    static Arbitrary<String> legalText() {
        Arbitrary<String> pieces = Arbitraries.of("2024", "年", "3", "月", "15", "日", "元", "万", "亿", "人民币", "美元", "《", "》", "民法典",
                "第", "一百", "条", "款", "项", "（", "）", "(", ")", "2019", "浙02", "民初", "号", "、", "至", "本法", "以下简称", "字第",
                "，", "。", "\n", " ", "〇", "二", "十", "-", "余", "多", "𠀀", "😀", "约", "今年", "同年", "日", "法", "条例", "〔", "〕");
        return pieces.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 800)
    void offsetsHoldOnLegalishText(@ForAll("legalText") String text) {
        check(text);
    }

    @Property(tries = 300)
    void offsetsHoldOnAnyText(@ForAll @StringLength(max = 200) String text) {
        check(text);
    }

    private static void check(String text) {
        List<Entity> found = EXTRACTION.extract("p", Normalizer.normalize(text), "2024-03-01");
        int cps = text.codePointCount(0, text.length());
        for (Entity e : found) {
            assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= cps, e::toString);
            assertEquals(text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())), e.text());
        }
    }
}
