package lexcorpus.resolve.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import lexcorpus.model.EntityValue.DocumentNumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberResolutionTest {
    private final DocumentNumberResolution resolution = new DocumentNumberResolution();

    @ParameterizedTest
    @CsvSource(value = {"国务院令,,596,decree,个体工商户条例", "国务院令,,707,decree,中华人民共和国个人所得税法实施条例",
            "中华人民共和国国务院令,,707,decree,中华人民共和国个人所得税法实施条例", "国务院令,,442,decree,麻醉药品和精神药品管理条例",
            "法释,2023,3,document,最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释"})
    void aNumberTheLawTableGivesOneInstrumentNamesItsTitle(String code, Integer year, long serial, String kind, String title) {
        assertEquals(title, resolution.resolve(DocumentNumberValue.found(code, year, serial, null, kind)).title());
    }

    @ParameterizedTest
    @CsvSource(value = {"国务院令,,9999,decree", "法释,2099,1,document", "国发,2024,1,document", ",2019,3,document",
            "国务院令,2023,596,document", "法释,,3,document"})
    void anyOtherNumberHasNoTitle(String code, Integer year, long serial, String kind) {
        assertNull(resolution.resolve(DocumentNumberValue.found(code, year, serial, null, kind)).title());
    }

    @Test
    void aNumberWithALetterBeforeItsSerialIsNotTheTablesNumber() {
        assertNull(resolution.resolve(DocumentNumberValue.found("国务院令", null, 596, "F", "decree")).title());
    }
}
