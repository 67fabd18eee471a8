package lexcorpus.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        if (!Files.exists(p)) {
            return EMPTY;
        }
        // streamed, not read as a tree: an unchanged re-run reads it whole, and it has an entry for every input
        try (JsonParser j = Json.mapper().getFactory().createParser(p.toFile())) {
            return parse(j);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (NoSuchFileException e) {
            return EMPTY;
        }
    }

    private static Manifest parse(JsonParser j) throws IOException {
        if (j.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a manifest");
        }
        String schema = null;
        String legacySettings = "";
        int generation = 0;
        java.util.NavigableMap<String, Entry> inputs = new TreeMap<>();
        Map<String, String> legacyInputs = new TreeMap<>();
        Entities entities = null;
        while (j.nextToken() == JsonToken.FIELD_NAME) {
            String field = j.currentName();
            JsonToken t = j.nextToken();
            switch (field) {
                case "schema" -> schema = j.getValueAsString();
                case "version" -> legacySettings = j.getValueAsString("");
                case "generation" -> generation = j.getValueAsInt();
                case "inputs" -> {
                    expect(t, JsonToken.START_OBJECT, "inputs");
                    while (j.nextToken() == JsonToken.FIELD_NAME) {
                        String id = j.currentName();
                        if (j.nextToken() == JsonToken.VALUE_STRING) {
                            legacyInputs.put(id, j.getText());
                        } else {
                            inputs.put(id, entry(j, id));
                        }
                    }
                }
                case "entities" -> entities = entities(j, t);
                default -> j.skipChildren();
            }
        }
        if (LEGACY_SCHEMA.equals(schema)) {
            java.util.NavigableMap<String, Entry> legacy = new TreeMap<>();
            for (Map.Entry<String, String> e : legacyInputs.entrySet()) {
                legacy.put(e.getKey(), new Entry(e.getValue(), legacySettings, null));
            }
            return new Manifest(0, legacy, null, true);
        }
        if (!SCHEMA.equals(schema)) {
            throw new IOException("not a manifest of this release (schema " + (schema == null ? "missing" : schema) + ")");
        }
        if (!legacyInputs.isEmpty()) {
            throw new IOException("input " + legacyInputs.keySet().iterator().next() + " is not an object");
        }
        return new Manifest(generation, Collections.unmodifiableNavigableMap(inputs), entities, false);
    }

    private static Entry entry(JsonParser j, String id) throws IOException {
        expect(j.currentToken(), JsonToken.START_OBJECT, "input " + id);
        String sha = null;
        String settings = "";
        List<Rec> recs = new ArrayList<>();
        while (j.nextToken() == JsonToken.FIELD_NAME) {
            String field = j.currentName();
            JsonToken t = j.nextToken();
            switch (field) {
                case "sha256" -> sha = t == JsonToken.VALUE_STRING ? j.getText() : null;
                case "settings" -> settings = j.getValueAsString("");
                case "records" -> {
                    expect(t, JsonToken.START_ARRAY, "the records of input " + id);
                    while (j.nextToken() == JsonToken.START_ARRAY) {
                        JsonToken a = j.nextToken();
                        long bytes = a == JsonToken.VALUE_NUMBER_INT ? j.getLongValue() : -1;
                        JsonToken b = j.nextToken();
                        String checksum = b == JsonToken.VALUE_STRING ? j.getText() : null;
                        if (bytes < 0 || checksum == null || j.nextToken() != JsonToken.END_ARRAY) {
                            throw new IOException("the records of input " + id + " are not [bytes, checksum] pairs");
                        }
                        recs.add(new Rec(bytes, checksum));
                    }
                    expect(j.currentToken(), JsonToken.END_ARRAY, "the records of input " + id);
                }
                default -> j.skipChildren();
            }
        }
        if (sha == null || recs.isEmpty()) {
            throw new IOException("input " + id + " has no sha256 or no records");
        }
        return new Entry(sha, settings, List.copyOf(recs));
    }

    private static Entities entities(JsonParser j, JsonToken t) throws IOException {
        expect(t, JsonToken.START_OBJECT, "entities");
        List<String> types = new ArrayList<>();
        Map<String, String> versions = new TreeMap<>();
        while (j.nextToken() == JsonToken.FIELD_NAME) {
            String field = j.currentName();
            JsonToken v = j.nextToken();
            if (field.equals("types") && v == JsonToken.START_ARRAY) {
                while (j.nextToken() == JsonToken.VALUE_STRING) {
                    types.add(j.getText());
                }
            } else if (field.equals("documents") && v == JsonToken.START_OBJECT) {
                while (j.nextToken() == JsonToken.FIELD_NAME) {
                    String id = j.currentName();
                    j.nextToken();
                    versions.put(id, j.getValueAsString());
                }
            } else {
                j.skipChildren();
            }
        }
        return new Entities(List.copyOf(types), Collections.unmodifiableMap(versions));
    }

    private static void expect(JsonToken t, JsonToken want, String what) throws IOException {
        if (t != want) {
            throw new IOException(what + ": not what a manifest holds there");
        }
    }

    /** One input a line (readable, and diffable), no other white space. */
    void write(OutputStream out) throws IOException {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new Lines());
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

    /** A line break before each field of the top object and each entry of {@code inputs} and {@code documents}. */
    static final class Lines extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            super.writeStartObject(g);
            if (broken(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            super.writeObjectEntrySeparator(g);
            if (broken(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            if (broken(g)) {
                g.writeRaw('\n');
            }
            super.writeEndObject(g, entries);
        }

        private static boolean broken(JsonGenerator g) {
            com.fasterxml.jackson.core.JsonStreamContext c = g.getOutputContext();
            if (!c.inObject()) {
                return false;
            }
            com.fasterxml.jackson.core.JsonStreamContext parent = c.getParent();
            return parent == null || parent.inRoot() || "inputs".equals(parent.getCurrentName()) && parent.getParent().inRoot()
                    || "documents".equals(parent.getCurrentName());
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
