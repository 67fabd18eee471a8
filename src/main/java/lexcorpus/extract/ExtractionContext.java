package lexcorpus.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import lexcorpus.text.AlignedText;

/**
 * What an extractor may know of a document: its clean text (with the alignment to the original) and
 * its own date, the fall-back for dates written without a year. Never the system clock.
 *
 * @param text     the clean text
 * @param docYear  the document's year, or 0 when unknown
 * @param docMonth the document's month, or 0 when unknown
 * @param from     the first day of the date statutes are resolved on (the document's date, else the date a
 *                 judgment was signed), or null when unknown
 * @param to       the last day of that date (the same day, or the last of its month or year), or null
 */
public record ExtractionContext(AlignedText text, int docYear, int docMonth, LocalDate from, LocalDate to) {

    /** Builds a context from a document date of the form YYYY, YYYY-MM or YYYY-MM-DD (or null). */
    public static ExtractionContext of(AlignedText text, String documentDate) {
        return of(text, documentDate, null);
    }

    /** As {@link #of(AlignedText, String)}; statutes are resolved on {@code signed} when the document has no date. */
    public static ExtractionContext of(AlignedText text, String documentDate, String signed) {
        int y = 0;
        int m = 0;
        if (documentDate != null && documentDate.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            String[] parts = documentDate.split("-");
            y = Integer.parseInt(parts[0]);
            if (parts.length > 1) {
                m = Integer.parseInt(parts[1]);
            }
        }
        LocalDate[] span = span(documentDate != null ? documentDate : signed);
        return new ExtractionContext(text, y, m, span[0], span[1]);
    }

    /** The first and last day of a date given by day, month or year; nulls when it is not one. */
    static LocalDate[] span(String date) {
        if (date == null || !date.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            return new LocalDate[2];
        }
        String[] p = date.split("-");
        try {
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) {
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            YearMonth ym = YearMonth.of(y, Integer.parseInt(p[1]));
            if (p.length == 2) {
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            LocalDate d = ym.atDay(Integer.parseInt(p[2]));
            return new LocalDate[] {d, d};
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return new LocalDate[2];
        }
    }

    public String clean() {
        return text.text();
    }
}
