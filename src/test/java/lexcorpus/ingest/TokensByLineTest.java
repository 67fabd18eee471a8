package lexcorpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.model.Document;
import lexcorpus.samples.Samples;
import lexcorpus.segment.JiebaWordSegmenter;
import lexcorpus.segment.WordSegmenter;
import lexcorpus.text.AlignedText;
import org.junit.jupiter.api.Test;

/**
 * Ingest hands jieba the sentences of a line in one call. The tokens must be those of segmenting each
 * sentence by itself: checked on samples/ and on lines whose sentences end in every kind of mark.
 */
class TokensByLineTest {
    private final WordSegmenter jieba = JiebaWordSegmenter.instance();
    private final Ingester ingester = new Ingester(jieba);

    /** Sentence by sentence, as ingest did before: the reference. */
    private List<String> bySentence(String text) {
        AlignedText clean = Ingester.clean(text);
        String s = clean.text();
        List<String> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                for (int[] cut : SentenceSplitter.split(s, lineStart, i)) {
                    int from = cut[0];
                    jieba.segment(s.substring(from, cut[1]), (start, end) -> {
                        int[] span = clean.toOriginalSpan(from + start, from + end);
                        out.add(span[0] + "-" + span[1]);
                    });
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    private List<String> byIngest(String text) {
        return ingester.ingest(Document.of("t", text, null)).tokens().stream().map(t -> t[0] + "-" + t[1]).toList();
    }

    @Test
    void sentencesEndingInEveryMark() {
        String text = "本院认为，被告应当支付货款100万元。原告的其他诉讼请求，不予支持！是否构成违约？\n"
                + "依照《中华人民共和国民法典》第五百七十七条；判决如下…… 一、被告于十日内付清。”他说：“同意。”\n"
                + "Article 5! Section 2? 第3.2条; 　另行起诉（见附件）。】 结束";
        List<String> expected = bySentence(text);
        assertTrue(expected.size() > 40, "the case has tokens: " + expected.size());
        assertEquals(expected, byIngest(text));
    }

    @Test
    void theSamples() {
        for (Path f : Samples.files()) {
            String text = Samples.text(f);
            List<String> expected = bySentence(text);
            assertTrue(expected.size() > 100, f + " has tokens");
            assertEquals(expected, byIngest(text), f.toString());
        }
    }
}
