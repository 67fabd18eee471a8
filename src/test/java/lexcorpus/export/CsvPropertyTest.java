package lexcorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lexcorpus.io.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** For any text, the CSV writer never throws and reading its output back gives the text unchanged. */
class CsvPropertyTest {
    @Property(tries = 500)
    void anyTextRoundTrips(@ForAll String text, @ForAll String law) throws IOException {
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("doc", "d,\"1\"\n");
        r.put("type", "statute");
        r.put("text", text);
        r.put("start", 0);
        r.put("end", 1);
        r.putObject("value").put("law", law).put("canonical", law).putNull("version").putArray("articles");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RecordWriter w = new CsvRecordWriter(out, "entities", false)) {
            w.write(r);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().build()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertEquals(1, rows.size());
        assertEquals(text, rows.get(0).get("text"));
        assertEquals(law, rows.get(0).get("law"));
        assertEquals("d,\"1\"\n", rows.get(0).get("doc"));
    }

    /** A record's cells are written as Commons CSV's RFC 4180 printer writes them, byte for byte. */
    @Property(tries = 1000)
    void cellsAsCommonsCsvWritesThem(@ForAll("cells") List<String> cells) throws IOException {
        StringBuilder expected = new StringBuilder();
        new CSVPrinter(expected, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build()).printRecord(cells);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            CsvRecordWriter.cell(line, cells.get(i), i == 0);
        }
        assertEquals(expected.toString(), line.append('\n').toString());
    }

    @Provide
    Arbitrary<List<String>> cells() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars(",\"\n\r #!\t\u0000'=a中，“").ofMaxLength(6);
        return Arbitraries.oneOf(tricky, Arbitraries.strings()).list().ofMinSize(1).ofMaxSize(6);
    }
}
