package lexcorpus.resolve.numbers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexcorpus.extract.Candidate;
import lexcorpus.model.EntityValue.CaseNumberValue;

/**
 * Which case numbers are the document's own: a number heading the decision (alone on its line, under the lines
 * that name the court or the kind of decision: 民事判决书) or written after a 案号 label at the head of a line (a case
 * report's 案号 block); then every mention of the same number. The others are cited. Stateless.
 */
final class Roles {
    private Roles() {
    }

    /** The keys (year, court, type, serial, suffix) of the document's own case numbers. */
    static Set<String> own(String s, List<Candidate> candidates) {
        Set<String> own = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.value() instanceof CaseNumberValue v && heads(s, c.start(), c.end())) {
                own.add(key(v));
            }
        }
        return own;
    }

    static String key(CaseNumberValue v) {
        return v.year() + "|" + v.courtCode() + "|" + v.typeCode() + "|" + v.serial() + "|" + v.serialSuffix();
    }

    /** List and box marks, emphasis and brackets that may stand before a 案号 label: ■案号, 【案号】, **案号**. */
    private static final String MARKS = "□■◆◇◈●○◎▲△▼▽►▶★☆※·•・-–—*#>【〔［[（(";

    /** Whether a line opens with the label 案号 after any run of list or box marks and brackets. */
    static boolean labelled(String line) {
        int i = 0;
        while (i < line.length() && MARKS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return line.startsWith("案号", i);
    }

    /** Whether the number at [start, end) heads a decision or stands in a 案号 line. */
    static boolean heads(String s, int start, int end) {
        int lineStart = s.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = s.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = s.length();
        }
        String before = squeeze(s.substring(lineStart, start));
        if (labelled(before)) {
            return true;
        }
        String after = squeeze(s.substring(end, lineEnd));
        if (!before.isEmpty() || !after.isEmpty()) {
            return false;
        }
        // alone on its line: the decision's header when one of the three lines above names a court or a decision
        int at = lineStart - 1;
        for (int seen = 0; at > 0 && seen < 3; ) {
            int from = s.lastIndexOf('\n', at - 1) + 1;
            String line = squeeze(s.substring(from, at));
            if (!line.isEmpty()) {
                if (line.endsWith("书") || line.endsWith("法院") || line.endsWith("法庭")) {
                    return true;
                }
                seen++;
            }
            at = from - 1;
        }
        return false;
    }

    /** The text without spaces of any width. */
    private static String squeeze(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
