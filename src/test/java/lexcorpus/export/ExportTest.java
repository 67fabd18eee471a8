package lexcorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.io.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Round trips of the three formats, with text that holds line breaks, quotes and commas. */
class ExportTest {
    static List<ObjectNode> records() throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        String[] texts = {"2025 年 7\n\n月 25 日", "他说：\"罚款, 10万元\"", "=1+1", "《民法典》第一千一百六十五条、第一千一百六十六条", "-29万元"};
        for (int i = 0; i < texts.length; i++) {
            ObjectNode n = (ObjectNode) Json.mapper().readTree("{\"doc\":\"d\",\"type\":\"statute\",\"start\":" + i + ",\"end\":" + (i + 5)
                    + ",\"value\":{\"law\":\"民法典\",\"canonical\":\"中华人民共和国民法典\",\"version\":null,"
                    + "\"articles\":[{\"article\":1165,\"paragraph\":null,\"item\":null},{\"article\":100,\"paragraph\":2,\"item\":3}]}}");
            n.put("text", texts[i]);
            out.add(n);
        }
        return out;
    }

    @Test
    void jsonLinesAndJsonParseBackToTheSameRecords() throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ByteArrayOutputStream array = new ByteArrayOutputStream();
        try (RecordWriter a = new JsonLinesWriter(lines); RecordWriter b = new JsonArrayWriter(array)) {
            for (ObjectNode r : records()) {
                a.write(r);
                b.write(r);
            }
        }
        String jsonl = lines.toString(StandardCharsets.UTF_8);
        assertTrue(jsonl.contains("民法典") && !jsonl.contains("\\u"), "raw UTF-8, no escapes");
        List<JsonNode> back = new ArrayList<>();
        for (String l : jsonl.split("\n")) {
            back.add(Json.mapper().readTree(l));
        }
        assertEquals(records(), back);
        JsonNode arr = Json.mapper().readTree(array.toByteArray());
        assertEquals(records().size(), arr.size());
        for (int i = 0; i < arr.size(); i++) {
            assertEquals(records().get(i), arr.get(i));
        }
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        new JsonArrayWriter(empty).finish();
        assertEquals(0, Json.mapper().readTree(empty.toByteArray()).size());
    }

    /** The test records written as entity CSV. */
    private static ByteArrayOutputStream csv(boolean excel) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter w = new CsvRecordWriter(out, "entities", excel)) {
            for (ObjectNode r : records()) {
                w.write(r);
            }
        }
        return out;
    }

    @Test
    void csvReadsBackWithTheSameFields() throws IOException {
        ByteArrayOutputStream out = csv(false);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertFalse(csv.startsWith("\uFEFF"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv)).getRecords();
        assertEquals(records().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(records().get(i).get("text").asText(), rows.get(i).get("text"));
            assertEquals("中华人民共和国民法典", rows.get(i).get("canonical"));
            assertEquals("1165;100.2.3", rows.get(i).get("articles"));
            assertEquals("", rows.get(i).get("version"));
            assertEquals(String.valueOf(i), rows.get(i).get("start"));
        }
        assertEquals(CsvRecordWriter.COLUMNS.get("entities"), new CSVParser(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().build()).getHeaderNames());
    }

    @Test
    void excelCsvHasABomCrlfAndGuardsFormulas() throws IOException {
        ByteArrayOutputStream out = csv(true);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("doc,type,text") && csv.contains("\r\n"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv)).getRecords();
        assertEquals("'=1+1", rows.get(2).get("text"));
        assertEquals("'-29万元", rows.get(4).get("text"));
        assertEquals("2025 年 7\n\n月 25 日", rows.get(0).get("text"), "line breaks inside a field stay");
    }
}
