package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import lexcorpus.export.CsvRecordWriter;
import lexcorpus.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format sqlite, read back with SQL and compared with the JSON Lines export of the same records. */
class SqliteExportTest {
    private static byte[] extracted;

    @TempDir
    Path dir;

    @BeforeAll
    static void extract() {
        Cli.Result ingested = Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString());
        assertEquals(0, ingested.code(), ingested.stderr());
        Cli.Result ex = Cli.runWithInput(ingested.stdout(), "extract", "-q");
        assertEquals(0, ex.code(), ex.stderr());
        extracted = ex.stdout();
    }

    private static List<JsonNode> jsonl(byte[] out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                records.add(Json.mapper().readTree(line));
            }
        }
        return records;
    }

    private static List<JsonNode> export(String... what) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "-q", "--format", "jsonl"));
        args.addAll(List.of(what));
        Cli.Result r = Cli.runWithInput(extracted, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.stderr());
        return jsonl(r.stdout());
    }

    /** The rows of a query, each as a list of its columns' values as JDBC gives them. */
    private static List<List<Object>> query(Path db, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long count(Path db, String sql) throws SQLException {
        return ((Number) query(db, sql).get(0).get(0)).longValue();
    }

    @Test
    void everyTableHoldsWhatTheJsonLinesExportHolds() throws Exception {
        Path db = dir.resolve("corpus.db");
        Cli.Result r = Cli.runWithInput(extracted, "export", "-q", "--format", "sqlite", "-o", db.toString());
        assertEquals(0, r.code(), r.stderr());
        assertEquals("", r.out(), "nothing on standard output");

        List<JsonNode> entities = export();
        assertTrue(entities.size() > 50, "samples hold entities: " + entities.size());
        Map<String, Long> perType = new TreeMap<>();
        entities.forEach(e -> perType.merge(e.get("type").asText(), 1L, Long::sum));
        Map<String, Long> sqlPerType = new TreeMap<>();
        for (List<Object> row : query(db, "SELECT type, count(*) FROM entities GROUP BY type")) {
            sqlPerType.put((String) row.get(0), ((Number) row.get(1)).longValue());
        }
        assertEquals(perType, sqlPerType);

        // every entity, in input order: its fields, its value as JSON, and each CSV column
        List<List<Object>> rows = query(db, "SELECT * FROM entities ORDER BY rowid");
        List<String> columns = new ArrayList<>(CsvRecordWriter.COLUMNS.get("entities"));
        columns.add("value");
        assertEquals(entities.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode e = entities.get(i);
            List<Object> row = rows.get(i);
            assertEquals(columns.size(), row.size());
            assertEquals(e.get("doc").asText(), row.get(columns.indexOf("doc")));
            assertEquals(e.get("type").asText(), row.get(columns.indexOf("type")));
            assertEquals(e.get("text").asText(), row.get(columns.indexOf("text")));
            assertEquals(e.get("start").asInt(), ((Number) row.get(columns.indexOf("start"))).intValue());
            assertEquals(e.get("end").asInt(), ((Number) row.get(columns.indexOf("end"))).intValue());
            assertEquals(e.get("value"), Json.mapper().readTree((String) row.get(columns.indexOf("value"))));
            for (String c : columns.subList(5, columns.size() - 1)) {
                JsonNode v = e.get("value").get(c);
                Object cell = row.get(columns.indexOf(c));
                if (v == null || v.isNull()) {
                    assertEquals(null, cell, c + " of " + e);
                } else if (v.isBoolean()) {
                    assertEquals(v.booleanValue() ? 1 : 0, ((Number) cell).intValue(), c);
                } else if (v.isIntegralNumber()) {
                    assertEquals(v.longValue(), ((Number) cell).longValue(), c);
                } else {
                    assertEquals(csvCell(e, c), cell, c + " of " + e);
                }
            }
        }
        // the exact amounts stay text; an amount is summed with a cast
        assertEquals(0, count(db, "SELECT count(*) FROM entities WHERE type = 'money' AND typeof(amount) <> 'text'"));

        // the original text is in documents, and the offsets are characters of it, as SQLite counts them
        assertEquals(0, count(db, "SELECT count(*) FROM entities e JOIN documents d USING (doc)"
                + " WHERE substr(d.text, e.start + 1, e.end - e.start) <> e.text"));
        assertEquals(entities.size(), count(db, "SELECT count(*) FROM entities e JOIN documents d USING (doc)"));

        List<JsonNode> documents = export("--what", "documents");
        List<List<Object>> docRows = query(db, "SELECT doc, title, entities, sentences, \"end\" FROM documents ORDER BY rowid");
        assertEquals(documents.size(), docRows.size());
        for (int i = 0; i < documents.size(); i++) {
            JsonNode d = documents.get(i);
            assertEquals(List.of(d.get("doc").asText(), d.get("title").asText(), d.get("entities").asLong(), d.get("sentences").asLong(),
                    d.get("end").asLong()), docRows.get(i).stream().map(o -> o instanceof Number n ? (Object) n.longValue() : o).toList());
        }
        for (String kind : List.of("articles", "sentences")) {
            List<JsonNode> records = export("--what", kind);
            assertEquals(records.size(), count(db, "SELECT count(*) FROM " + kind), kind);
            List<List<Object>> texts = query(db, "SELECT doc, text, start FROM " + kind + " ORDER BY rowid");
            for (int i = 0; i < records.size(); i++) {
                assertEquals(records.get(i).get("doc").asText(), texts.get(i).get(0), kind);
                assertEquals(records.get(i).get("text").asText(), texts.get(i).get(1), kind);
                assertEquals(records.get(i).get("start").asLong(), ((Number) texts.get(i).get(2)).longValue(), kind);
            }
        }
        assertTrue(count(db, "SELECT count(*) FROM sentences") > 20);

        // indexes on doc for every table, on type for entities
        List<List<Object>> indexes = query(db, "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name");
        for (String name : List.of("articles_doc", "documents_doc", "entities_doc", "entities_type", "sentences_doc")) {
            assertTrue(indexes.contains(List.of(name)), name + " in " + indexes);
        }
        assertEquals("lexcorpus.entity/1", query(db, "SELECT value FROM meta WHERE key = 'schema.entities'").get(0).get(0));
    }

    private static String csvCell(JsonNode entity, String column) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (CsvRecordWriter w = new CsvRecordWriter(out, "entities", false)) {
            w.write((com.fasterxml.jackson.databind.node.ObjectNode) entity);
        }
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build()
                .parse(new java.io.StringReader(out.toString(StandardCharsets.UTF_8)))) {
            return parser.getRecords().get(0).get(column);
        }
    }

    @Test
    void aCorpusGivesTheSameTablesAsThePipeAndTheFileNameChoosesTheFormat() throws Exception {
        Path corpus = dir.resolve("work");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString(), "--corpus", corpus.toString()).code());
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
        Path fromCorpus = dir.resolve("corpus.sqlite");
        Cli.Result r = Cli.run("export", "-q", "--corpus", corpus.toString(), "-o", fromCorpus.toString());
        assertEquals(0, r.code(), r.stderr());
        Path fromPipe = dir.resolve("pipe.db");
        assertEquals(0, Cli.runWithInput(extracted, "export", "-q", "-o", fromPipe.toString()).code());
        for (String sql : List.of("SELECT doc, type, start, \"end\", value FROM entities ORDER BY doc, start, \"end\", type",
                "SELECT doc, entities, sentences, text FROM documents ORDER BY doc",
                "SELECT doc, \"index\", text FROM sentences ORDER BY doc, \"index\"")) {
            assertEquals(query(fromPipe, sql), query(fromCorpus, sql), sql);
        }
        assertEquals(export().size(), count(fromCorpus, "SELECT sum(entities) FROM documents"));

        // --what names the tables; --types and --docs filter as for the other formats
        Path some = dir.resolve("some.db");
        Cli.Result s = Cli.runWithInput(extracted, "export", "-q", "-o", some.toString(), "--what", "documents,entities",
                "--types", "money", "--docs", "judgment*");
        assertEquals(0, s.code(), s.stderr());
        assertEquals(List.of(List.of("documents"), List.of("entities"), List.of("meta")),
                query(some, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        assertEquals(List.of(List.of("judgment-excerpt.txt", "money")), query(some, "SELECT DISTINCT doc, type FROM entities"));
        assertEquals(export("--types", "money", "--docs", "judgment*").size(), count(some, "SELECT count(*) FROM entities"));
    }

    @Test
    void aReplacedDatabaseKeepsItsModeAndWhatAKilledExportLeftIsRemoved() throws IOException {
        Path db = dir.resolve("kept.db");
        assertEquals(0, Cli.runWithInput(extracted, "export", "-q", "-o", db.toString()).code());
        Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path left = dir.resolve(".kept.db.2147480000-abc.part"); // a process id no process has here
        Files.writeString(left, "half a database");
        assertEquals(0, Cli.runWithInput(extracted, "export", "-q", "-o", db.toString()).code());
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertFalse(Files.exists(left));
    }

    @Test
    void badUsesAreRefusedAndAFailedExportKeepsTheOldFile() throws IOException {
        Cli.Result noFile = Cli.runWithInput(extracted, "export", "--format", "sqlite");
        assertEquals(ExitCodes.USAGE, noFile.code());
        assertTrue(noFile.stderr().contains("needs -o FILE"), noFile.stderr());
        assertEquals(ExitCodes.USAGE, Cli.runWithInput(extracted, "export", "-o", dir.resolve("x.db").toString(), "--what", "entities,words").code());
        assertEquals(ExitCodes.USAGE, Cli.runWithInput(extracted, "export", "-o", dir.resolve("x.db").toString(), "--excel").code());

        Path db = dir.resolve("old.db");
        Files.writeString(db, "an older file");
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder is wanted");
        Cli.Result noDir = Cli.runWithInput(extracted, "export", "-q", "-o", blocked.resolve("x.db").toString());
        assertEquals(ExitCodes.FATAL, noDir.code());
        assertTrue(noDir.stderr().startsWith("lexcorpus: ") && noDir.stderr().contains("x.db"), noDir.stderr());

        byte[] damaged = (new String(extracted, StandardCharsets.UTF_8) + "{not json\n").getBytes(StandardCharsets.UTF_8);
        Cli.Result stopped = Cli.runWithInput(damaged, "export", "-q", "--fail-fast", "-o", db.toString());
        assertEquals(ExitCodes.INPUT_FAILED, stopped.code(), stopped.stderr());
        assertEquals("an older file", Files.readString(db), "a stopped export leaves the old file");

        // a bad line is named, the rest is written, exit 1
        Cli.Result partly = Cli.runWithInput(damaged, "export", "-q", "-o", db.toString());
        assertEquals(ExitCodes.INPUT_FAILED, partly.code());
        assertTrue(partly.stderr().contains("stdin:5"), partly.stderr());
        try {
            assertEquals(export().size(), count(db, "SELECT count(*) FROM entities"));
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }
}
