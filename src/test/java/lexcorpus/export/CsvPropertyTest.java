package lexcorpus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lexcorpus.io.Json;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
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
}
