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
import java.io.OutputStream;
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

    @Test
    void writeBehindWritesEveryByteInOrderAndFlushWaitsForThem() throws IOException {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(7);
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        WriteBehind w = new WriteBehind(sink, 2);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[random.nextInt(40_000)];
            random.nextBytes(b);
            w.write(b);
            expected.write(b);
        }
        w.write('!');
        expected.write('!');
        w.flush();
        assertArrayEquals(expected.toByteArray(), sink.toByteArray());
    }

    @Test
    void aFailedWriteIsThrownToTheWriter() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        WriteBehind w = new WriteBehind(broken, 2);
        IOException e = assertThrows(IOException.class, () -> {
            w.write(new byte[3 << 20]);
            w.flush();
        });
        assertEquals("Broken pipe", e.getMessage());
    }

    @Test
    void readAheadGivesEveryByteInOrderAndThenTheFailure() throws IOException {
        byte[] data = new byte[1_000_000];
        new java.util.Random(3).nextBytes(data);
        try (ReadAhead r = new ReadAhead(new ByteArrayInputStream(data), 4)) {
            assertArrayEquals(data, r.readAllBytes());
            assertEquals(-1, r.read());
        }
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'x';
                }
                throw new IOException("device gone");
            }
        };
        try (ReadAhead r = new ReadAhead(failing, 4)) {
            IOException e = assertThrows(IOException.class, r::readAllBytes);
            assertEquals("device gone", e.getMessage());
        }
    }
}
