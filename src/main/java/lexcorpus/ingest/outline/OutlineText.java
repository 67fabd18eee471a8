package lexcorpus.ingest.outline;

import java.util.Arrays;
import java.util.List;
import lexcorpus.text.AlignedText;
import lexcorpus.text.Normalizer;

/**
 * The lines of a clean text as the outline scans read them: each line's text as written (converter residue
 * and outer whitespace removed), its number in the original, its page, and the role a scan gave it (page
 * furniture, table of contents, masthead). One per document and scan; not thread-safe.
 */
public final class OutlineText {
    static final byte FREE = 0;
    static final byte FURNITURE = 1;
    static final byte CONTENTS = 2;
    static final byte MASTHEAD = 3;

    private final AlignedText text;
    private final List<Lines.Line> lines;
    private final int size;
    private final String[] shown;
    private int[] breaks;
    private final int[] page;
    private final byte[] role;
    private final boolean[] blank;
    private int[] hints;
    private long visits;

    /** What a line may be, from one look at its clean text ({@link #classify}): each scan reads only the lines it may want. */
    static final int LABEL = 1;
    static final int SHORT = 2;
    static final int BYLINE = 4;
    static final int EDITOR = 8;
    static final int CAPTION = 16;
    static final int PAGE_NUMBER = 32;
    static final int SINGLE = 64;
    static final int CONTENTS_LINE = 128;
    static final int ISSUE = 256;
    /** Lines this long or shorter may be headings other than numbered ones (front matter, listed, page titles). */
    static final int SHORT_LINE = 100;

    public OutlineText(AlignedText text, List<Lines.Line> lines) {
        this.text = text;
        this.lines = lines;
        this.size = lines.size();
        this.shown = new String[size];
        this.role = new byte[size];
        this.blank = new boolean[size];
        for (int i = 0; i < size; i++) {
            blank[i] = lines.get(i).blank();
        }
        // a form feed starts a page: most texts have none, and then every line is on page 0
        String original = text.original();
        int nextPage = original.indexOf('\f');
        if (nextPage < 0) {
            this.page = null;
            return;
        }
        this.page = new int[size];
        int pageNo = 0;
        for (int i = 0; i < size; i++) {
            int to = text.originalIndex(lines.get(i).start());
            while (nextPage >= 0 && nextPage < to) {
                pageNo++;
                nextPage = original.indexOf('\f', nextPage + 1);
            }
            page[i] = pageNo;
        }
    }

    /**
     * Looks once at each line's clean text and notes what it may be: a numbering label or Markdown heading, a short
     * line, a by-line, a figure's or table's caption, an editor's line, a page number, one character, a line
     * of a table of contents (its title, or an entry ending in a page number or a link), a line naming an issue.
     */
    void classify(Tables tables) {
        if (hints != null) {
            return;
        }
        hints = new int[size];
        for (int i = 0; i < size; i++) {
            visits++;
            if (blank[i]) {
                continue;
            }
            String c = lines.get(i).text();
            int n = c.length();
            char f = c.charAt(0); // a caption is read as written: the clean line lost the space in 图 1 标题
            char last = c.charAt(n - 1);
            int h = 0;
            if (f == '#' || tables.numbering.mayStart(f)) {
                h |= LABEL;
            }
            if (n <= SHORT_LINE) {
                h |= SHORT;
            }
            if (n <= Articles.MAX_BYLINE && tables.byline(c, Articles.afterBullet(c))) {
                h |= BYLINE;
            }
            if (n <= SHORT_LINE && Headings.CAPTION_FIRST.indexOf(f) >= 0 && tables.caption.matcher(shown(i)).lookingAt()) {
                h |= CAPTION;
            }
            if (n <= 60 && c.indexOf("编辑") >= 0) {
                h |= EDITOR;
            }
            if (n <= 20 && PageFurniture.mayBePageNumber(c)) {
                h |= PAGE_NUMBER;
            }
            if (n <= 2 && c.codePointCount(0, n) == 1 && !Character.isDigit(c.codePointAt(0))) {
                h |= SINGLE;
            }
            if (n <= Contents.MAX_ENTRY && (Character.isDigit(last) || last == ')' || tables.contentsTitle(c))) {
                h |= CONTENTS_LINE;
            }
            if (n <= 60 && c.indexOf('期') >= 0) {
                h |= ISSUE;
            }
            hints[i] = h;
        }
    }

