package lexcorpus.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.samples.Samples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The segmenter walks the text itself and hands jieba only its runs of words: its spans must be those of
 * jieba's own {@code process(text, SEARCH)}, less blank tokens, with split supplementary chars joined.
 */
class JiebaWordSegmenterTest {
    private final JiebaWordSegmenter segmenter = JiebaWordSegmenter.instance();
    private final JiebaSegmenter jieba = new JiebaSegmenter(); // the dictionaries are loaded by instance()

    /** The reference: jieba's process, blank tokens dropped, the halves of a surrogate pair joined. */
    private List<String> byProcess(String text) {
        List<int[]> spans = new ArrayList<>();
        for (SegToken t : jieba.process(text, JiebaSegmenter.SegMode.SEARCH)) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last[1] == t.startOffset && Character.isHighSurrogate(text.charAt(t.startOffset - 1))
                    && Character.isLowSurrogate(text.charAt(t.startOffset))) {
                last[1] = t.endOffset;
            } else if (!text.substring(t.startOffset, t.endOffset).isBlank()) {
                spans.add(new int[] {t.startOffset, t.endOffset});
            }
        }
        return spans.stream().map(s -> s[0] + "-" + s[1]).toList();
    }

    private List<String> bySegmenter(String text) {
        return segmenter.segment(text).stream().map(s -> s[0] + "-" + s[1]).toList();
    }

    @Test
    void whatJiebaFoldsOrCuts() {
        String text = "ＡＢＣ公司诉XYZ有限公司，标的额１２３．５万元（USD 3.5m）；二〇二四年 C++ C# a_b a-b a&b\t"
                + "𠀀𠀁字　全角空格，emoji😀在此。Ｗｏｒｄ2024年第12期";
        List<String> expected = byProcess(text);
        assertTrue(expected.size() > 40, "the case has tokens: " + expected.size());
        assertEquals(expected, bySegmenter(text));
        // a supplementary char comes back whole, a blank never comes back
        assertTrue(bySegmenter("𠀀").equals(List.of("0-2")), bySegmenter("𠀀").toString());
        assertEquals(List.of(), bySegmenter(" \t　"));
        assertEquals(List.of("0-6"), bySegmenter("最高人民法院"));
    }

    @Test
    void theSamplesLineByLine() {
        int lines = 0;
        for (Path f : Samples.files()) {
            for (String line : Samples.text(f).split("\n")) {
                assertEquals(byProcess(line), bySegmenter(line), f + ": " + line);
                lines++;
            }
        }
        assertTrue(lines > 100, "lines compared: " + lines);
    }

    @Property(tries = 300)
    void anyMixOfScripts(@ForAll("mixed") String text) {
        assertEquals(byProcess(text), bySegmenter(text));
    }

    @Provide
    Arbitrary<String> mixed() {
        // pieces jieba treats differently: Han words and chars, Latin both cases, full-width forms, digits,
        // its connectors, punctuation, blanks of several kinds, supplementary chars and a lone surrogate
        Arbitrary<String> piece = Arbitraries.of("人民法院", "判决", "被告", "的", "〇", "二〇二四", "年", "Ａ", "ｂ", "１",
                "．", "A", "b", "Z", "7", "3.5", "+", "#", "&", "_", "-", ".", "，", "。", "、", "《", "》", "（", "）",
                " ", "\t", "　", "\u00a0", "😀", "𠀀", "\ud800", "x", "％", "%", "元", "第", "条");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Test
    void aRunWithoutStopsIsSegmentedAWindowAtATimeAndNoWordIsCut() {
        // one word repeated past several windows, with no char between: the window ends inside a word
        String word = "最高人民法院";
        String text = word.repeat(3 * JiebaWordSegmenter.WINDOW / word.length() + 7);
        List<int[]> tokens = segmenter.segment(text);
        assertEquals(text.length() / word.length(), tokens.size());
        int at = 0;
        for (int[] t : tokens) {
            assertEquals(at, t[0]);
            assertEquals(word, text.substring(t[0], t[1]));
            at = t[1];
        }
        assertEquals(text.length(), at);
    }

    @Test
    void noStringLongerThanAWindowIsHandedToTheSplitter() {
        // a 2 MB line without a stop: the splitter (two chars a word here) never sees more than a window
        String text = "数据".repeat(1_000_000);
        int[] longest = {0};
        List<int[]> tokens = new ArrayList<>();
        JiebaWordSegmenter.segment(text, (s, e) -> tokens.add(new int[] {s, e}), run -> {
            longest[0] = Math.max(longest[0], run.length());
            List<String> words = new ArrayList<>();
            for (int k = 0; k < run.length(); k += 2) {
                words.add(run.substring(k, Math.min(run.length(), k + 2)));
            }
            return words;
        });
        assertTrue(longest[0] <= JiebaWordSegmenter.WINDOW, "longest " + longest[0]);
        assertEquals(1_000_000, tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            assertEquals(2 * k, tokens.get(k)[0]);
            assertEquals(2 * k + 2, tokens.get(k)[1]);
        }
    }

    @Test
    void aShortRunIsSegmentedAsJiebaDoes() {
        String text = "当事人对一审判决不服提起上诉二审法院依法组成合议庭公开开庭审理了本案".repeat(20);
        assertTrue(text.length() < JiebaWordSegmenter.WINDOW);
        assertEquals(byProcess(text), bySegmenter(text));
    }
}
