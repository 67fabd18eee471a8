package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One entity, in the shape of the entity specification: {@code text == original[start:end]} in code points.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"doc", "type", "text", "start", "end", "value"})
@JsonSerialize(using = EntityWriter.class)
public record Entity(String doc, String type, String text, int start, int end, EntityValue value) {
    public static final String DATE = "date";
    public static final String MONEY = "money";
    public static final String STATUTE = "statute";
    public static final String CASE_NUMBER = "case_number";
    public static final String DOCUMENT_NUMBER = "document_number";
    public static final java.util.List<String> TYPES = java.util.List.of(DATE, MONEY, STATUTE, CASE_NUMBER, DOCUMENT_NUMBER);

    public Entity withDoc(String doc) {
        return new Entity(doc, type, text, start, end, value);
    }
}
