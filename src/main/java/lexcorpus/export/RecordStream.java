package lexcorpus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lexcorpus.failure.Reason;
import lexcorpus.io.Json;
import lexcorpus.io.JsonlReader;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;

/**
 * Reads one input of records (document records, or entity records grouped by document, as a corpus's
 * entities.jsonl holds them) and writes the chosen records of each: an entity record is kept until its
 * document's last one has come, so that a document's entities are written in their fixed order and its
 * links made from all of them. A record that cannot be used is named and the next one read. Not thread-safe.
 */
final class RecordStream {
    /** The fields read first, which tell a document record from an entity record; the rest is read only if needed. */
    private static final Set<String> ROUTING = Set.of("id", "doc", "type", "value", "entities");

    private final Export export;
    private final String what;
    private final Set<String> typeFilter;
    private final Glob docFilter;
    /** Set when a database is written: documents go to it whole, all its tables at once. */
    private final SqliteWriter sqlite;
    /** Set when a corpus's documents are read for a database: its entities come from entities.jsonl. */
    private final boolean entitiesApart;
    private final Tally report;

    RecordStream(Export export, Set<String> typeFilter, Glob docFilter, SqliteWriter sqlite, boolean entitiesApart, Tally report) {
        this.export = export;
        this.what = export.kind();
        this.typeFilter = typeFilter;
        this.docFilter = docFilter;
        this.sqlite = sqlite;
        this.entitiesApart = entitiesApart;
        this.report = report;
    }

    void read(JsonlReader reader, RecordWriter writer) throws IOException {
        List<ObjectNode> pendingEntities = new ArrayList<>();
        String pendingDoc = null;
        long notExtracted = 0;
        while (true) {
            byte[] line;
            try {
                line = reader.nextLine();
            } catch (JsonlReader.BadLineException e) {
                report.read(0);
                report.fail(reader.source() + ":" + reader.line(), e.getMessage().replaceFirst("^line \\d+: ", ""), Reason.isMemory(e.getMessage()));
                continue;
            }
            if (line == null) {
                break;
            }
            report.read(line.length + 1);
            String where = reader.source() + ":" + reader.line();
            if (reader.line() == 1 && !JsonlReader.startsAnObject(line)) {
                report.fail(reader.source(), "not JSON Lines (its first line is not a JSON object): export reads the records"
                        + " ingest and extract write, as in lexcorpus ingest FILE | lexcorpus extract | lexcorpus export");
                break;
            }
            try {
            lexcorpus.io.Fields f;
            try {
                f = lexcorpus.io.Fields.read(line, ROUTING);
            } catch (IOException e) {
                report.fail(where, "not valid JSON");
                continue;
            }
            boolean entityRecord = f.containsKey("doc") && f.containsKey("type") && f.containsKey("value") && !f.containsKey("id");
            if (entityRecord) {
                if (!what.equals("entities") && !what.equals("links") && sqlite == null) {
                    report.fail(where, "an entity record where " + what + " need document records");
                    continue;
                }
                String doc = f.get("doc").asText();
                if (pendingDoc != null && !pendingDoc.equals(doc)) {
                    flushEntities(pendingEntities, writer);
                }
                pendingDoc = doc;
                if (keep(doc, f.get("type").asText(), typeFilter, docFilter)) {
                    pendingEntities.add((ObjectNode) Json.mapper().readTree(line));
                }
                continue;
            }
            JsonNode id = f.get("id");
            if (id == null || !id.isTextual()) {
                report.fail(where, "a record without an id");
                continue;
            }
            report.document();
            if (what.equals("entities") && sqlite == null) {
                // only the entities are read from a document record; its text and outline are skipped
                JsonNode entities = f.get("entities");
                if (entities == null && !f.has("entities")) {
                    notExtracted++;
                    continue;
                }
                if (entities == null || !entities.isArray()) {
                    report.fail(where, "its entities are not a list");
                    continue;
                }
                if (docFilter != null && !docFilter.matches(id.asText())) {
                    continue;
                }
                List<ObjectNode> found = new ArrayList<>();
                int k = 0;
                for (JsonNode e : entities) {
                    if (!(e instanceof ObjectNode n)) {
                        break;
                    }
                    n.put("doc", id.asText());
                    if (keep(id.asText(), n.path("type").asText(), typeFilter, null)) {
                        found.add(n);
                    }
                    k++;
                }
                if (k < entities.size()) {
                    report.fail(where, "entity " + (k + 1) + " of the record is not an object");
                    continue;
                }
                pendingEntities.addAll(found);
                flushEntities(pendingEntities, writer);
                continue;
            }
            Document d;
            try {
                d = Json.mapper().readValue(line, Document.class);
            } catch (IOException e) {
                report.fail(where, "not a document record");
                continue;
            }
            if (d.text() == null) {
                report.fail(where, "a record without text");
                continue;
            }
            writeDocument(d, writer);
            } catch (RuntimeException | OutOfMemoryError e) {
                // any other failure of one record: named, and the next record is read
                report.fail(where, Reason.of(e), true);
            }
        }
        if (notExtracted > 0) {
            report.fail(reader.source(), notExtracted + " document record" + (notExtracted == 1 ? " has" : "s have")
                    + " no entities (not extracted): run lexcorpus extract before export, as in lexcorpus ingest … | lexcorpus extract | lexcorpus export");
        }
        flushEntities(pendingEntities, writer);
        if (writer instanceof ByDocument o) {
            o.finish();
        }
    }

    private void writeDocument(Document d, RecordWriter writer) throws IOException {
        if (!export.keeps(d.id())) {
            return;
        }
        if (sqlite != null) {
            report.entities(sqlite.document(d, r -> !entitiesApart && export.keeps(d.id(), r.path("type").asText())));
            return;
        }
        for (ObjectNode r : export.records(d)) {
            writer.write(r);
            report.entities(what.equals("entities") ? 1 : 0);
        }
    }

    private static boolean keep(String doc, String type, Set<String> typeFilter, Glob docFilter) {
        return (typeFilter == null || typeFilter.contains(type)) && (docFilter == null || docFilter.matches(doc));
    }

    /** Entity records of one document, in the fixed order (start, end, type). */
    private void flushEntities(List<ObjectNode> pending, RecordWriter writer) throws IOException {
        Export.order(pending);
        if (!pending.isEmpty() && (what.equals("links") || sqlite != null && sqlite.writes("links"))) {
            // the links of one document's entity records (a corpus's entities.jsonl, or entity records on stdin)
            List<Entity> entities = new ArrayList<>(pending.size());
            for (ObjectNode n : pending) {
                entities.add(Json.mapper().treeToValue(n, Entity.class));
            }
            for (ObjectNode l : Records.links(pending.get(0).path("doc").asText(), entities)) {
                writer.write(l);
            }
            if (what.equals("links") && sqlite == null) {
                pending.clear();
                return;
            }
        }
        for (ObjectNode n : pending) {
            writer.write(n);
            report.entities(1);
        }
        pending.clear();
    }
}
