package lexcorpus.resolve.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import lexcorpus.extract.Extraction;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case numbers as the whole pipeline decodes them: a court only where the tables name it, never a guessed one. */
class CaseNumberDecodingTest {
    private static final Extraction EXTRACTION = new Extraction(Set.of(Entity.CASE_NUMBER));

    private static CaseNumberValue decoded(String text) {
        List<Entity> found = EXTRACTION.extract("t", Normalizer.normalize(text), "2024-03-01");
        assertEquals(1, found.size(), () -> text + " gives " + found);
        return (CaseNumberValue) found.get(0).value();
    }

    @ParameterizedTest
    @CsvSource({"（2019）京0105民初100号,北京市朝阳区人民法院,基层", "（2020）琼96民终7号,海南省第一中级人民法院,中级",
            "（2019）新民终3号,新疆维吾尔自治区高级人民法院,高级", "（2021）最高法民申9号,最高人民法院,最高",
            "（2018）藏0127刑初2号,西藏自治区墨竹工卡县人民法院,基层", "（2013）渝高法行初字第2号,重庆市高级人民法院,高级"})
    void aKnownCodeNamesItsCourt(String text, String court, String level) {
        CaseNumberValue v = decoded(text);
        assertEquals(court, v.court(), text);
        assertEquals(level, v.courtLevel(), text);
    }

    @ParameterizedTest
    @CsvSource(value = {"（2019）京0199民初100号,基层", "（2019）苏0100民初1号,", "（2020）渝74民初5号,专门", "（2020）粤99民终2号,中级",
            "（2013）闵少民初字第71号,", "（2012）锡立民终字第205号,", "（87）津海法商字第4号,", "（2013）鄂荆中刑终字第5号,"},
            nullValues = "")
    void anUnknownOrAmbiguousCodeGivesNoCourt(String text, String level) {
        CaseNumberValue v = decoded(text);
        assertNull(v.court(), text);
        assertEquals(level, v.courtLevel(), text);
    }
}
