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

    private final Tables tables;

    PageFurniture(Tables tables) {
        this.tables = tables;
        pageNumber = tables.pattern("page_number");
        issueInline = tables.pattern("issue_inline");
        numbering = tables.numbering;
    }

    /** Marks the furniture of {@code t}; returns the running headers and footers found, in text order. */
    List<Integer> mark(OutlineText t) {
        int n = t.size();
        int pageNumbers = 0;
        int[] numbers = new int[16];
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
                if (numbers.length == pageNumbers) {
                    numbers = java.util.Arrays.copyOf(numbers, 2 * pageNumbers);
                }
                numbers[pageNumbers - 1] = i;
            } else if (t.may(i, OutlineText.SINGLE)) {
                int end = t.spelledEnd(i, tables);
                if (end < 0) {
                    singles++;
                } else {
                    i = end; // 前 ⏎ 言, 目 ⏎ 录: a title, read by Headings or Contents
                }
            }
        }
        pageNumbers -= keepLists(t, numbers, pageNumbers);
        if (singles >= REPEATS) {
            for (int i = 0; i < n; i++) {
                t.visit();
                if (t.may(i, OutlineText.SINGLE)) {
                    int end = t.spelledEnd(i, tables);
                    if (end >= 0) {
                        i = end;
                    } else {
                        t.role(i, OutlineText.FURNITURE);
                    }
                }
            }
        }
        return running(t, t.paged() || pageNumbers >= REPEATS);
    }

    /** Fewer content lines than this between two numbers alone on their lines, on one page: no page lies between them. */
    private static final int MIN_PAGE_LINES = 4;

    /**
     * Numbers alone on their lines that stand a line or two apart on one page are the items of a graphic or the
     * cells of a table (1 ⏎ 合法 ⏎ 2 ⏎ 目的明确 …), not page numbers: they are given back to the text. Returns how many.
     */
    private static int keepLists(OutlineText t, int[] numbers, int count) {
        boolean[] list = new boolean[count];
        int given = 0;
        for (int k = 1; k < count; k++) {
            int a = numbers[k - 1];
            int b = numbers[k];
            if (t.page(a) != t.page(b)) {
                continue;
            }
            int between = 0;
            for (int j = a + 1; j < b && between < MIN_PAGE_LINES; j++) {
                t.visit();
                between += t.blank(j) || t.role(j) == OutlineText.FURNITURE ? 0 : 1;
            }
            if (between < MIN_PAGE_LINES) {
                list[k - 1] = true;
                list[k] = true;
            }
        }
        for (int k = 0; k < count; k++) {
            if (list[k]) {
                t.role(numbers[k], OutlineText.FREE);
                given++;
            }
        }
        return given;
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
