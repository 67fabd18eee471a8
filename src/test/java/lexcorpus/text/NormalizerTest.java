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

    /** Two paragraphs a converter wrapped at 20 chars, a blank line after every line, under two headings. */
    private static final String WRAPPED = "一、检查安排\n\n"
            + "为做好本年度数据安全检查工作，现将方案印\n\n"
            + "发各区网信办、公安分局、财政局、卫生健康\n\n"
            + "委、市场监管局，请结合实际认真组织实施，\n\n"
            + "检查结果于月底前报送市网信办。\n\n"
            + "二、检查重点\n\n"
            + "检查的重点是数据处理者落实安全保护义务的\n\n"
            + "情况，包括制度建设、技术措施、人员管理和\n\n"
            + "应急处置等方面，对发现的问题要督促整改，\n\n"
            + "整改不到位的依法予以处理，处理结果向社会\n\n"
            + "公开并通报有关主管部门。\n";

    @Test
    void rejoinsLinesWrappedAtTheWidthOfThePage() {
        AlignedText t = Normalizer.normalize(WRAPPED);
        assertEquals("一、检查安排\n\n"
                + "为做好本年度数据安全检查工作，现将方案印发各区网信办、公安分局、财政局、卫生健康委、市场监管局，请结合实际认真组织实施，"
                + "检查结果于月底前报送市网信办。\n\n"
                + "二、检查重点\n\n"
                + "检查的重点是数据处理者落实安全保护义务的情况，包括制度建设、技术措施、人员管理和应急处置等方面，对发现的问题要督促整改，"
                + "整改不到位的依法予以处理，处理结果向社会公开并通报有关主管部门。\n", t.text());
        int at = t.text().indexOf("卫生健康委");
        assertEquals("卫生健康\n\n委", t.originalSlice(at, at + 5));
    }

    @Test
    void aShortLineEndingMidSentenceIsNotAWrapWhenTheTextIsNotWrapped() {
        // without lines as wide as a page, a line without an end mark is a title: 卫生健康⏎⏎委 stays apart
        assertEquals("卫生健康\n\n委员会召开会议。", clean("卫生健康\n\n委员会召开会议。"));
        assertEquals("五是为保护安全，确需提供的", clean("五是为保护安全，\n\n确需提供的"));
        assertEquals("2025年7月25日", clean("2025 年 7\n\n月 25 日"));
    }

    @Test
    void aPageNumberAndAMarkdownHeadingStayOnTheirLines() {
        assertEquals("正文最后一行\n\n3\n\n日本的立法", clean("正文最后一行\n\n3\n\n日本的立法"));
        assertEquals("# 202209\n\n1. [202209](#202209)", clean("# 202209\n\n1. [202209](#202209)"));
    }

    @Test
    void aDecimalHeadingOrACaptionStartsItsOwnLineButADecimalNumberGoesOn() {
        assertEquals("包括下列事项，\n2.1.3. 数据出境", clean("包括下列事项，\n2.1.3. 数据出境"));
        assertEquals("见下表，\n表2：近三年收案", clean("见下表，\n表 2：近三年收案"));
        assertEquals("合计约，1.5亿元", clean("合计约，\n1.5亿元"));
        assertEquals("截至，2022.9.1", clean("截至，\n2022.9.1"));
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
