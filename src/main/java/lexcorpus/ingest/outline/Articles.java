package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the pieces of a collection that carry by-lines (来源： 作者： 记者： 原载： 原创： source: …): a headline
 * with a by-line after it (tags such as {@code > 网络安全} and date lines may stand between), or a by-line
 * with the headline right after it. A headline wrapped over two lines is taken whole. Thread-safe.
 */
final class Articles {
    /** A piece: its headline over lines [first, headline] and its by-line's line (-1 when it has none). */
    record Piece(int first, int headline, int byline) {
    }

    static final int MAX_HEADLINE = 90;
    private static final int MAX_MARKDOWN = 200;
    static final int MAX_BYLINE = 300;
    /** Tag and date lines that may stand between a headline and its by-line. */
    private static final int SKIPS = 3;

    private final Tables tables;
    private final Pattern bullet;
    private final Pattern sectionEditor;
    private final Pattern footer;
    private final Pattern dateLine;
    private final Numbering numbering;

    Articles(Tables tables) {
        this.tables = tables;
        bullet = tables.pattern("bullet");
        sectionEditor = tables.pattern("section_editor");
        footer = tables.pattern("footer");
        dateLine = tables.pattern("date_line");
        numbering = tables.numbering;
    }

    /** @param headings which lines are headings: a headline may stand right under one */
    List<Piece> find(OutlineText t, boolean[] headings) {
        List<Piece> out = new ArrayList<>();
        int n = t.size();
        int lastByline = -1;
        for (int i = 0; i < n; i++) {
            t.visit();
            if (!t.may(i, OutlineText.BYLINE) || !t.free(i) || credit(t, i)) {
                continue;
            }
            int h = headlineBefore(t, i);
            if (h >= 0 && isByline(t, h)) {
                lastByline = i;
                continue; // a second by-line of the same piece
            }
            if (h >= 0 && headline(t, h) && h > lastByline) {
                out.add(new Piece(wrappedStart(t, h, headings), h, i));
            } else {
                int after = t.next(i);
                if (after < n && t.free(after) && headline(t, after) && !isByline(t, after) && !bodyBefore(t, i, lastByline)
                        && !hasBylineAfter(t, after)) {
                    out.add(new Piece(after, after, i));
                    i = after;
                }
            }
            lastByline = i;
        }
        return out;
    }

    /** How many lines either side of a 来源 line a caption may stand for the line to be its credit. */
    private static final int CREDIT_REACH = 2;

    /**
     * A source line next to a figure's or table's caption (图 1 …, 表 2 …, above or below it, a line of the graphic's
     * own text between them at most) credits the figure or table: it is no by-line and opens no piece.
     */
    static boolean credit(OutlineText t, int i) {
        int before = i;
        int after = i;
        for (int k = 0; k < CREDIT_REACH; k++) {
            t.visit();
            before = before >= 0 ? t.previous(before) : -1;
            after = after < t.size() ? t.next(after) : after;
            if (before >= 0 && t.may(before, OutlineText.CAPTION) || after < t.size() && t.may(after, OutlineText.CAPTION)) {
                return true;
            }
        }
        return false;
    }

    /** The line a by-line belongs under: the one before it, past tag and date lines. */
    private int headlineBefore(OutlineText t, int i) {
        int h = t.previous(i);
        for (int k = 0; k < SKIPS && h >= 0 && t.free(h) && isTagOrDate(t, h); k++) {
            h = t.previous(h);
        }
        return h >= 0 && t.free(h) ? h : -1;
    }

    /** The headline after a by-line has none of its own: else the by-line closes the piece before. */
    private boolean hasBylineAfter(OutlineText t, int h) {
        int j = t.next(h);
        for (int k = 0; k < SKIPS && j < t.size() && t.free(j) && isTagOrDate(t, j); k++) {
            j = t.next(j);
        }
        return j < t.size() && t.free(j) && isByline(t, j);
    }

    /** A by-line before its headline stands after the end of the piece before it, not in a paragraph. */
    private boolean bodyBefore(OutlineText t, int i, int lastByline) {
        int p = t.previous(i);
        return p >= 0 && p > lastByline && t.free(p) && !Headings.endsASentence(t.clean(p)) && !isFooter(t, p);
    }

    boolean isByline(OutlineText t, int i) {
        return t.may(i, OutlineText.BYLINE);
    }

