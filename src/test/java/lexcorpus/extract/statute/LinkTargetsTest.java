package lexcorpus.extract.statute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass scan of link targets marks what the regular expression it stands for matches. */
class LinkTargetsTest {
    private static final Pattern REFERENCE = Pattern.compile("\\]\\([^)\\n]*\\)|https?://[^\\s）)》]+");

    @Provide
    static Arbitrary<String> markup() {
        return Arbitraries.of("]", "(", ")", "](", "\n", "http", "https", "://", "s", ":", "/", " ", "\t", "》", "）", "x",
                "《民法典》", "[见", "#a").list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void marksWhatTheExpressionMatches(@ForAll("markup") String text) {
        assertEquals(reference(text), StatuteFinder.linkTargets(text), text);
    }

    @Test
    void examples() {
        String s = "见[条文](#a1) 与 https://flk.npc.gov.cn/x）后](未闭合\n]()";
        BitSet marks = StatuteFinder.linkTargets(s);
        assertEquals(reference(s), marks);
        assertEquals("](#a1)", s.substring(marks.nextSetBit(0), marks.nextClearBit(marks.nextSetBit(0))));
        int at = s.indexOf("https");
        assertEquals("https://flk.npc.gov.cn/x", s.substring(at, marks.nextClearBit(at)));
        assertEquals(false, marks.get(s.indexOf("未")));
        assertEquals(true, marks.get(s.length() - 1));
    }

    private static BitSet reference(String s) {
        BitSet out = new BitSet(s.length());
        Matcher m = REFERENCE.matcher(s);
        while (m.find()) {
            out.set(m.start(), m.end());
        }
        return out;
    }
}
