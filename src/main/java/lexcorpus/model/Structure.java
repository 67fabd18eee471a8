package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The outline of a document. Offsets are code points into the original, end exclusive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Structure(List<Section> sections, List<Article> articles, List<Span> paragraphs, List<Sentence> sentences,
                        Span contents) {

    /** A section heading ({@code 一 本委动态}); its span covers the heading and the section's body. */
    public record Section(String title, int start, int end) {
    }

    /**
     * An article: headline, by-lines, body and footer. {@code byline} is the first by-line as written.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String section, String headline, String byline, List<String> bylines, String footer,
                          int start, int end, @JsonProperty("body_start") int bodyStart) {
    }

    /** A sentence, with the article it belongs to (-1 outside articles); written as [start, end, article]. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"start", "end", "article"})
    public record Sentence(int start, int end, int article) {
    }

    /** A span, written as [start, end]: documents hold thousands of them. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"start", "end"})
    public record Span(int start, int end) {
    }
}
