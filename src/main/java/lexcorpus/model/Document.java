package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
 * @param signed    the date a judgment was signed (YYYY-MM-DD, from its signature block), null where none;
 *                  statutes are resolved on it when the document has no date of its own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schema", "id", "part", "encoding", "sha256", "date", "signed", "metadata", "text", "structure", "tokens", "entities"})
public record Document(String schema, String id, Part part, String text, String date, String encoding, String sha256,
                       Metadata metadata, Structure structure,
                       @JsonSerialize(using = TokensWriter.class) List<int[]> tokens, List<Entity> entities, String signed) {
    public static final String SCHEMA = "lexcorpus.document/1";

    public static Document of(String id, String text, String date) {
        return new Document(SCHEMA, id, null, text, date, null, null, null, null, null, null, null);
    }

    public Document withIngest(String date, Metadata metadata, Structure structure, List<int[]> tokens) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities, signed);
    }

    /** Part {@code part.index()} of a file read in parts, with the record id that says so. */
    public Document asPart(Part part) {
        return new Document(SCHEMA, Part.id(part.of(), part.index()), part, text, date, encoding, sha256, metadata, structure, tokens, entities, signed);
    }

    public Document withSource(String encoding, String sha256) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities, signed);
    }

    /**
     * This record as one line of JSON: the bytes {@code mapper.writeValueAsBytes(this)} gives (without a
     * pretty printer), written faster. The tokens, most of a record's bytes, come last when there are no
     * entities: they are appended as text after the rest instead of passing through the generator, which
     * cost ingest with tokens about a twentieth of its time.
     */
    public byte[] toJson(ObjectMapper mapper) throws JsonProcessingException {
        if (!(tokens instanceof TokenList list) || entities != null || mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)) {
            return mapper.writeValueAsBytes(this);
        }
        byte[] head = mapper.writeValueAsBytes(new Document(schema, id, part, text, date, encoding, sha256, metadata, structure, null, null, signed));
        boolean comma = head.length > 2; // after the fields before it, unless there are none
        int at = head.length - 1; // the record's closing brace is written after the tokens
        byte[] out = new byte[at + (comma ? 1 : 0) + TOKENS.length + TokensWriter.length(list) + 1];
        System.arraycopy(head, 0, out, 0, at);
        if (comma) {
            out[at++] = ',';
        }
        System.arraycopy(TOKENS, 0, out, at, TOKENS.length);
        at = TokensWriter.write(list, out, at + TOKENS.length);
        out[at] = '}';
        return out;
    }

    private static final byte[] TOKENS = "\"tokens\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public Document withSigned(String signed) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities, signed);
    }

    public Document withEntities(List<Entity> entities) {
        return new Document(SCHEMA, id, part, text, date, encoding, sha256, metadata, structure, tokens, entities, signed);
    }
}
