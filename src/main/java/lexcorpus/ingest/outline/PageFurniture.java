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
        boolean paged = false;
        int singles = 0;
        for (int i = 0; i < n; i++) {
            t.visit();
            if (t.blank(i)) {
                continue;
            }
            String c = t.clean(i);
            if (c.length() <= 20 && pageNumber.matcher(c.strip()).matches()) {
                t.role(i, OutlineText.FURNITURE);
                paged = true;
            } else if (c.strip().codePointCount(0, c.strip().length()) == 1 && !Character.isDigit(c.strip().codePointAt(0))) {
                singles++;
            }
            paged |= t.page(i) > 0;
        }
        if (singles >= REPEATS) {
            for (int i = 0; i < n; i++) {
                t.visit();
                String c = t.clean(i).strip();
                if (!c.isEmpty() && c.codePointCount(0, c.length()) == 1 && !Character.isDigit(c.codePointAt(0))) {
                    t.role(i, OutlineText.FURNITURE);
                }
            }
        }
        return running(t, paged);
    }

    /** Short lines repeated at page edges, or repeated anywhere when they name an issue (第N期). */
    private List<Integer> running(OutlineText t, boolean paged) {
        int n = t.size();
        boolean[] edge = paged ? edges(t) : new boolean[n];
        Map<String, Integer> counts = new HashMap<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            t.visit();
            if (!t.free(i) || t.clean(i).length() > MAX_RUNNING) {
                continue;
            }
            boolean issue = t.clean(i).indexOf('期') >= 0 && issueInline.matcher(t.clean(i)).find();
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
