package lexcorpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lexcorpus.model.Document;
import lexcorpus.model.Metadata;
import lexcorpus.model.Structure;
import lexcorpus.text.CodePoints;
import org.junit.jupiter.api.Test;

/** Masthead and outline of issues written for the tests and of samples/. */
class IngestTest {
    private final Ingester ingester = new Ingester(null);

    private Document ingest(String text) {
        return ingester.ingest(Document.of("t", text, null));
    }

    @Test
    void theSampleBulletin() throws Exception {
        String text = TextDecoder.decode(Files.readAllBytes(Path.of("samples/digital-law-bulletin-07.txt")), null).text();
        Document d = ingest(text);
        assertEquals(new Metadata("数据合规与科技法律通讯", 7, 31, "2024-05", "滨江市律师协会数据与科技法律专业委员会"), d.metadata());
        Structure s = d.structure();
        assertEquals(List.of("本会动态", "新规速递", "典型案例"), s.sections().stream().map(Structure.Section::title).toList());
        assertEquals(List.of("专业委员会召开2024年第二次全体委员会议", "国家网信部门发布《网络数据安全管理条例》解读要点",
                "欧盟理事会批准《人工智能法案》文本", "互联网法院审结首例公共数据产品侵权案"),
                s.articles().stream().map(Structure.Article::headline).toList());
        assertEquals(List.of("本会动态", "新规速递", "新规速递", "典型案例"), s.articles().stream().map(Structure.Article::section).toList());
        Structure.Article third = s.articles().get(2);
        assertEquals("来源：新华网", third.byline());
        assertEquals(List.of("来源：新华网", "记者：王晓"), third.bylines());
        assertEquals("（国际业务部供稿）", third.footer());
        assertTrue(s.contents() != null && s.articles().get(0).start() > s.contents().end(), "the contents are not an article");
        CodePoints cps = CodePoints.of(text);
        for (Structure.Sentence sentence : s.sentences()) {
            String slice = CodePoints.slice(text, cps, sentence.start(), sentence.end());
            assertTrue(!slice.isBlank() && slice.equals(slice.strip()));
        }
    }

    @Test
    void mastheadOnOneLineWithTheYear() {
        Document d = ingest("\n法治动态\n\n2024年第3期（总第56期）\n\n某市律师协会编印\n\n一、要闻\n\n正文。\n");
        assertEquals(new Metadata("法治动态", 3, 56, "2024", "某市律师协会"), d.metadata());
        assertEquals(List.of("要闻"), d.structure().sections().stream().map(Structure.Section::title).toList());
    }

    @Test
    void aMastheadDateHasAsciiDigitsWhateverTheDefaultLocale() throws Exception {
        String text = "\n法治动态\n\n第3期（总第56期）\n\n日期：2024年5月8日\n\n正文。\n";
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // java -jar without the launcher's -Duser.language=en, on a machine set to Arabic (Egypt)
            java.util.Locale.setDefault(new java.util.Locale("ar", "EG"));
            assertEquals("2024-05-08", ingest(text).metadata().date());
        } finally {
            java.util.Locale.setDefault(before);
        }
        assertEquals("2024-05-08", ingest(text).metadata().date());
    }

    @Test
    void documentsWithoutMastheadOrBylines() {
        Document d = ingest("依照《中华人民共和国民法典》第一千一百六十五条的规定，本院判决驳回上诉。");
        assertNull(d.metadata().issue());
        assertTrue(d.structure().articles().isEmpty());
        assertEquals(1, d.structure().sentences().size());
    }

    @Test
    void sentencesSplitAfterEndsAndClosingQuotesButNotInsideTitles() {
        String text = "他说：“会议结束了。”随后离开！《关于某某。的规定》仍然有效；见第一条";
        Document d = ingest(text);
        CodePoints cps = CodePoints.of(text);
        List<String> sentences = d.structure().sentences().stream().map(x -> CodePoints.slice(text, cps, x.start(), x.end())).toList();
        assertEquals(List.of("他说：“会议结束了。”", "随后离开！", "《关于某某。的规定》仍然有效；", "见第一条"), sentences);
    }
}
