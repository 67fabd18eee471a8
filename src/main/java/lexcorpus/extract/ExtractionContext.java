package lexcorpus.extract;

import lexcorpus.text.AlignedText;

/**
 * What an extractor may know of a document: its clean text (with the alignment to the original) and
 * its own date, the fall-back for dates written without a year. Never the system clock.
 *
 * @param text     the clean text
 * @param docYear  the document's year, or 0 when unknown
 * @param docMonth the document's month, or 0 when unknown
 */
public record ExtractionContext(AlignedText text, int docYear, int docMonth) {

    /** Builds a context from a document date of the form YYYY, YYYY-MM or YYYY-MM-DD (or null). */
    public static ExtractionContext of(AlignedText text, String documentDate) {
        int y = 0;
        int m = 0;
        if (documentDate != null && documentDate.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            String[] parts = documentDate.split("-");
            y = Integer.parseInt(parts[0]);
            if (parts.length > 1) {
                m = Integer.parseInt(parts[1]);
            }
        }
        return new ExtractionContext(text, y, m);
    }

    public String clean() {
        return text.text();
    }
}