    /** Where a line's text starts after a list mark ({@code - source:}, {@code • 本期编辑}). */
    static int afterBullet(String c) {
        int k = 0;
        while (k < c.length() && c.charAt(k) < BULLET.length && BULLET[c.charAt(k)]) {
            k++;
        }
        return k;
    }

    /** The chars of the {@code bullet} pattern of structure.tsv: a line opening with none of them is no list item. */
    static final String BULLETS = "-•·▪●◆■❖*+";

    /** {@link #BULLETS} and the space, as a table. */
    private static final boolean[] BULLET = new boolean['❖' + 1];

    static {
        for (char c : (BULLETS + " ").toCharArray()) {
            BULLET[c] = true;
        }
    }



    /** A headline: short, not a sentence, not a by-line, list item, editor's line or footer. */
    boolean headline(OutlineText t, int h) {
        String s = t.shown(h);
        boolean markdown = s.startsWith("#");
        String text = markdown ? markdownTitle(s) : s;
        if (text.isEmpty() || text.length() > (markdown ? MAX_MARKDOWN : MAX_HEADLINE)) {
            return false;
        }
        if (!markdown && (bullet.matcher(s).lookingAt() || text.endsWith("。"))) {
            return false;
        }
        return !tables.byline(text) && !sectionEditor.matcher(text).lookingAt() && !footer.matcher(text).matches();
    }

    /** The first line of a headline a layout wrapped over two lines, next to each other or with one blank line between. */
    private int wrappedStart(OutlineText t, int h, boolean[] headings) {
        String head = t.shown(h);
        if (head.startsWith("#")) {
            return h;
        }
        int p = t.previous(h);
        if (p < 0 || !t.free(p) || !continues(t, p) || t.shown(p).length() + head.length() > MAX_HEADLINE) {
            return h;
        }
        int q = t.previous(p);
        if (p == h - 1) {
            return q < p - 1 ? p : h; // adjacent lines with a blank line above them
        }
        boolean gapOfOne = p == h - 2 && t.blank(h - 1);
        boolean boundary = q < 0 || !t.free(q) || headings[q] || Headings.endsASentence(t.clean(q)) || isFooter(t, q)
                || isSectionEditor(t, q);
        return gapOfOne && boundary && t.shown(p).length() >= head.length() ? p : h;
    }

    /** A line a headline can go on from: not a sentence's end, a list item, a footer, a by-line or a numbered heading. */
    private boolean continues(OutlineText t, int p) {
        String s = t.shown(p);
        if (s.isEmpty() || Headings.endsASentence(s) || s.endsWith("：") || s.endsWith(":") || s.startsWith("#")) {
            return false;
        }
        return !bullet.matcher(s).lookingAt() && !isFooter(t, p) && !isByline(t, p) && !sectionEditor.matcher(s).lookingAt()
                && numbering.parse(s) == null;
    }

    boolean isFooter(OutlineText t, int i) {
        String c = t.clean(i);
        return c.length() <= 60 && !c.isEmpty() && (c.charAt(0) == '（' || c.charAt(0) == '(') && footer.matcher(c).matches();
    }

    boolean isSectionEditor(OutlineText t, int i) {
        String c = t.clean(i);
        return t.may(i, OutlineText.EDITOR) && sectionEditor.matcher(c).region(afterBullet(c), c.length()).lookingAt();
    }

    boolean isBullet(OutlineText t, int i) {
        return !t.blank(i) && BULLETS.indexOf(t.first(i)) >= 0 && bullet.matcher(t.clean(i)).lookingAt();
    }

    private boolean isTagOrDate(OutlineText t, int i) {
        String c = t.clean(i);
        char f = c.charAt(0);
        return f == '>' || f == '＞' || (f == '-' || Character.isDigit(f) || f == 'd' || f == 'D' || f == '日' || f == '时') && c.length() <= 40
                && dateLine.matcher(c).matches();
    }

    /** A by-line as written, without the list mark before it. */
    String bylineText(OutlineText t, int i) {
        return withoutBullet(t.shown(i));
    }

    String withoutBullet(String s) {
        var m = bullet.matcher(s);
        return m.lookingAt() ? s.substring(m.end()).strip() : s;
    }

    static String markdownTitle(String s) {
        int d = 0;
        while (d < s.length() && s.charAt(d) == '#') {
            d++;
        }
        return s.substring(d).strip();
    }
}
