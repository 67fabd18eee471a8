package lexcorpus.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The numeral grammar against its cases as data (specs/number/numerals.tsv): extent, value, form and flags. */
class NumeralReaderTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = NumeralReaderTest.class.getResourceAsStream("/specs/number/numerals.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Arguments.of(line.split("\t", -1)[0], line));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reads(String text, String line) {
        String[] f = line.split("\t", -1);
        String reader = f[1];
        String taken = f[2];
        String[] rest = f.length > 3 ? java.util.Arrays.copyOfRange(f, 3, f.length) : new String[0];
        NumeralReader r = reader.equals("AMOUNT") ? NumeralReader.AMOUNT : NumeralReader.INTEGER;
        Numeral n = r.read(text, 0);
        if (taken.equals("-")) {
            assertNull(n, () -> text + ": no numeral expected, read " + n);
            return;
        }
        assertNotNull(n, () -> text + ": no numeral read");
        assertEquals(taken, text.substring(n.start(), n.end()), () -> text + ": extent " + n);
        assertEquals(0, new BigDecimal(rest[0]).compareTo(n.value()), () -> text + ": value " + n.value().toPlainString());
        assertEquals(rest[1], n.form().name(), () -> text + ": form");
        Set<String> flags = Set.of(rest[2].split(" "));
        assertEquals(flags.contains("approximate"), n.approximate(), () -> text + ": approximate");
        assertEquals(flags.contains("grouped"), n.grouped(), () -> text + ": grouped");
        assertEquals(flags.contains("decimal"), n.decimal(), () -> text + ": decimal");
        String magnitude = flags.stream().filter(x -> x.startsWith("magnitude=")).findFirst().orElse("magnitude=1");
        assertEquals(0, new BigDecimal(magnitude.substring(10)).compareTo(n.magnitude()), () -> text + ": magnitude " + n.magnitude());
    }

    @Test
    void readsInsideAText() {
        String s = "罚款三万五千元，另付1.5万元";
        Numeral a = NumeralReader.AMOUNT.read(s, 2);
        assertEquals(4, a.length());
        assertEquals(35000, a.intValue());
        Numeral b = NumeralReader.AMOUNT.read(s, 10);
        assertEquals("1.5万", s.substring(b.start(), b.end()));
        assertNull(NumeralReader.AMOUNT.read(s, 0));
        assertNull(NumeralReader.AMOUNT.read(s, s.length()));
    }

    @Test
    void staysBoundedOnLongRuns() {
        String digits = "7".repeat(10_000) + "元";
        assertNull(NumeralReader.AMOUNT.read(digits, 0), "a run of digits longer than any number is an id");
        String han = "一".repeat(10_000);
        Numeral n = NumeralReader.AMOUNT.read(han, 0);
        assertTrue(n == null || n.length() <= 48);
    }
}
