package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the headings of a text and their levels. A heading is a line that holds only a title: one numbered
 * in one of the text's schemes (一、 （一） 1. 1.1 （1） ① 第一章 PART 01 01, see {@link Numbering}), a Markdown
 * heading, a front- or back-matter title standing alone (前言, 结语 …), a line the table of contents lists, a
 * title alone at the top of a page over the running header, or an unnumbered line under which a numbered series
 * starts (again). Levels are depths in the text's own outline: each scheme takes the next level down when it
 * first appears below another, and a numbered series must go on in order (1 after a new parent, n + 1 after n),
 * which keeps numbered list items and stray numbers out. One pass over the lines. Thread-safe.
 */
final class Headings {
    enum Kind { NUMBERED, MARKDOWN, FRONT, PAGE, PARENT, LISTED }

    /** A heading over lines [line, last]: its level (1 the top), its text as written and its title without numbering. */
    record Found(int line, int last, int level, String text, String title, Kind kind) {
    }

    static final int MAX_TITLE = 50;
    private static final int MAX_PARENT = 40;
    private static final int MAX_MARKDOWN = 200;

    private final Numbering numbering;
    private final java.util.Set<String> frontMatter;
    private final int frontMatterLength;
    /** The first chars of the front-matter titles, in either case. */
    private final boolean[] frontFirst = new boolean[Character.MAX_VALUE + 1];

    private final Tables tables;
    private final Pattern caption;
    private final Pattern dateLine;
    private final Pattern bullet;
    private final Pattern sectionEditor;

    Headings(Tables tables) {
        numbering = tables.numbering;
        frontMatter = tables.frontMatter;
        frontMatterLength = tables.frontMatterLength;
        for (String k : frontMatter) {
            frontFirst[k.charAt(0)] = true;
            frontFirst[Character.toUpperCase(k.charAt(0))] = true;
        }
        this.tables = tables;
        caption = tables.pattern("caption");
        dateLine = tables.pattern("date_line");
        bullet = tables.pattern("bullet");
        sectionEditor = tables.pattern("section_editor");
    }

    /** A place in the outline: a numbered scheme with its last ordinal, a Markdown depth, an unnumbered parent or a page title. */
    private static final class Frame {
        final Kind kind;
        final String scheme;
        int ordinal;

        Frame(Kind kind, String scheme, int ordinal) {
            this.kind = kind;
            this.scheme = scheme;
            this.ordinal = ordinal;
        }
    }

    /** What a line would be as a heading, before its place in the outline is known. */
    private record Candidate(Kind kind, int last, String text, String title, String scheme, int ordinal) {
    }