    /** Whether line i may be one of {@code kinds} (see {@link #classify}). */
    boolean may(int i, int kinds) {
        return (hints[i] & kinds) != 0;
    }

    public int size() {
        return size;
    }

    AlignedText aligned() {
        return text;
    }

    Lines.Line line(int i) {
        return lines.get(i);
    }

    /** The clean text of line i. */
    String clean(int i) {
        return lines.get(i).text();
    }

    boolean blank(int i) {
        return blank[i];
    }

    /** Whether the original has chars (a space the clean text dropped) between the clean chars k - 1 and k of line i. */
    boolean gapBefore(int i, int k) {
        int at = lines.get(i).start() + k;
        return k > 0 && text.originalIndex(at) - text.originalIndex(at - 1) > 1;
    }

    /** The first char of the clean line (a line that is not blank). */
    char first(int i) {
        return lines.get(i).text().charAt(0);
    }

    /** The last char of the clean line (a line that is not blank). */
    char last(int i) {
        String c = lines.get(i).text();
        return c.charAt(c.length() - 1);
    }

    /** The line's number in the original, from 1 (lines split at '\n' only). */
    public int number(int i) {
        if (breaks == null) {
            breaks = breaks(text.original());
        }
        int at = text.originalIndex(lines.get(i).start());
        int lo = 0;
        int hi = breaks.length; // the count of breaks before at
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    /** Where the original's line feeds stand, found when a line number is first asked for (headings only need them). */
    private static int[] breaks(String original) {
        int[] out = new int[64];
        int n = 0;
        for (int at = original.indexOf('\n'); at >= 0; at = original.indexOf('\n', at + 1)) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, 2 * n);
            }
            out[n++] = at;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** How many form feeds stand before the line. */
    int page(int i) {
        return page == null ? 0 : page[i];
    }

    /** Whether the text has page breaks (form feeds). */
    boolean paged() {
        return page != null;
    }

    byte role(int i) {
        return role[i];
    }

    void role(int i, byte r) {
        role[i] = r;
    }

    /** Blank lines a converter leaves between the chars of a letter-spaced title (前 ⏎⏎ 言). */
    private static final int SPELLED_GAP = 2;

    /**
     * The last line of a title a converter wrote one char a line from line i (a letter-spaced 前  言 or 目  录 read
     * as 前 ⏎⏎ 言), the chars read in turn making a front-matter or contents title; -1 when they make none. Looks at
     * most {@code tables.frontMatterLength} lines ahead, so a scan calling it for every line stays linear.
     */
    int spelledEnd(int i, Tables tables) {
        if (!may(i, SINGLE)) {
            return -1;
        }
        if (spelledEnds == null) {
            spelledEnds = new int[size];
            Arrays.fill(spelledEnds, UNREAD);
        }
        if (spelledEnds[i] == UNREAD) {
            spelledEnds[i] = readSpelled(i, tables);
        }
        return spelledEnds[i];
    }

    /** Not yet read: {@link #spelledEnd} reads each line once, for the furniture, contents and heading scans alike. */
    private static final int UNREAD = -2;
    private int[] spelledEnds;

