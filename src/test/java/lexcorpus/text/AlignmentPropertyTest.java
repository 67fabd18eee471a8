package lexcorpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any text: the cleaner terminates, and every clean span maps to an in-order span of the original. */
class AlignmentPropertyTest {
    @Provide
    static Arbitrary<String> issueText() {
        Arbitrary<Character> chars = Arbitraries.of('年', '月', '日', '元', '万', '《', '》', '（', '）', '第', '条', '，', '。', '、', ' ',
                '\n', '\n', '2', '0', '9', '１', '\u3000', '\uFEFF', '*', '[', ']', 'b', 'o', 'k', 'm', 'a', 'r', ':', '-', '•', '法', '\f');
        Arbitrary<String> supplementary = Arbitraries.of("𠀀", "😀", "[bookmark: _GoBack]", "**", "2025 年 7\n\n月");
        return Arbitraries.oneOf(chars.map(String::valueOf), supplementary).list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void everyCleanCharMapsInsideTheOriginalInOrder(@ForAll("issueText") String original) {
        AlignedText t = Normalizer.normalize(original);
        int previous = -1;
        int cps = original.codePointCount(0, original.length());
        for (int i = 0; i < t.text().length(); i++) {
            int[] span = t.toOriginalSpan(i, i + 1);
            assertTrue(span[0] >= 0 && span[1] <= cps && span[0] < span[1], "span in range");
            assertTrue(span[0] >= previous, "in order");
            previous = span[0];
        }
        for (int a = 0; a < t.text().length(); a += 7) {
            int b = Math.min(t.text().length(), a + 11);
            int[] span = t.toOriginalSpan(a, b);
            String slice = original.substring(original.offsetByCodePoints(0, span[0]), original.offsetByCodePoints(0, span[1]));
            assertEquals(slice, t.originalSlice(a, b));
        }
    }
}