    List<Found> find(OutlineText t, List<Contents.Toc> tocs) {
        Map<String, Contents.Entry> listed = listed(tocs);
        boolean[] listedFirst = new boolean[listed.isEmpty() ? 0 : Character.MAX_VALUE + 1];
        listed.keySet().forEach(k -> listedFirst[k.charAt(0)] = true);
        // how long an unnumbered heading can be: front matter, a listed title, a page title
        int unnumbered = frontMatterLength + 2;
        for (String k : listed.keySet()) {
            unnumbered = Math.max(unnumbered, Math.min(2 * MAX_TITLE, k.length() + 8));
        }
        if (t.paged()) {
            unnumbered = Math.max(unnumbered, 2 * MAX_PARENT);
        }
        List<Found> out = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        int lastHeading = -1;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            t.visit();
            if (!(t.may(i, OutlineText.LABEL) || t.may(i, OutlineText.SHORT) && t.clean(i).length() <= unnumbered)
                    || !t.free(i) || t.clean(i).length() > MAX_MARKDOWN) {
                continue;
            }
            Candidate c = candidate(t, i, listed, listedFirst);
            if (c == null) {
                continue;
            }
            switch (c.kind()) {
                case FRONT -> {
                    frames.clear();
                    out.add(new Found(i, c.last(), 1, c.text(), c.title(), c.kind()));
                }
                case PAGE -> {
                    frames.clear();
                    frames.add(new Frame(Kind.PAGE, null, 0));
                    out.add(new Found(i, c.last(), 1, c.text(), c.title(), c.kind()));
                }
                case MARKDOWN -> out.add(new Found(i, c.last(), markdown(frames, c.scheme()), c.text(), c.title(), c.kind()));
                default -> {
                    // a parent it opens under is added first, which keeps text order
                    int level = numbered(t, i, c, frames, out, lastHeading);
                    if (level < 0) {
                        continue;
                    }
                    out.add(new Found(i, c.last(), level, c.text(), c.title(), c.kind()));
                }
            }
            lastHeading = c.last();
            i = c.last();
        }
        return out;
    }

    /** The level of a numbered heading, or -1 when its ordinal does not go on a series; adds the parent it opens under. */
    private int numbered(OutlineText t, int i, Candidate c, List<Frame> frames, List<Found> out, int lastHeading) {
        int k = indexOf(frames, c.scheme());
        boolean ordered = !c.scheme().equals(UNORDERED);
        if (k >= 0) {
            Frame f = frames.get(k);
            if (!ordered || c.ordinal() == f.ordinal + 1) {
                truncate(frames, k + 1);
                f.ordinal = c.ordinal();
                return k + 1;
            }
            if (c.ordinal() != 1) {
                return -1;
            }
            Found parent = c.kind() == Kind.LISTED ? null : parent(t, i, lastHeading);
            if (parent == null) {
                truncate(frames, k + 1);
                f.ordinal = 1;
                return k + 1;
            }
            // the series starts again under a new parent: the parent takes the place of the one before it
            int parentLevel = k > 0 && frames.get(k - 1).kind == Kind.PARENT ? k : k + 1;
            truncate(frames, parentLevel - 1);
            frames.add(new Frame(Kind.PARENT, null, 0));
            out.add(withLevel(parent, parentLevel));
            frames.add(new Frame(c.kind(), c.scheme(), 1));
            return frames.size();
        }
        if (ordered && c.ordinal() != 1) {
            return -1;
        }
        // the table of contents sets a listed heading's place: nothing above it but what it lists
        Found parent = c.kind() == Kind.LISTED ? null : parent(t, i, lastHeading);
        if (parent != null) {
            frames.add(new Frame(Kind.PARENT, null, 0));
            out.add(withLevel(parent, frames.size()));
        }
        frames.add(new Frame(c.kind(), c.scheme(), c.ordinal()));
        return frames.size();
    }

    private static Found withLevel(Found f, int level) {
        return new Found(f.line(), f.last(), level, f.text(), f.title(), f.kind());
    }

    /** The Markdown depth takes the place of the same depth, or goes below the shallower ones. */
    private static int markdown(List<Frame> frames, String scheme) {
        int depth = scheme.length();
        int keep = 0;
        for (int k = 0; k < frames.size(); k++) {
            Frame f = frames.get(k);
            if (f.kind == Kind.MARKDOWN) {
                if (f.scheme.length() >= depth) {
                    break;
                }
                keep = k + 1;
            } else if (f.kind == Kind.PAGE) {
                keep = k + 1;
            }
        }
        truncate(frames, keep);
        frames.add(new Frame(Kind.MARKDOWN, scheme, 0));
        return frames.size();
    }

    private static int indexOf(List<Frame> frames, String scheme) {
        for (int k = 0; k < frames.size(); k++) {
            if (scheme.equals(frames.get(k).scheme) && frames.get(k).kind != Kind.MARKDOWN) {
                return k;
            }
        }
        return -1;
    }

    private static void truncate(List<Frame> frames, int size) {
        while (frames.size() > size) {
            frames.remove(frames.size() - 1);
        }
    }

    private static final String UNORDERED = "listed";

    private Candidate candidate(OutlineText t, int i, Map<String, Contents.Entry> listed, boolean[] listedFirst) {
        // read on the clean line first: most lines are none of these, and the line as written is built only for the others
        String c = t.clean(i);
        char f = c.charAt(0);
        if (f == '#') {
            return markdown(t.shown(i), i);
        }
        if (c.length() > Numbering.MAX_LINE) {
            return null;
        }
        if (numbering.mayBeLabel(c, k -> t.gapBefore(i, k))) {
            Candidate numbered = numbered(t, i);
            if (numbered != null) {
                return numbered.kind() == null ? null : numbered;
            }
        }
        if (c.length() <= frontMatterLength + 2 && frontFirst[f] && frontMatter.contains(lower(t.cleanKey(i)))) {
            return new Candidate(Kind.FRONT, i, t.shown(i), t.shown(i), null, 0);
        }
        int spelledEnd = frontFirst[f] ? t.spelledEnd(i, tables) : -1;
        String spelled = spelledEnd >= 0 ? t.spelled(i, spelledEnd) : null; // 前 ⏎⏎ 言
        if (spelled != null && frontMatter.contains(spelled)) {
            return new Candidate(Kind.FRONT, spelledEnd, spelled, spelled, null, 0);
        }
        int from = listed.isEmpty() ? 0 : Articles.afterBullet(c);
        if (!listed.isEmpty() && c.length() <= 2 * MAX_TITLE && from < c.length() && listedFirst[c.charAt(from)]) {
            Contents.Entry e = listed.get(from == 0 ? t.cleanKey(i) : OutlineText.key(c.substring(from)));
            String bare = e == null ? null : withoutBullet(t.shown(i));
            if (e != null && titleOk(bare, MAX_TITLE)) {
                Numbering.Label l = e.label();
                return l != null ? new Candidate(Kind.LISTED, i, bare, bare, l.scheme(), l.ordinal())
                        : new Candidate(Kind.LISTED, i, bare, bare, UNORDERED, 0);
            }
        }
        if (t.page(i) > 0 && c.length() <= 2 * MAX_PARENT && pageTitle(t, i, t.shown(i))) {
            return new Candidate(Kind.PAGE, i, t.shown(i), t.shown(i), null, 0);
        }
        return null;
    }

    private Candidate markdown(String s, int i) {
        int d = 0;
        while (d < s.length() && s.charAt(d) == '#') {
            d++;
        }
        String title = s.substring(d).strip();
        if (d > 6 || title.isEmpty() || d == s.length() || !OutlineText.isSpace(s.charAt(d))) {
            return null;
        }
        return new Candidate(Kind.MARKDOWN, i, title, withoutLabel(title), "#".repeat(d), 0);
    }

    /** A numbered heading; a candidate without kind when the line is numbered but no heading; null when it is not numbered. */
    private Candidate numbered(OutlineText t, int i) {
        String s = t.shown(i);
        Numbering.Label label = numbering.parse(s);
        if (label == null) {
            return null;
        }
        if (!label.titleOnNextLine()) {
            return titleOk(label.title(), MAX_TITLE) && !cutAtAWidth(t, i)
                    ? new Candidate(Kind.NUMBERED, i, s, label.title(), label.scheme(), label.ordinal()) : NONE;
        }
        // 第一章 on a line of its own, the title on the next
        int j = t.next(i);
        if (j < t.size() && t.free(j) && numbering.parse(t.shown(j)) == null && titleOk(t.shown(j), MAX_TITLE)) {
            return new Candidate(Kind.NUMBERED, j, s + t.shown(j), t.shown(j), label.scheme(), label.ordinal());
        }
        return label.scheme().startsWith("chapter") || label.scheme().equals("part")
                ? new Candidate(Kind.NUMBERED, i, s, s, label.scheme(), label.ordinal()) : NONE;
    }

    /** Lines shorter than this are too short to tell a cut at a width from a title. */
    private static final int MIN_CUT = 8;

    /**
     * A numbered line cut at a width, the start of a table cell or of a wrapped paragraph rather than a title: the
     * line right under it on the same page goes on without ending a sentence and is as long as it, give or take
     * two chars (a title is followed by text of its own width, the text's or a cell's, not by its own tail), and the
     * line after that is no wider.
     */
    private boolean cutAtAWidth(OutlineText t, int i) {
        int j = i + 1;
        if (j >= t.size() || !t.free(j) || t.page(j) != t.page(i)) {
            return false;
        }
        String c = t.clean(i);
        String next = t.clean(j);
        if (c.length() < MIN_CUT || Math.abs(next.length() - c.length()) > 2 || endsASentence(next) || endsASentence(c)) {
            return false;
        }
        int k = j + 1;
        if (k < t.size() && t.free(k) && t.page(k) == t.page(i) && t.clean(k).length() > c.length() + 2) {
            return false; // the text goes on wider than the line: its width is not where the line ends (…发布的《 broken early)
        }
        return !t.may(j, OutlineText.LABEL) || numbering.parse(t.shown(j)) == null;
    }

    private static final Candidate NONE = new Candidate(null, -1, null, null, null, 0);

    /** The numbered entries of the tables of contents (and every entry of a table with page numbers), by title. */
    private static Map<String, Contents.Entry> listed(List<Contents.Toc> tocs) {
        Map<String, Contents.Entry> out = new HashMap<>();
        for (Contents.Toc toc : tocs) {
            for (Contents.Entry e : toc.entries()) {
                if (!e.bullet() && (e.label() != null || e.paged()) && !e.title().isEmpty()) {
                    out.putIfAbsent(OutlineText.key(e.title()), e);
                }
            }
        }
        return out;
    }

    /**
     * A title alone at the top of a page, with the running header or the page's end right under it: the
     * title of a part in a report whose parts each start a page.
     */
    private boolean pageTitle(OutlineText t, int i, String s) {
        int before = t.previous(i);
        if (before >= 0 && t.page(before) == t.page(i)) {
            return false;
        }
        if (before < 0 && t.page(i) == 0) {
            return false; // the cover
        }
        int after = i + 1;
        while (after < t.size() && t.blank(after)) {
            after++;
        }
        boolean underIt = after >= t.size() || t.role(after) == OutlineText.FURNITURE || t.page(after) != t.page(i);
        return underIt && titleOk(s, MAX_PARENT) && !endsLikeALabel(s);
    }

    /**
     * The line before a numbered heading, when it titles the series that heading starts: unnumbered, short,
     * not a sentence, and not the tail of the paragraph before it.
     */
    private Found parent(OutlineText t, int i, int lastHeading) {
        int p = t.previous(i);
        if (p < 0 || p <= lastHeading || !t.free(p)) {
            return null;
        }
        String s = t.shown(p);
        if (numbering.parse(s) != null || !titleOk(s, MAX_PARENT) || dateLine.matcher(t.clean(p)).matches()) {
            return null;
        }
        int q = t.previous(p);
        boolean boundary = q < 0 || !t.free(q) || q == lastHeading || t.page(q) != t.page(p) || endsASentence(t.clean(q));
        return boundary ? new Found(p, p, 0, s, withoutLabel(s), Kind.PARENT) : null;
    }

    /** A title: short, not a sentence or a clause (no 。 or ；, no comma or colon at the end), not a caption or a by-line. */
    boolean titleOk(String s, int max) {
        if (s.isEmpty()) {
            return false;
        }
        int length = 0;
        boolean word = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '。' || c == '；' || c == ';') {
                return false;
            }
            if (!OutlineText.isSpace(c)) {
                length++;
            }
            word |= Character.isLetter(c);
        }
        if (!word || length > max || endsLikeALabel(s)) {
            return false;
        }
        char f = s.charAt(0);
        if ((CAPTION_FIRST.indexOf(f) >= 0 && caption.matcher(s).lookingAt()) || tables.byline(s)
                || (Articles.BULLETS.indexOf(f) >= 0 && bullet.matcher(s).lookingAt())
                || (s.indexOf("编辑") >= 0 && sectionEditor.matcher(s).lookingAt())) {
            return false;
        }
        return !tableRow(s);
    }

    private static boolean endsLikeALabel(String s) {
        char last = s.charAt(s.length() - 1);
        return last == '，' || last == ',' || last == '、' || last == '：' || last == ':' || last == '—';
    }

    /** Cells of a table row: two gaps of three spaces or more between words (a letter-spaced title has one-char words). */
    private static boolean tableRow(String s) {
        int gaps = 0;
        int run = 0;
        int word = 0;
        boolean longWord = false;
        for (int k = 0; k < s.length(); k++) {
            if (OutlineText.isSpace(s.charAt(k))) {
                run++;
                continue;
            }
            if (run >= 3) {
                gaps++;
                longWord |= word > 1;
                word = 0;
            }
            run = 0;
            word++;
        }
        longWord |= word > 1;
        return gaps >= 2 && longWord;
    }

    /** The chars a caption of {@code caption} starts with: 图, 表, Figure, Table. */
    static final String CAPTION_FIRST = "图表FfTt";

    static boolean endsASentence(String s) {
        if (s.isEmpty()) {
            return true;
        }
        char c = s.charAt(s.length() - 1);
        return "。！？!?；;…”’」』".indexOf(c) >= 0;
    }

    private static String lower(String s) {
        return s.isEmpty() || s.charAt(0) >= 128 ? s : s.toLowerCase(Locale.ROOT);
    }

    private String withoutLabel(String s) {
        Numbering.Label l = numbering.parse(s);
        return l != null && !l.titleOnNextLine() ? l.title() : s;
    }

    private String withoutBullet(String s) {
        var m = bullet.matcher(s);
        return m.lookingAt() ? s.substring(m.end()).strip() : s;
    }
}
