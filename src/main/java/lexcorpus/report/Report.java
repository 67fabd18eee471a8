package lexcorpus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lexcorpus.io.Fields;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;

/**
 * {@code lexcorpus report}: a corpus as one HTML file that opens offline (docs/report.md). Records are read
 * first (document records as ingest and extract write them, and entity records as export writes them),
 * each put aside in a temporary file with only its offset in memory; then the documents are taken in id
 * order, each joined with its entities, counted for the overview and written as the page's data; the
 * page is rendered last, around that data. Memory holds one document at a time, whatever the corpus.
 * Not thread-safe.
 */
public final class Report implements AutoCloseable {
    /** Where a record that cannot be used is reported (and the run goes on). */
    public interface Failures {
        void fail(String where, String reason);
    }

    /** The types in the order the page shows them; others follow, by name. */
    static final List<String> KNOWN_TYPES = List.of("date", "money", "statute", "case_number", "document_number");

    private static final Set<String> FIELDS = Set.of("id", "doc", "type", "value", "text", "start", "end", "date", "metadata",
            "structure", "entities", "part");

    private final Failures failures;
    private final List<String[]> failed = new ArrayList<>();
    private final Spill documents = new Spill("documents");
    private final Spill entities = new Spill("entities");
    private final Set<String> types = new TreeSet<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private long records;
    private long bytes;
    private long documentsWritten;
    private long entitiesWritten;

    public Report(Failures failures) throws IOException {
        this.failures = failures;
    }

    /** Reads the records of one input; a line that is no record is reported and skipped. */
    public void read(JsonlReader reader) throws IOException {
        sources.add(reader.source());
        byte[] line;
        while ((line = reader.nextLine()) != null) {
            records++;
            bytes += line.length + 1;
            String where = reader.source() + ":" + reader.line();
            Fields f;
            try {
                f = Fields.read(line, FIELDS);
            } catch (IOException e) {
                fail(where, "not valid JSON");
                continue;
            }
            JsonNode id = f.get("id");
            if (id != null && id.isTextual()) {
                document(where, id.asText(), f);
            } else if (f.get("doc") != null && f.get("doc").isTextual() && f.get("type") != null && f.containsKey("value")) {
                types.add(f.get("type").asText());
                entities.add(f.get("doc").asText(), line);
            } else {
                fail(where, "neither a document record (no id) nor an entity record (no doc, type and value)");
            }
        }
    }

    /** Failures of earlier runs (the JSON Lines of --errors: input, error), to be listed in the overview. */
    public void readFailures(JsonlReader reader) throws IOException {
        byte[] line;
        while ((line = reader.nextLine()) != null) {
            try {
                JsonNode n = JsonlReader.parse(line, reader.source() + ":" + reader.line());
                failed.add(new String[] {n.path("input").asText(reader.source() + ":" + reader.line()), n.path("error").asText("")});
            } catch (JsonlReader.BadLineException e) {
                fail(reader.source() + ":" + reader.line(), "not a failure record");
            }
        }
    }

    private void fail(String where, String reason) {
        failed.add(new String[] {where, reason});
        failures.fail(where, reason);
    }

    private void document(String where, String id, Fields f) throws IOException {
        JsonNode text = f.get("text");
        if (text == null || !text.isTextual()) {
            fail(where, "a document record without text");
            return;
        }
        if (documents.has(id)) {
            fail(where, "document " + id + " comes twice; the first record is kept");
            return;
        }
        ObjectNode d = Json.mapper().createObjectNode();
        JsonNode metadata = f.get("metadata");
        d.put("title", CorpusStats.text(metadata, "title"));
        String date = f.get("date") != null && f.get("date").isTextual() ? f.get("date").asText() : CorpusStats.text(metadata, "date");
        d.put("date", date);
        if (f.get("part") != null && f.get("part").isObject()) {
            d.set("part", f.get("part"));
        }
        d.set("text", text);
        d.set("toc", outline(f.get("structure")));
        ArrayNode es = d.putArray("entities");
        JsonNode embedded = f.get("entities");
        if (embedded != null && embedded.isArray()) {
            for (JsonNode e : embedded) {
                if (e.isObject() && e.path("type").isTextual()) {
                    types.add(e.get("type").asText());
                    es.add(e);
                }
            }
        }
        documents.add(id, Json.mapper().writeValueAsBytes(d));
    }

