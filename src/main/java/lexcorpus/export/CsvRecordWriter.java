package lexcorpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV per RFC 4180 with a fixed column order per record kind (docs/csv.md); entity values are flattened
 * into named columns. With {@code excel}: a UTF-8 byte-order mark, CRLF line ends, and cells a spreadsheet
 * could run as formulas ({@link #formulaLike}) prefixed with ' so that it does not.
 */
public final class CsvRecordWriter implements RecordWriter {
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "entities", List.of("doc", "type", "text", "start", "end", "date", "granularity", "year_inferred", "month_inferred",
                    "amount", "currency", "approximate", "law", "canonical", "version", "articles",
                    "year", "court_code", "type_code", "serial", "format", "court", "case_type",
                    "serial_suffix", "court_level", "procedure", "role", "issuer_code", "serial_prefix", "kind", "issuer", "title",
                    "law_id", "level", "status", "version_on_date", "repealed_by", "pinpoints_valid", "per"),
            "documents", List.of("doc", "title", "issue", "issue_total", "date", "publisher", "encoding", "start", "end",
                    "sections", "articles", "sentences", "tokens", "entities", "signed"),
            "articles", List.of("doc", "index", "section", "headline", "byline", "bylines", "footer", "start", "end", "text"),
            "headings", List.of("doc", "index", "level", "text", "line", "start", "end", "parent"),
            "paragraphs", List.of("doc", "index", "text", "start", "end"),
            "sentences", List.of("doc", "index", "article", "text", "start", "end"),
            "tokens", List.of("doc", "index", "text", "start", "end"),
            "links", List.of("doc", "kind", "from", "to", "to_type", "article", "paragraph", "item", "text", "start", "end"));

    private final OutputStream out;
    private final String recordSeparator;
    /** The record being written, and the chars handed to the writer in one call. */
    private final StringBuilder line = new StringBuilder(512);
    private char[] chars = new char[512];
    private final Writer writer;
    private final String kind;
    private final List<String> columns;
    private final boolean excel;
    private final boolean head;

    public CsvRecordWriter(OutputStream out, String kind, boolean excel) throws IOException {
        this(out, kind, excel, true);
    }

    private CsvRecordWriter(OutputStream out, String kind, boolean excel, boolean head) throws IOException {
        this.out = out;
        this.kind = kind;
        this.columns = COLUMNS.get(kind);
        this.excel = excel;
        this.head = head;
        // buffered: records are handed over one by one, and an unbuffered writer encodes each on its own.
        // Its flushes stop at the byte stream: flushing that (a file, a pipe's writer thread) per document
        // would cost a system call or a wait each time; finish() flushes it once.
        OutputStream noFlush = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
            }
        };
        this.writer = new java.io.BufferedWriter(new OutputStreamWriter(noFlush, StandardCharsets.UTF_8), 1 << 16);
        if (excel && head) {
            writer.write('\uFEFF');
        }
        this.recordSeparator = excel ? "\r\n" : "\n";
        if (head) {
            for (int i = 0; i < columns.size(); i++) {
                cell(line, columns.get(i), i == 0);
            }
            endRecord();
        }
    }

    @Override
    public RecordWriter body(OutputStream out) throws IOException {
        return new CsvRecordWriter(out, kind, excel, false);
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) throws IOException {
        writer.flush();
        out.write(bytes, off, len);
    }

    @Override
    public void write(ObjectNode record) throws IOException {
        JsonNode value = record.path("value");
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            // top-level fields first; an entity's value fields are flattened into the other columns
            JsonNode v = record.has(c) ? record.get(c) : (value.isObject() ? value.get(c) : null);
            cell(line, guard(cell(c, v)), i == 0);
        }
        endRecord();
    }

    private void endRecord() throws IOException {
        line.append(recordSeparator);
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        line.getChars(0, n, chars, 0);
        writer.write(chars, 0, n);
        line.setLength(0);
    }

    /**
     * Appends a cell as RFC 4180 wants it, preceded by a comma unless it is the record's {@code first}: quoted
     * (its quotes doubled) when it holds a comma, a quote or a line break, starts with a char up to #, or ends
     * with a space or a control char; an empty first cell as "", so that a record is never an empty line. The
     * same bytes as Commons CSV's RFC 4180 printer (checked by the tests), without its per-cell calls.
     */
    static void cell(StringBuilder out, String v, boolean first) {
        if (!first) {
            out.append(',');
        }
        int len = v.length();
        if (len == 0) {
            if (first) {
                out.append("\"\"");
            }
            return;
        }
        boolean quote = v.charAt(0) <= '#' || v.charAt(len - 1) <= ' ';
        for (int i = 0; i < len && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(v);
            return;
        }
        out.append('"');
        for (int i = 0; i < len; i++) {
            char c = v.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /**
     * A cell's text: scalars as written, lists joined with ';', articles as 100;101.2;170.1.2, an object's fields
     * joined with ';' (repealed_by as 中华人民共和国民法典;2021-01-01).
     */
    static String cell(String column, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(";", parts);
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode x : v) {
                parts.add(x.isObject() ? article(x) : x.asText());
            }
            return String.join(";", parts);
        }
        return v.asText();
    }

    private static String article(JsonNode a) {
        StringBuilder sb = new StringBuilder(a.path("article").asText());
        if (a.hasNonNull("suffix")) {
            sb.append(a.get("suffix").asText());
        }
        boolean item = a.hasNonNull("item");
        if (a.hasNonNull("paragraph") || item) {
            sb.append('.').append(a.hasNonNull("paragraph") ? a.get("paragraph").asText() : "");
        }
        if (item) {
            sb.append('.').append(a.get("item").asText());
        }
        return sb.toString();
    }

    private String guard(String cell) {
        return excel && formulaLike(cell) ? "'" + cell : cell;
    }

    /**
     * Whether a spreadsheet could read the cell as a formula: its first character that is not a space (any
     * Unicode space, the no-break space, the line and paragraph separators, a zero-width or byte-order mark)
     * is = + - @, or their full-width forms ＝ ＋ － ＠ (which spreadsheets fold to ASCII), or the cell starts
     * with a tab or CR.
     */
    public static boolean formulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                    || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
        }
        return false;
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
        if (head) {
            out.flush(); // a body writer's bytes are counted, not yet due
        }
    }
}
