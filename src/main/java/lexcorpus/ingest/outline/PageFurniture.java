package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marks the lines a page layout adds to a text, which are not part of its outline: page numbers, running
 * headers and footers (a short line repeated at the edges of pages), and watermark characters that a PDF
 * converter scatters one per line (three lines of one character or more: no outline is made of those). Pages are told apart by form feeds and by page-number lines. Thread-safe.
 */
final class PageFurniture {
    /** A running header is repeated at the edges of at least this many pages. */
    private static final int REPEATS = 3;
    /** How many lines at the top and at the bottom of a page are its edge. */
    private static final int EDGE = 2;
    private static final int MAX_RUNNING = 60;

    private final Pattern pageNumber;
    private final Pattern issueInline;
    private final Numbering numbering;

    PageFurniture(Tables tables) {
        pageNumber = tables.pattern("page_number");
        issueInline = tables.pattern("issue_inline");
        numbering = tables.numbering;
    }

    /** Marks the furniture of {@code t}; returns the running headers and footers found, in text order. */
    List<Integer> mark(OutlineText t) {
        int n = t.size();
        int pageNumbers = 0;
        int singles = 0;
        for (int i = 0; i < n; i++) {
            t.visit();
            if (t.blank(i)) {
                continue;
            }
            if (!t.may(i, OutlineText.PAGE_NUMBER | OutlineText.SINGLE)) {
                continue;
            }
            String c = t.clean(i);
            if (t.may(i, OutlineText.PAGE_NUMBER) && pageNumber.matcher(c).matches()) {
                t.role(i, OutlineText.FURNITURE);
                pageNumbers++;
            } else if (t.may(i, OutlineText.SINGLE)) {
                singles++;
            }
        }
        if (singles >= REPEATS) {
            for (int i = 0; i < n; i++) {
                t.visit();
                if (t.may(i, OutlineText.SINGLE)) {
                    t.role(i, OutlineText.FURNITURE);
                }
            }
        }
        return running(t, t.paged() || pageNumbers >= REPEATS);
    }

    /** Whether a line ends as a page number of {@code page_number} can: in a digit, a dash or 页, or is a small roman numeral. */
    static boolean mayBePageNumber(String c) {
        char last = c.charAt(c.length() - 1);
        return Character.isDigit(last) || "-—–~－·页".indexOf(last) >= 0 || "ivxlc".indexOf(last) >= 0 && c.length() <= 6;
    }

    /** Short lines repeated at page edges, or repeated anywhere when they name an issue (第N期). */
    private List<Integer> running(OutlineText t, boolean paged) {
        int n = t.size();
        boolean[] edge = paged ? edges(t) : new boolean[n];
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            t.visit();
            if (!(edge[i] || t.may(i, OutlineText.ISSUE)) || !t.free(i) || t.clean(i).length() > MAX_RUNNING) {
                continue;
            }
            boolean issue = t.may(i, OutlineText.ISSUE) && issueInline.matcher(t.clean(i)).find();
            if (!(edge[i] || issue)) {
                continue;
            }
            String shown = t.shown(i);
            if (numbering.parse(shown) != null) {
                continue;
            }
            keys[i] = digitsAsOne(OutlineText.key(shown));
            if (keys[i].length() >= 2) {
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.visit();
            if (keys[i] != null && counts.getOrDefault(keys[i], 0) >= REPEATS) {
                t.role(i, OutlineText.FURNITURE);
                found.add(i);
            }
        }
        return found;
    }

    /** Lines among the first or last {@link #EDGE} content lines of a page (a form feed or a page number ends one). */
    private static boolean[] edges(OutlineText t) {
        int n = t.size();
        boolean[] edge = new boolean[n];
        int seen = 0;
        int page = -1;
        for (int i = 0; i < n; i++) {
            t.visit();
            if (t.blank(i)) {
                continue;
            }
            if (t.page(i) != page || t.role(i) == OutlineText.FURNITURE) {
                page = t.page(i);
                seen = 0;
                if (t.role(i) == OutlineText.FURNITURE) {
                    continue;
                }
            }
            edge[i] |= seen < EDGE;
            seen++;
        }
        seen = 0;
        page = Integer.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            t.visit();
            if (t.blank(i)) {
                continue;
            }
            if (t.page(i) != page || t.role(i) == OutlineText.FURNITURE) {
                page = t.page(i);
                seen = 0;
                if (t.role(i) == OutlineText.FURNITURE) {
                    continue;
                }
            }
            edge[i] |= seen < EDGE;
            seen++;
        }
        return edge;
    }

    private static String digitsAsOne(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                if (b.length() == 0 || b.charAt(b.length() - 1) != '#') {
                    b.append('#');
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