    /**
     * The table of contents: the headings where the outline has them ({@code level}, {@code text}), else
     * the sections, with the articles under them; each as [level, title, start].
     */
    static ArrayNode outline(JsonNode structure) {
        ArrayNode toc = Json.mapper().createArrayNode();
        if (structure == null || !structure.isObject()) {
            return toc;
        }
        List<Object[]> entries = new ArrayList<>();
        JsonNode headings = structure.get("headings");
        if (headings != null && headings.isArray() && !headings.isEmpty()) {
            for (JsonNode h : headings) {
                String title = CorpusStats.text(h, "text") != null ? CorpusStats.text(h, "text") : CorpusStats.text(h, "title");
                if (title != null && h.path("start").isInt()) {
                    entries.add(new Object[] {Math.max(1, h.path("level").asInt(1)), title, h.get("start").asInt()});
                }
            }
        } else {
            for (JsonNode s : structure.path("sections")) {
                if (CorpusStats.text(s, "title") != null && s.path("start").isInt()) {
                    entries.add(new Object[] {1, s.get("title").asText(), s.get("start").asInt()});
                }
            }
            for (JsonNode a : structure.path("articles")) {
                if (CorpusStats.text(a, "headline") != null && a.path("start").isInt()) {
                    entries.add(new Object[] {2, a.get("headline").asText(), a.get("start").asInt()});
                }
            }
        }
        entries.sort(Comparator.comparingInt((Object[] e) -> (Integer) e[2]).thenComparingInt(e -> (Integer) e[0]));
        for (Object[] e : entries) {
            toc.addArray().add((Integer) e[0]).add((String) e[1]).add((Integer) e[2]);
        }
        return toc;
    }

    /** The types found, known ones first in their order. */
    List<String> types() {
        List<String> out = new ArrayList<>();
        KNOWN_TYPES.stream().filter(types::contains).forEach(out::add);
        types.stream().filter(t -> !KNOWN_TYPES.contains(t)).forEach(out::add);
        return out;
    }

    /**
     * Joins each document with its entities, in id order, and writes the page.
     *
     * @param title   the page's title
     * @param version the tool's version, named in the page
     */
    public void write(OutputStream out, String title, String version) throws IOException {
        List<String> typeList = types();
        CorpusStats stats = new CorpusStats();
        TreeSet<String> ids = new TreeSet<>(documents.keys());
        ids.addAll(entities.keys());
        ArrayNode index = Json.mapper().createArrayNode();
        try (Spill data = new Spill("data")) {
            int n = 0;
            for (String id : ids) {
                DocumentData d = DocumentData.of(id, documents.get(id), entities.get(id), typeList);
                byte[] json = HtmlJson.bytes(d.json());
                if (d.misplaced() > 0) {
                    fail(id, d.misplaced() + " entities whose offsets do not fit the text (extracted from another version of it?)");
                }
                stats.document(id, d.length());
                d.count(stats);
                documentsWritten++;
                entitiesWritten += d.entities();
                index.add(d.indexEntry(n));
                data.add(String.valueOf(n), json);
                n++;
            }
            new Page(title, version, List.copyOf(sources), typeList, stats, failed, index).write(out, data, n);
        }
    }

    /** Lines read, as records or not. */
    public long records() {
        return records;
    }

    /** Bytes read, line ends included. */
    public long bytes() {
        return bytes;
    }

    /** Documents in the page, after {@link #write}. */
    public long documents() {
        return documentsWritten;
    }

    /** Entities in the page, after {@link #write}. */
    public long entities() {
        return entitiesWritten;
    }

    @Override
    public void close() throws IOException {
        try {
            documents.close();
        } finally {
            entities.close();
        }
    }
}
