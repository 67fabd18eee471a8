package lexcorpus.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lexcorpus.io.Json;

/**
 * What one generation of a corpus holds, written with it and committed with it (docs/corpus.md, "The
 * manifest"): for each input, the SHA-256 of its bytes, the settings it was ingested with and the length and
 * checksum of each of its records, in the order of {@code documents.jsonl}; and, once extract has run, which
 * version (record checksum) of each document its entities were found in. Nothing in it depends on when or
 * where a run happened: two runs over the same inputs write the same manifest. Immutable.
 */
public final class Manifest {
    static final String SCHEMA = "lexcorpus.manifest/2";
    static final String LEGACY_SCHEMA = "lexcorpus.manifest/1";

    /** One record of an input: its line's length in bytes (without the line break) and checksum. */
    public record Rec(long bytes, String checksum) {
    }

    /**
     * One input: {@code records} holds one record for a file read whole, one per part ({@code id#0001} …) for a
     * file read in parts; null where the manifest of an earlier release did not say (the records are then found
     * in the documents).
     */
    public record Entry(String sha256, String settings, List<Rec> records) {
        boolean inParts() {
            return records != null && records.size() > 1;
        }

        /** The record id of record {@code k} (from 0) of input {@code id}. */
        String recordId(String id, int k) {
            return inParts() ? lexcorpus.model.Part.id(id, k + 1) : id;
        }
    }

    /** What extract found entities in: the entity types asked for, and each document's record checksum then. */
    public record Entities(List<String> types, Map<String, String> versions) {
    }

    static final Manifest EMPTY = new Manifest(0, Collections.emptyNavigableMap(), null, false);

    final int generation;
    final java.util.NavigableMap<String, Entry> inputs;
    final Entities entities;
    /** Read from the manifest of an earlier release: settings and hashes only. */
    final boolean legacy;

    Manifest(int generation, java.util.NavigableMap<String, Entry> inputs, Entities entities, boolean legacy) {
        this.generation = generation;
        this.inputs = inputs;
        this.entities = entities;
        this.legacy = legacy;
    }

    public int generation() {
        return generation;
    }

    public java.util.NavigableMap<String, Entry> inputs() {
        return inputs;
    }

    public Entities entities() {
        return entities;
    }

    Manifest withEntities(Entities e) {
        return new Manifest(generation, inputs, e, false);
    }

    Manifest as(int generation) {
        return new Manifest(generation, inputs, entities, false);
    }

    /** Record id to record checksum, for every record of the generation, in the order of the documents file. */
    Map<String, String> recordVersions() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : inputs.entrySet()) {
            List<Rec> recs = e.getValue().records();
            if (recs == null) {
                continue;
            }
            for (int k = 0; k < recs.size(); k++) {
                out.put(e.getValue().recordId(e.getKey(), k), recs.get(k).checksum());
            }
        }
        return out;
    }

    /** Reads a manifest; a missing one is {@link #EMPTY}; one that cannot be parsed is an exception saying so. */
    static Manifest read(Path p) throws IOException {
        JsonNode n;
        try {
            n = Json.mapper().readTree(p.toFile());
        } catch (java.io.FileNotFoundException | NoSuchFileException e) {
            if (!Files.exists(p)) {
                return EMPTY;
            }
            throw e;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new IOException("not a manifest");
        }
        String schema = n.path("schema").asText("");
        java.util.NavigableMap<String, Entry> inputs = new TreeMap<>();
        if (schema.equals(LEGACY_SCHEMA)) {
            String settings = n.path("version").asText("");
            n.path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), new Entry(e.getValue().asText(), settings, null)));
            return new Manifest(0, inputs, null, true);
        }
        if (!schema.equals(SCHEMA)) {
            throw new IOException("not a manifest of this release (schema " + (schema.isEmpty() ? "missing" : schema) + ")");
        }
        var it = n.path("inputs").fields();
        while (it.hasNext()) {
            var e = it.next();
            JsonNode v = e.getValue();
            List<Rec> recs = new ArrayList<>();
            for (JsonNode r : v.path("records")) {
                if (!r.isArray() || r.size() != 2 || !r.get(0).canConvertToLong() || !r.get(1).isTextual()) {
                    throw new IOException("the records of input " + e.getKey() + " are not [bytes, checksum] pairs");
                }
                recs.add(new Rec(r.get(0).asLong(), r.get(1).asText()));
            }
            if (!v.path("sha256").isTextual() || recs.isEmpty()) {
                throw new IOException("input " + e.getKey() + " has no sha256 or no records");
            }
            inputs.put(e.getKey(), new Entry(v.get("sha256").asText(), v.path("settings").asText(""), List.copyOf(recs)));
        }
        Entities entities = null;
        JsonNode en = n.get("entities");
        if (en != null && en.isObject()) {
            List<String> types = new ArrayList<>();
            en.path("types").forEach(t -> types.add(t.asText()));
            Map<String, String> versions = new TreeMap<>();
            en.path("documents").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asText()));
            entities = new Entities(List.copyOf(types), Collections.unmodifiableMap(versions));
        }
        return new Manifest(n.path("generation").asInt(0), Collections.unmodifiableNavigableMap(inputs), entities, false);
    }

    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeNumberField("generation", generation);
            g.writeObjectFieldStart("inputs");
            for (Map.Entry<String, Entry> e : inputs.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("sha256", e.getValue().sha256());
                g.writeStringField("settings", e.getValue().settings());
                g.writeArrayFieldStart("records");
                for (Rec r : e.getValue().records()) {
                    g.writeStartArray();
                    g.writeNumber(r.bytes());
                    g.writeString(r.checksum());
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            if (entities != null) {
                g.writeObjectFieldStart("entities");
                g.writeArrayFieldStart("types");
                for (String t : entities.types()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("documents");
                for (Map.Entry<String, String> e : new TreeMap<>(entities.versions()).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
