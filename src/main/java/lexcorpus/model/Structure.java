package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The outline of a document. Offsets are code points into the original, end exclusive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Structure(List<Section> sections, List<Heading> headings, List<Article> articles, List<Span> paragraphs,
                        List<Sentence> sentences, Span contents) {

    /**
     * A level-1 heading ({@code 一 本委动态}), its title without numbering; its span covers the heading and the
     * section's body. The same as the level-1 entries of {@link #headings}, kept for the consumers that read it.
     */
    public record Section(String title, int start, int end) {
    }

    /**
     * A heading of the outline: {@code level} its depth in the document's own outline (1 the top), {@code text}
     * the heading as written (numbering kept, lines joined), {@code line} the number of its first line in the
     * original (from 1), [{@code start}, {@code end}) the stretch it heads, from the heading to the next heading
     * at its level or above, and {@code parent} the index of the heading it stands under (null at the top).
     */
    @JsonPropertyOrder({"level", "text", "line", "start", "end", "parent"})
    public record Heading(int level, String text, int line, int start, int end, Integer parent) {
    }

    /** The headings, an empty list for a record written before they were read. */
    @JsonIgnore
    public List<Heading> headingsOrEmpty() {
        return headings == null ? List.of() : headings;
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