    private int readSpelled(int i, Tables tables) {
        if (!tables.titlePrefixes.contains(clean(i))) {
            return -1; // 内, 部: no title begins so (a watermark's chars)
        }
        StringBuilder chars = new StringBuilder(clean(i));
        int j = i;
        int most = Math.max(tables.frontMatterLength, 4);
        while (chars.length() < most) {
            int k = j + 1;
            while (k < size && k - j <= SPELLED_GAP && blank[k]) {
                visits++;
                k++;
            }
            if (k >= size || blank[k] || !may(k, SINGLE) || page(k) != page(i)) {
                return -1;
            }
            chars.append(clean(k));
            j = k;
            String w = chars.toString();
            if (tables.frontMatter.contains(w) || tables.contentsTitle(w)) {
                return j;
            }
            if (!tables.titlePrefixes.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** The title spelled from line i to line {@code end} ({@link #spelledEnd}). */
    String spelled(int i, int end) {
        StringBuilder chars = new StringBuilder();
        for (int k = i; k <= end; k++) {
            if (!blank[k]) {
                chars.append(clean(k));
            }
        }
        return chars.toString();
    }

    /** Not blank and given no role by a scan: text that headings and articles are read from. */
    boolean free(int i) {
        return role[i] == FREE && !blank[i];
    }

    /** The next line after i that is neither blank nor page furniture, or {@link #size()}. */
    int next(int i) {
        int j = i + 1;
        while (j < size && (blank[j] || role[j] == FURNITURE)) {
            visits++;
            j++;
        }
        return j;
    }

    /** The last line before i that is neither blank nor page furniture, or -1. */
    int previous(int i) {
        int j = i - 1;
        while (j >= 0 && (blank[j] || role[j] == FURNITURE)) {
            visits++;
            j--;
        }
        return j;
    }

    /** Counts one step of a scan: the tests check that the work grows in proportion to the text. */
    void visit() {
        visits++;
    }

    long visits() {
        return visits;
    }

    /**
     * Line i as written: the original characters behind the clean line, converter residue ([bookmark: …], **,
     * form feeds) dropped, each original line stripped, lines a wrap had split joined.
     */
    String shown(int i) {
        String s = shown[i];
        if (s == null) {
            Lines.Line l = lines.get(i);
            s = blank[i] ? "" : asWritten(l);
            shown[i] = s;
        }
        return s;
    }

    /** Line i as a key for comparisons: as written, every whitespace dropped, full-width forms folded. */
    String key(int i) {
        return key(shown(i));
    }

    /**
     * Line i as a key, read from the clean line (full-width forms are folded there already): the clean line
     * itself when it holds no whitespace, which is most lines of Chinese text.
     */
    String cleanKey(int i) {
        String c = lines.get(i).text();
        return c.indexOf(' ') < 0 ? c : key(c); // the only whitespace left inside a clean line is ' '
    }

    static String key(String s) {
        int k = 0;
        while (k < s.length() && !isSpace(s.charAt(k)) && Normalizer.fold(s.charAt(k)) == s.charAt(k)) {
            k++;
        }
        if (k == s.length()) {
            return s; // nothing to drop or fold
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, k);
        for (; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!isSpace(c)) {
                b.append(Normalizer.fold(c));
            }
        }
        return b.toString();
    }

    /** The text of lines [from, to] as written, joined (a title spread over lines comes out whole). */
    String shown(int from, int to) {
        if (from == to) {
            return shown(from);
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (!blank(i) && role[i] != FURNITURE) {
                b.append(shown(i));
            }
        }
        return b.toString();
    }

    /** The line as written: most lines are the same in the original, and then the clean line is returned. */
    private String asWritten(Lines.Line l) {
        int from = text.originalIndex(l.start());
        int length = l.end() - l.start();
        String c = l.text();
        if (text.originalIndex(l.end() - 1) == from + length - 1 && text.original().regionMatches(from, c, 0, length)) {
            return c;
        }
        return asWritten(text.originalChars(l.start(), l.end()));
    }

    static String asWritten(String raw) {
        if (plain(raw)) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        int n = raw.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int nl = raw.indexOf('\n', lineStart);
            int end = nl < 0 ? n : nl;
            appendStripped(raw, lineStart, end, b);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return b.toString();
    }

    /** Nothing to take out: no line break, residue mark or zero-width char, no space at either end. */
    private static boolean plain(String raw) {
        int n = raw.length();
        if (n == 0 || isSpace(raw.charAt(0)) || isSpace(raw.charAt(n - 1))) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = raw.charAt(k);
            if (c == '\n' || c == '[' || c == '*' || c == '\f' || c == '\r' || c >= '\u200B' && c <= '\u2060' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    private static void appendStripped(String s, int from, int to, StringBuilder b) {
        int mark = b.length();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '[' && s.startsWith("[bookmark:", i)) {
                int close = s.indexOf(']', i);
                if (close > 0 && close < to) {
                    i = close;
                    continue;
                }
            }
            if (c == '*' && i + 1 < to && s.charAt(i + 1) == '*') {
                i++;
                continue;
            }
            if (c == '\f' || c == '\r' || c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
                continue;
            }
            b.append(c);
        }
        // outer whitespace of the line, U+3000 included
        int end = b.length();
        int start = mark;
        while (start < end && isSpace(b.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(b.charAt(end - 1))) {
            end--;
        }
        b.setLength(end);
        b.delete(mark, start);
    }

    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u1680' || c == '\u205F';
    }
}
