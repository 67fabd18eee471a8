package lexcorpus.resolve.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import lexcorpus.extract.Extraction;
import lexcorpus.model.Entity;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.api.Test;

class CitationLinksTest {
    private static final Extraction EXTRACTION = new Extraction(Set.copyOf(Entity.TYPES));
    private final CitationLinks links = new CitationLinks();

    private List<CitationLinks.Link> of(String text) {
        return links.of("d", EXTRACTION.extract("d", Normalizer.normalize(text), "2020-01-01"));
    }

    private static List<String> summary(List<CitationLinks.Link> got) {
        return got.stream().map(l -> l.kind() + " " + l.from() + " > " + l.to() + (l.article() == null ? "" : " #" + l.article())).toList();
    }

    @Test
    void anAppealJudgmentLinksToItsStatutesItsOwnNumberAndTheFirstInstanceBelow() {
        String text = "北京市第三中级人民法院\n民事判决书\n（2019）京03民终123号\n"
                + "上诉人不服北京市朝阳区人民法院（2018）京0105民初4567号民事判决，提起上诉。"
                + "依照《中华人民共和国民事诉讼法》第一百七十条、第一百七十五条，参照国发〔2016〕1号文件，判决如下。"
                + "另查，（2017）苏01民初88号案与本案无关。";
        List<CitationLinks.Link> got = of(text);
        assertEquals(List.of(
                "own_case d > （2019）京03民终123号",
                "cites_case d > （2018）京0105民初4567号",
                // the first instance of the court below (朝阳 appeals go to the third intermediate court): one stage down
                "appeal_of （2019）京03民终123号 > （2018）京0105民初4567号",
                "cites_statute d > 中华人民共和国民事诉讼法 #170",
                "cites_statute d > 中华人民共和国民事诉讼法 #175",
                "cites_document d > 国发〔2016〕1号",
                // a first instance of a court in another province is not this case's
                "cites_case d > （2017）苏01民初88号"), summary(got));
        CitationLinks.Link appeal = got.get(2);
        assertEquals("（2018）京0105民初4567号", appeal.text());
        assertEquals(text.codePointCount(0, text.indexOf("（2018）")), appeal.start());
        assertEquals(appeal.start() + appeal.text().length(), appeal.end());
    }

    @Test
    void aFirstInstanceOfACourtThatIsNotBelowIsNoStage() {
        // 朝阳 (京0105) is under the third intermediate court, not the first
        List<String> got = summary(of("北京市第一中级人民法院\n民事判决书\n（2019）京01民终9号\n不服（2018）京0105民初7号判决。"));
        assertEquals(List.of("own_case d > （2019）京01民终9号", "cites_case d > （2018）京0105民初7号"), got);
    }

    @Test
    void aCaseReportsNumberBlockLinksItsStages() {
        List<String> got = summary(of("【案号】一审：（2007）澄刑初字第355号　二审：（2007）锡刑终字第38号\n"));
        assertTrue(got.contains("appeal_of （2007）锡刑终字第38号 > （2007）澄刑初字第355号"), got.toString());
    }

    @Test
    void aLegacyNumberCitedInTheTextIsNoStageOfTheOwnCaseWithoutEvidence() {
        List<String> got = summary(of("某市中级人民法院\n民事判决书\n（2018）豫10民终501号\n该纠纷经（2015）魏民二初字第308号调解书确认。"));
        assertEquals(List.of("own_case d > （2018）豫10民终501号", "cites_case d > （2015）魏民二初字第308号"), got);
    }

    @Test
    void reviewsLinkToTheDecisionTheyReview() {
        List<String> got = summary(of("案号：（2016）冀10执复46号、（2016）冀1082执异3号\n"));
        assertTrue(got.contains("review_of （2016）冀10执复46号 > （2016）冀1082执异3号"), got.toString());
    }

    @Test
    void numbersAreWrittenNormally() {
        assertEquals("（2005）三执字第445号之一", CitationLinks.key(lexcorpus.model.EntityValue.CaseNumberValue.found(2005, "三", "执", 445, "之一", "legacy")));
        assertEquals("（2012）铁执字第167-2号", CitationLinks.key(lexcorpus.model.EntityValue.CaseNumberValue.found(2012, "铁", "执", 167, "-2", "legacy")));
        assertEquals("国务院令第15号", CitationLinks.key(lexcorpus.model.EntityValue.DocumentNumberValue.found("国务院令", null, 15, null, "decree")));
        assertEquals("〔1998〕157号", CitationLinks.key(lexcorpus.model.EntityValue.DocumentNumberValue.found(null, 1998, 157, null, "document")));
    }
}
