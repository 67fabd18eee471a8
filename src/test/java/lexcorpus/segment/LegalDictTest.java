package lexcorpus.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LegalDictTest {
    @Test
    void theCommittedDictionaryIsTheGeneratedOne() throws Exception {
        String committed;
        try (InputStream in = LegalDictTest.class.getResourceAsStream("/lexcorpus/segment/legal.dict")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(LegalDictGenerator.generate(), committed,
                "segment/legal.dict is not what the law table and terms.dict give: run LegalDictGenerator.main");
    }

    @Test
    void itHoldsLawNamesAndTheOtherTerms() throws Exception {
        String dict = LegalDictGenerator.generate();
        for (String w : new String[] {"民诉法解释 3000", "计算机软件保护条例 3000", "中华人民共和国民法典 3000", "第三人撤销之诉 3000"}) {
            assertTrue(dict.contains("\n" + w + "\n"), w);
        }
        assertTrue(!dict.contains("\n中华人民共和国计算机软件保护条例 "), "a name the table does not have");
    }
}
