package lexcorpus.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a masthead says of its issue; any field may be null.
 *
 * @param title      the newsletter's title
 * @param issue      the issue number (第19期 → 19)
 * @param issueTotal the running number (总第N期)
 * @param date       the issue's date, YYYY-MM-DD, YYYY-MM or YYYY
 * @param publisher  who publishes it (the …主办 line, without 主办)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Metadata(String title, Integer issue, @JsonProperty("issue_total") Integer issueTotal, String date,
                       String publisher) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null);
}
