package lexcorpus.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IoTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fieldsStopAtTheLastWantedFieldAndStillAnswerForLaterOnes() throws IOException {
        byte[] record = utf8("{\"id\":\"a\",\"text\":\"第一条\",\"structure\":{\"s\":[[0,3]]},\"entities\":[]}");
        Fields f = Fields.read(record, Set.of("id", "text"));
        assertEquals("a", f.get("id").asText());
        assertEquals("第一条", f.get("text").asText());
        assertNull(f.get("structure"));
        assertTrue(f.has("entities"));
        assertTrue(f.has("structure"));
        assertFalse(f.has("tokens"));
    }

    @Test
    void aNestedFieldOfTheSameNameAfterTheStopIsNotTakenForATopLevelOne() throws IOException {
        byte[] record = utf8("{\"id\":\"a\",\"note\":\"\\\"entities\\\" said\",\"meta\":{\"entities\":1}}");
        Fields f = Fields.read(record, Set.of("id"));
        assertFalse(f.has("entities"));
        assertTrue(f.has("meta"));
    }

    @Test
    void aRecordCutShortAfterTheWantedFieldsIsRejected() {
        byte[] cut = utf8("{\"id\":\"a\",\"text\":\"x\",\"structure\":{\"s\":[[0,1],[1,");
        assertThrows(JsonlReader.BadLineException.class, () -> Fields.read(cut, Set.of("id", "text")));
        byte[] braceInString = utf8("{\"id\":\"a\",\"text\":\"x\",\"note\":\"}\"");
        assertThrows(JsonlReader.BadLineException.class, () -> Fields.read(braceInString, Set.of("id", "text")));
        byte[] trailing = utf8("{\"id\":\"a\",\"text\":\"x\"} {}");
        assertThrows(JsonlReader.BadLineException.class, () -> Fields.read(trailing, Set.of("id", "text")));
    }

    @Test
    void linesAreSplitOnNewlinesWithCrLfBomAndBlankLinesHandled() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("{\"a\":1}\r\n\n   \n{\"b\":\"二\"}\n{\"c\":3}");
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (JsonlReader r = new JsonlReader(new ByteArrayInputStream(all), "t")) {
            byte[] line;
            while ((line = r.nextLine()) != null) {
                lines.add(new String(line, StandardCharsets.UTF_8));
                numbers.add(r.line());
            }
        }
        assertEquals(List.of("{\"a\":1}", "{\"b\":\"二\"}", "{\"c\":3}"), lines);
        assertEquals(List.of(1, 4, 5), numbers);
    }

    @Test
    void aLineLongerThanTheBufferComesWhole() throws IOException {
        String big = "{\"text\":\"" + "法".repeat(100_000) + "\"}";
        // a stream that hands out a few bytes at a time, as a pipe may
        InputStream trickle = new ByteArrayInputStream(utf8(big + "\n" + big)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_000));
            }
        };
        try (JsonlReader r = new JsonlReader(trickle, "t")) {
            assertArrayEquals(utf8(big), r.nextLine());
            assertArrayEquals(utf8(big), r.nextLine());
            assertNull(r.nextLine());
        }
    }
}
