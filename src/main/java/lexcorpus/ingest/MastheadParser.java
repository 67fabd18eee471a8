package lexcorpus.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Resources;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Metadata;

/**
 * Reads the masthead at the top of an issue: title, issue number (第19期, 总第N期), date and publisher
 * (…主办). Looks only at the first lines, before the contents or the first long paragraph. Thread-safe.
 */
final class MastheadParser {
    private static final int HEAD_LINES = 40;
    private static final int LONG_LINE = 60;
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern MARKDOWN_HASHES = Pattern.compile("^#+\\s*");
    private static final Pattern LEADING_YEAR = Pattern.compile("([12][0-9]{3})\\s*年");
    private final Pattern issue;
    private final Pattern issueTotal;
    private final Pattern date;
    private final Pattern publisher;
    private final Pattern contents;

    MastheadParser(Map<String, String> p) {
        issue = Pattern.compile(p.get("issue"));
        issueTotal = Pattern.compile(p.get("issue_total"));
        date = Pattern.compile(p.get("masthead_date"));
        publisher = Pattern.compile(p.get("publisher"));
        contents = Pattern.compile(p.get("contents"));
    }

    /** @param lines the original text of each line, stripped */
    Metadata parse(List<String> lines) {
        String title = null;
        Integer issueNo = null;
        Integer total = null;
        String when = null;
        String by = null;
        String firstLine = null;
        String beforeIssue = null;
        String previous = null;
        int seen = 0;
        for (String line : lines) {
            if (seen >= HEAD_LINES) {
                break;
            }
            String t = line.indexOf('[') < 0 && line.indexOf('#') < 0 ? line.strip()
                    : MARKDOWN_HASHES.matcher(BOOKMARK.matcher(line).replaceAll("").strip()).replaceFirst("");
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (contents.matcher(t).matches()) {
                break;
            }
            if (firstLine == null) {
                firstLine = t;
            }
            Matcher m;
            if (issueNo == null && t.length() <= 30 && (m = issue.matcher(t)).matches()) {
                issueNo = Numbers.parseInt(m.group("issue"));
                if (m.group("total") != null) {
                    total = Integer.parseInt(m.group("total"));
                }
                beforeIssue = previous;
                Matcher year = LEADING_YEAR.matcher(t);
                if (when == null && year.lookingAt()) {
                    when = year.group(1); // 2024年第3期: the issue line dates the issue
                }
            } else if (total == null && (m = issueTotal.matcher(t)).matches()) {
                total = Integer.parseInt(m.group("total"));
            } else if (when == null && t.length() <= 50 && (m = date.matcher(t)).matches()) {
                when = date(m);
            } else if (by == null && t.length() <= 60 && (m = publisher.matcher(t)).matches()) {
                by = (m.group("p1") != null ? m.group("p1") : m.group("p2")).strip();
            }
            if (t.length() > LONG_LINE && when != null) {
                break;
            }
            previous = t;
        }
        title = beforeIssue != null ? beforeIssue : firstLine;
        if (title != null && title.length() > 80) {
            title = null;
        }
        return new Metadata(title, issueNo, total, when, by);
    }

    private static String date(Matcher m) {
        String y = m.group("y");
        String mo = m.group("m") != null ? m.group("m") : m.group("m2");
        String d = m.group("d") != null ? m.group("d") : m.group("d2");
        if (mo == null) {
            return y;
        }
        int month = Integer.parseInt(mo);
        if (month < 1 || month > 12) {
            return y;
        }
        if (d == null) {
            return y + "-" + Numbers.padded(month, 2);
        }
        return y + "-" + Numbers.padded(month, 2) + "-" + Numbers.padded(Integer.parseInt(d), 2);
    }

    static Map<String, String> patterns() {
        return Resources.patterns("/lexcorpus/ingest/structure.tsv");
    }
}
