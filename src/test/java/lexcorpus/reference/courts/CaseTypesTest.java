package lexcorpus.reference.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexcorpus.extract.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseTypesTest {
    private final CaseTypes types = CaseTypes.shared();

    @Test
    void theTableHasEveryCategoryOfTheStandardAndNoCodeTwice() {
        List<String[]> rows = Resources.rows("/lexcorpus/reference/courts/case_types.tsv");
        Set<String> codes = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(5, r.length, () -> "five columns: " + String.join("|", r));
            assertTrue(codes.add(r[0]), () -> "code twice: " + r[0]);
            assertFalse(r[1].isBlank() || r[2].isBlank(), () -> "case type and procedure: " + r[0]);
            assertTrue(r[3].matches("(0[1-9]|1[01])[0-9]{2}"), () -> "category number: " + r[3]);
            categories.add(r[3].substring(0, 2));
        }
        // 管辖, 刑事, 民事, 行政, 国家赔偿与司法救助, 区际和国际司法协助, 司法制裁, 非诉保全, 执行, 强制清算与破产
        assertEquals(Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"), categories);
        assertTrue(rows.size() > 120, "the whole table, not a sample: " + rows.size());
    }

    @ParameterizedTest
    @CsvSource({"民初,民事,一审", "民终,民事,二审", "民申,民事,申请再审审查", "民再,民事,再审", "刑初,刑事,一审", "刑核,刑事,复核",
            "行终,行政,二审", "执,执行,执行", "执恢,执行,恢复执行", "执异,执行,执行异议", "执复,执行,执行复议", "执监,执行,执行监督",
            "委赔,国家赔偿,赔偿委员会审理", "委赔提,国家赔偿,赔偿监督重审", "行赔初,国家赔偿,一审", "破,破产,破产",
            "知民初,知识产权民事,一审", "知民终,知识产权民事,二审", "知行初,知识产权行政,一审", "知刑终,知识产权刑事,二审",
            "司救民,司法救助,司法救助", "协外认,国际司法协助,承认与执行审查", "认港,区际司法协助,认可与执行审查"})
    void modernCodesMeanWhatTheStandardSays(String code, String caseType, String procedure) {
        assertTrue(types.isModern(code), code);
        assertEquals(new CaseTypes.CaseType(caseType, procedure), types.modern(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"民", "国证民", "政", "知", "民民", "执执执", "知知民初"})
    void otherCodesAreNotModernOnes(String code) {
        assertFalse(types.isModern(code), code);
        assertNull(types.modern(code));
    }

    @ParameterizedTest
    @CsvSource(value = {"民提,,民提", "海民初,海,民初", "渝三中民终,渝三中,民终", "深罗法经一初,深罗法,经一初", "闸民一（民）初,闸,民一（民）初",
            "高民（知）终,高,民（知）终", "宁知民初,宁,知民初", "三执,三,执", "执申,,执申", "法委赔,,法委赔", "鄂荆州区刑再,鄂荆州区,刑再",
            "甬海法商初,甬海法,商初", "沙刑执,沙,刑执", "粤高法民三终,粤高法,民三终", "渝高法监,渝高法,监", "行终,,行终",
            "闵少民初,闵,少民初", "长少刑初,长,少刑初", "锡立民终,锡,立民终", "杭立执,杭,立执", "穗天法刑重,穗天法,刑重",
            "朝刑速初,朝,刑速初", "杭民简初,杭,民简初", "津海法商,津海法,商", "广海法初,广海法,初", "桂法赔,桂,法赔",
            "海执,海,执", "深中法涉外仲,深中法,涉外仲", "鄂武汉中立民终,鄂武汉中,立民终", "东执行,东,执行"},
            nullValues = "")
    void legacyPrefixesAreCutIntoCourtAndType(String prefix, String court, String type) {
        CaseTypes.LegacySplit split = types.splitLegacy(prefix);
        assertNotNull(split, prefix);
        assertEquals(court, split.court(), prefix);
        assertEquals(type, split.type(), prefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"兰政", "兰常", "京国证民", "彭海处告", "鉴", "京仲裁", "鄂公协核", "京公核", "京方圆内经证", "鄂楚信证",
            "兰华房", "城人社监整", "申北会所财", "徐申", "兰再",
            "兰商", "兰初", "京少", "京速", "京简初"})
    void prefixesWithoutACaseTypeAreNoCaseNumbers(String prefix) {
        assertNull(types.splitLegacy(prefix), prefix);
    }

    @ParameterizedTest
    @CsvSource(value = {"民三终,民事,二审", "刑二初,刑事,一审", "经一初,经济,一审", "商初,商事,一审", "刑复,刑事,复核", "执复,执行,执行复议",
            "刑再终,刑事,再审二审", "民提,民事,提审", "知民终,知识产权民事,二审", "民一（民）初,民事,一审",
            "少民初,民事,一审", "立民终,民事,二审", "立执,执行,执行", "刑重,刑事,重审", "刑速初,刑事,一审", "民一简初,民事,一审",
            "涉外仲,涉外商事,仲裁司法审查", "执行,执行,执行", "刑执,刑事,刑罚与执行变更审查", "刑减,刑事,减刑",
            "事初,海事,一审"})
    void legacyCodesTakeTheTablesMeaningOrTheGrammars(String code, String caseType, String procedure) {
        assertEquals(new CaseTypes.CaseType(caseType, procedure), types.legacy(code));
    }

    @Test
    void aDivisionOrAProcedureAloneGivesOnlyWhatItNames() {
        assertEquals(new CaseTypes.CaseType("商事", null), types.legacy("商"));
        assertEquals(new CaseTypes.CaseType(null, "一审"), types.legacy("初"));
    }

    @Test
    void aGrammarCharWithoutANameGivesNoProcedure() {
        assertEquals(new CaseTypes.CaseType("经济", null), types.legacy("经调"));
    }
}
