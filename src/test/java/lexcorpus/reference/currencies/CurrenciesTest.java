package lexcorpus.reference.currencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrenciesTest {
    private final Currencies currencies = Currencies.shared();

    @Test
    void theTableIsWholeAndConsistent() {
        Set<String> numeric = new HashSet<>();
        for (Currencies.Currency c : currencies.currencies()) {
            assertTrue(c.code().matches("[A-Z]{3}"), c::toString);
            assertTrue(c.numeric().matches("[0-9]{3}"), c::toString);
            assertTrue(numeric.add(c.numeric() + (c.withdrawn() == null ? "" : c.withdrawn())), () -> "numeric code twice: " + c);
            assertTrue(c.chineseName().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN), c::toString);
            assertTrue(c.minorUnit() >= 0 && c.minorUnit() <= 4, c::toString);
        }
        long inUse = currencies.currencies().stream().filter(c -> c.withdrawn() == null).count();
        assertTrue(inUse > 140, "the currencies in use, not a sample: " + inUse);
        for (Currencies.Name n : currencies.names()) {
            assertNotNull(currencies.currency(n.code()), n::toString);
            assertTrue(Set.of("name", "alias", "sign", "code").contains(n.kind()), n::toString);
        }
        for (Currencies.Subunit s : currencies.subunits()) {
            assertNotNull(currencies.currency(s.code()), s::toString);
            assertTrue(s.worth().compareTo(BigDecimal.ONE) < 0 && s.worth().signum() > 0, s::toString);
        }
    }

    @ParameterizedTest
    @CsvSource({"人民币,CNY", "美元,USD", "美金,USD", "欧元,EUR", "英镑,GBP", "日元,JPY", "日圆,JPY", "港元,HKD", "港币,HKD",
            "澳门元,MOP", "澳门币,MOP", "新台币,TWD", "韩元,KRW", "卢布,RUB", "澳元,AUD", "澳币,AUD", "加元,CAD", "泰铢,THB",
            "雷亚尔,BRL", "巴西雷亚尔,BRL", "瑞典克朗,SEK", "卢比,INR", "新加坡元,SGD", "瑞士法郎,CHF", "奈拉,NGN", "台币,TWD",
            "德国马克,DEM", "$,USD", "US$,USD", "€,EUR", "£,GBP", "￥,CNY", "RMB,CNY"})
    void wordsNameTheirCurrency(String word, String code) {
        assertEquals(code, currencies.codeOf(word));
    }

    @Test
    void withdrawnCurrenciesSayWhen() {
        assertEquals("2002-03", currencies.currency("DEM").withdrawn());
        assertNull(currencies.currency("EUR").withdrawn());
        assertNull(currencies.codeOf("ALL"), "a code that is an English word is not a currency word");
    }
}
