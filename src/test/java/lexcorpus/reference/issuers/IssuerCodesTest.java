package lexcorpus.reference.issuers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import lexcorpus.extract.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerCodesTest {
    private final IssuerCodes issuers = IssuerCodes.shared();

    @Test
    void everyRowHasAKnownSourceAnExampleOfItsOwnCodeAndNoCodeTwice() {
        Set<String> sources = Set.of("policy-db", "quoted", "spc-page", "wikisource", "printed");
        Set<String> codes = new HashSet<>();
        for (String[] r : Resources.rows("/lexcorpus/reference/issuers/issuers.tsv")) {
            assertEquals(5, r.length, () -> String.join("|", r));
            assertTrue(codes.add(r[0]), () -> "code twice: " + r[0]);
            assertTrue(sources.contains(r[4]), () -> "source of " + r[0] + ": " + r[4]);
            assertTrue(r[3].isEmpty() || r[3].matches(r[0] + "〔(19|20)[0-9]{2}〕[0-9]+号"), () -> "example of " + r[0] + ": " + r[3]);
            assertEquals("printed".equals(r[4]), r[3].isEmpty(), () -> "an example exactly where a source shows one: " + r[0]);
        }
    }

    @ParameterizedTest
    @CsvSource({"国发,document,国务院", "国办发,document,国务院办公厅", "国办发明电,document,国务院办公厅", "法释,document,最高人民法院",
            "法,document,最高人民法院", "发改投资,document,国家发展和改革委员会", "发改价格,document,国家发展和改革委员会",
            "国务院令,decree,国务院", "海关总署令,decree,海关总署", "公安部令,decree,公安部", "中国人民银行令,decree,中国人民银行",
            "中华人民共和国主席令,decree,中华人民共和国主席", "国家税务总局公告,document,国家税务总局",
            "海关总署公告,document,海关总署", "中国银行保险监督管理委员会令,decree,中国银行保险监督管理委员会"})
    void knownCodesNameTheirIssuer(String code, String kind, String issuer) {
        assertEquals(issuer, issuers.issuer(code, kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"青政复答字", "京政办字", "苏政发", "长政办发", "法公布", "国数政策", "财企函件", "兰国用字"})
    void localAndUnknownCodesNameNone(String code) {
        assertNull(issuers.issuer(code, "document"), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"财政部税务总局公告", "财政部国家税务总局令", "商务部海关总署公告"})
    void bodiesIssuingJointlyGiveNoSingleIssuer(String code) {
        assertNull(issuers.issuer(code, code.endsWith("令") ? "decree" : "document"), code);
    }

    @Test
    void aDecreeWhoseCodeNamesNoBodyHasNoIssuer() {
        assertNull(issuers.issuer("某某令", "decree"));
        assertNull(issuers.issuer("公告", "document"));
        assertNull(issuers.issuer(null, "document"));
    }
}
