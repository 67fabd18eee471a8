package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * One document as it flows between the commands: the original text untouched, what ingest read from
 * it, and the entities extract found. Every offset is a code point into {@code text}, end exclusive.
 *
 * @param schema    record kind and version, {@value #SCHEMA}
 * @param id        the document id (see docs/corpus.md)
 * @param part      for a part of a file read in parts, which part; null otherwise
 * @param text      the original decoded text
 * @param date      the document's own date (YYYY-MM-DD, YYYY-MM or YYYY), the fall-back for year inference
 * @param encoding  the encoding the file was decoded with, null for JSON input
 * @param sha256    hash of the input bytes, for incremental runs
 * @param metadata  what the masthead gives
 * @param structure sections, articles, paragraphs, sentences
 * @param tokens    word tokens as [start, end] pairs, null when not segmented
 * @param entities  entities, null before extract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schema", "id", "part", "encoding", "sha256", "date", "metadata", "text", "structure", "tokens", "entities"})
public record Document(String schema, String id, Part part, String text, String date, String encoding, String sha256,
                       Metadata metadata, Structure structure,
                       @JsonSerialize(using = TokensWriter.class) List<int[]> tokens, List<Entity> entities) {
    public static final String SCHEMA = "lexcorpus.document/1";

    public static Document of(String id, String text, String date) {
        return new Document(SCHEMA, id, null, text, date, null, null, null, null, null, null);
    }

    public Document withIngest(String date, Metadata metadata, Structure structure, List<int[]> tokens) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities);
    }

    /** Part {@code part.index()} of a file read in parts, with the record id that says so. */
    public Document asPart(Part part) {
        return new Document(SCHEMA, Part.id(part.of(), part.index()), part, text, date, encoding, sha256, metadata, structure, tokens, entities);
    }

    public Document withSource(String encoding, String sha256) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities);
    }

    public Document withEntities(List<Entity> entities) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities);
    }
}
