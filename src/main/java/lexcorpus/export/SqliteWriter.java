package lexcorpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import lexcorpus.io.BuiltFile;
import lexcorpus.io.Json;
import lexcorpus.model.Document;

/**
 * A corpus as one SQLite database (docs/sqlite.md): a table per record kind, with the columns of its CSV
 * (an entity's value flattened the same way) and, for entities, the value as JSON too; documents also keep
 * their original text, so that {@code substr(text, start + 1, end - start)} gives back any span (SQLite
 * counts characters, as the offsets do). Column types come from the record kinds' JSON Schemas. The file
 * is built under a temporary name beside the target and renamed over it by {@link #commit()}, so a failed
 * export leaves the previous file. Not thread-safe.
 */
public final class SqliteWriter implements RecordWriter {
    /** The tables written when none are named, in this order; a kind the tool does not know yet is left out. */
    public static final List<String> DEFAULT_TABLES = List.of("documents", "headings", "articles", "sentences", "entities", "links");

    private final Path target;
    private final BuiltFile file;
    private Connection db;
    private final List<String> tables;
    private final Map<String, Table> open = new LinkedHashMap<>();
    private boolean done;

    /**
     * @param tables the record kinds to write, each one of {@link Records#KINDS}
     * @throws IOException when the database cannot be created (the message says why)
     */
    public SqliteWriter(Path target, List<String> tables) throws IOException {
        this.target = target.toAbsolutePath();
        this.tables = List.copyOf(tables);
        try {
            file = new BuiltFile(this.target);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.temp());
            try (Statement s = db.createStatement()) {
                // built in a file renamed into place at the end: a crash loses the temporary file only, so
                // the journal and the syncs that protect a live database are not needed
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA encoding = 'UTF-8'");
            }
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
            }
            for (String kind : this.tables) {
                table(kind);
            }
        } catch (SQLException | UnsatisfiedLinkError e) {
            discard();
            throw new IOException("cannot create the SQLite database " + target + ": " + (unloadable(e)
                    ? "SQLite's native library cannot be loaded here (" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")"
                    : e.getMessage()), e);
        }
    }

    /** The driver's own log (a stack trace when its native library fails to load) is off: failures are reported once, by the caller. */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.sqlite");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private static boolean unloadable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UnsatisfiedLinkError || c.getMessage() != null && c.getMessage().contains("native library")) {
                return true;
            }
        }
        return false;
    }

    /** The tables to write: {@code named} (validated by the caller), or the defaults the tool knows. */
    public static List<String> tables(List<String> named) {
        if (named != null && !named.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(named));
        }
        return DEFAULT_TABLES.stream().filter(Records.KINDS::contains).toList();
    }

    /**
     * Writes the records of every table for one document; entities only where {@code keepEntity} says so.
     *
     * @return the number of entities written
     */
    public int document(Document d, Predicate<ObjectNode> keepEntity) throws IOException {
        int entities = 0;
        for (String kind : tables) {
            for (ObjectNode r : Records.of(kind, d)) {
                if (kind.equals("entities")) {
                    if (!keepEntity.test(r)) {
                        continue;
                    }
                    entities++;
                } else if (kind.equals("documents")) {
                    r.put("text", d.text());
                }
                insert(kind, r);
            }
        }
        return entities;
    }

    /** Writes one record, to the table of its kind (named by its {@code schema}); records of kinds not written are dropped. */
    @Override
    public void write(ObjectNode record) throws IOException {
        String schema = record.path("schema").asText("lexcorpus.entity/1");
        for (String kind : tables) {
            if (Records.schema(kind).equals(schema)) {
                insert(kind, record);
                return;
            }
        }
    }

    /** Whether this database has a table for {@code kind}. */
    public boolean writes(String kind) {
        return tables.contains(kind);
    }

    /**
     * Fills the documents' entity counts from the entities table, for documents read without their entities
     * (a corpus keeps them in a file of their own).
     */
    public void countEntities() throws IOException {
        if (!writes("documents") || !writes("entities")) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE documents SET entities = (SELECT count(*) FROM entities e WHERE e.doc = documents.doc)"
                    + " WHERE entities IS NULL");
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void insert(String kind, ObjectNode record) throws IOException {
        Table t = table(kind);
        try {
            JsonNode value = record.path("value");
            for (int i = 0; i < t.columns.size(); i++) {
                String c = t.columns.get(i);
                if (kind.equals("entities") && c.equals("value")) {
                    t.insert.setString(i + 1, Json.mapper().writeValueAsString(value));
                } else {
                    // top-level fields first; an entity's value fields fill the other columns, as in CSV
                    bind(t.insert, i + 1, c, record.has(c) ? record.get(c) : (value.isObject() ? value.get(c) : null));
                }
            }
            t.insert.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void bind(PreparedStatement p, int at, String column, JsonNode v) throws SQLException {
        if (v == null || v.isNull() || v.isMissingNode()) {
            p.setNull(at, java.sql.Types.NULL);
        } else if (v.isIntegralNumber() && v.canConvertToLong()) {
            p.setLong(at, v.longValue());
        } else if (v.isNumber()) {
            p.setString(at, v.asText()); // exact, as written
        } else if (v.isBoolean()) {
            p.setInt(at, v.booleanValue() ? 1 : 0);
        } else if (v.isArray()) {
            p.setString(at, CsvRecordWriter.cell(column, v)); // as in CSV: 1165;100.2.3
        } else if (v.isObject()) {
            p.setString(at, v.toString());
        } else {
            p.setString(at, v.asText());
        }
    }

    private Table table(String kind) throws IOException {
        Table t = open.get(kind);
        if (t != null) {
            return t;
        }
        List<String> columns = new ArrayList<>(CsvRecordWriter.COLUMNS.get(kind));
        if (kind.equals("entities")) {
            columns.add("value");
        } else if (kind.equals("documents")) {
            columns.add("text");
        }
        JsonNode schema = schemaOf(kind);
        StringBuilder create = new StringBuilder("CREATE TABLE ").append(quote(kind)).append(" (");
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(quote(kind)).append(" VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            String type = kind.equals("entities") && c.equals("value") || kind.equals("documents") && c.equals("text") ? "TEXT" : sqlType(schema, c);
            create.append(i == 0 ? "" : ", ").append(quote(c)).append(type.isEmpty() ? "" : " " + type);
            insert.append(i == 0 ? "?" : ", ?");
        }
        try (Statement s = db.createStatement()) {
            s.execute(create.append(")").toString());
            PreparedStatement p = db.prepareStatement(insert.append(")").toString());
            try (PreparedStatement m = db.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
                m.setString(1, "schema." + kind);
                m.setString(2, Records.schema(kind));
                m.executeUpdate();
            }
            t = new Table(columns, p);
        } catch (SQLException e) {
            throw failure(e);
        }
        open.put(kind, t);
        return t;
    }

    /** The JSON Schema of a record kind, from the jar (docs/schema); null when there is none. */
    private static JsonNode schemaOf(String kind) throws IOException {
        try (InputStream in = SqliteWriter.class.getResourceAsStream("/lexcorpus/schema/" + kind + ".schema.json")) {
            return in == null ? null : Json.mapper().readTree(in);
        }
    }

    /**
     * The declared type of a column, from what the schema says of the field of that name (at the top level,
     * or in an entity value of any type): INTEGER, REAL or TEXT, or none where the schema gives none or
     * two kinds disagree, so that SQLite keeps each value as it was bound.
     */
    static String sqlType(JsonNode schema, String column) {
        if (schema == null) {
            return "";
        }
        Set<String> types = new LinkedHashSet<>();
        JsonNode top = schema.path("properties").get(column);
        if (top != null) {
            jsonTypes(top, types);
        } else {
            for (JsonNode value : schema.findValues("value")) {
                JsonNode p = value.path("properties").get(column);
                if (p != null) {
                    jsonTypes(p, types);
                }
            }
        }
        types.remove("null");
        if (types.size() != 1 && !(types.size() == 2 && types.contains("integer") && types.contains("boolean"))) {
            return "";
        }
        return switch (types.iterator().next()) {
            case "integer", "boolean" -> "INTEGER";
            case "number" -> "REAL";
            default -> "TEXT";
        };
    }

    private static void jsonTypes(JsonNode p, Set<String> out) {
        JsonNode type = p.get("type");
        if (type != null && type.isTextual()) {
            out.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (p.has("const")) {
            out.add(kindOf(p.get("const")));
        } else if (p.has("enum")) {
            p.get("enum").forEach(e -> out.add(kindOf(e)));
        }
        for (String any : List.of("oneOf", "anyOf")) {
            if (p.has(any)) {
                p.get(any).forEach(b -> jsonTypes(b, out));
            }
        }
    }

    private static String kindOf(JsonNode v) {
        return v.isNull() ? "null" : v.isBoolean() ? "boolean" : v.isIntegralNumber() ? "integer" : v.isNumber() ? "number"
                : v.isTextual() ? "string" : "object";
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public RecordWriter body(OutputStream out) {
        throw new UnsupportedOperationException("a database is written in place, not in formatted blocks");
    }

    @Override
    public void writeBody(byte[] bytes, int off, int len) {
        throw new UnsupportedOperationException("a database is written in place, not in formatted blocks");
    }

    /** Nothing to do: the database is made final by {@link #commit()}. */
    @Override
    public void finish() {
    }

    /** Indexes the tables (doc, and type or kind where a table has one), commits, and renames the file over the target. */
    public void commit(String version) throws IOException {
        try (Statement s = db.createStatement();
             PreparedStatement m = db.prepareStatement("INSERT INTO meta VALUES ('lexcorpus.version', ?)")) {
            m.setString(1, version);
            m.executeUpdate();
            for (Map.Entry<String, Table> e : open.entrySet()) {
                for (String c : List.of("doc", "type", "kind")) {
                    if (e.getValue().columns.contains(c)) {
                        s.execute("CREATE INDEX " + quote(e.getKey() + "_" + c) + " ON " + quote(e.getKey()) + " (" + quote(c) + ")");
                    }
                }
                e.getValue().insert.close();
            }
            db.commit();
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
        file.commit();
        done = true;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "not a folder: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private IOException failure(SQLException e) {
        return new IOException("cannot write the SQLite database " + target + ": " + e.getMessage(), e);
    }

    /** Without {@link #commit()}: drops the temporary file, the target stays as it was. */
    @Override
    public void close() {
        if (!done) {
            discard();
        }
    }

    private void discard() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException ignored) {
            // the file goes away below
        }
        file.close();
        done = true;
    }

    private record Table(List<String> columns, PreparedStatement insert) {
    }
}
