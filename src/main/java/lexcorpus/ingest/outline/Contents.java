package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds tables of contents wherever they stand: from a 目录 (目 录, 目次, Contents) title, or without one, a run of
 * entries that end in page numbers (after dot leaders or a gap) or that are Markdown links to anchors. A table
 * ends at the first line that is not an entry; a 目录 title met inside it continues it (a table over two pages).
 * One pass over the lines, each looked at a bounded number of times. Thread-safe.
 */
final class Contents {
    /** An entry: its line, its title without numbering, page number or link target, and its numbering label. */
    record Entry(int line, String title, Numbering.Label label, boolean bullet, boolean paged) {
    }

    /** A table of contents over lines [first, last]. */
    record Toc(int first, int last, List<Entry> entries) {
    }

    private enum Style { UNKNOWN, PLAIN, PAGED, LINKS }

    static final int MAX_ENTRY = 120;
    private static final int MAX_PLAIN = 60;
    private static final String LEADERS = ".．·…‧⋯_-—–";

    private final Tables tables;
    private final Pattern bullet;
    private final Pattern sectionEditor;
    private final Numbering numbering;

    Contents(Tables tables) {
        this.tables = tables;
        bullet = tables.pattern("bullet");
        sectionEditor = tables.pattern("section_editor");
        numbering = tables.numbering;
    }

    /** The tables of contents of {@code t}; their lines are given the CONTENTS role. */
    List<Toc> find(OutlineText t) {
        List<Toc> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            t.visit();
            int spelled = t.may(i, OutlineText.SINGLE) && t.free(i) ? t.spelledEnd(i, tables) : -1;
            if (spelled >= 0 && tables.contentsTitle(t.spelled(i, spelled))) {
                // 目 ⏎⏎ 录: a letter-spaced title a converter wrote one char a line; the table is read after it
                Toc read = read(t, spelled, true);
                Toc toc = new Toc(i, read.last(), read.entries());
                for (int k = toc.first(); k <= toc.last(); k++) {
                    if (t.role(k) == OutlineText.FREE) {
                        t.role(k, OutlineText.CONTENTS);
                    }
                }
                out.add(toc);
                i = toc.last() + 1;
                continue;
            }
            if (!t.may(i, OutlineText.CONTENTS_LINE) || !t.free(i)) {
                i++;
                continue;
            }
            boolean titled = isTitle(t, i);
            if (!titled && !startsRun(t, i)) {
                i++;
                continue;
            }
            Toc toc = read(t, i, titled);
            for (int k = toc.first(); k <= toc.last(); k++) {
                if (t.role(k) == OutlineText.FREE) {
                    t.role(k, OutlineText.CONTENTS);
                }
            }
            out.add(toc);
            i = toc.last() + 1;
        }
        return out;
    }

    private boolean isTitle(OutlineText t, int i) {
        return tables.contentsTitle(t.clean(i));
    }

    /** Three entries with page numbers or three links in a row open a table without a title. */
    private boolean startsRun(OutlineText t, int i) {
        char last = t.last(i);
        if (!Character.isDigit(last) && last != ')') {
            return false;
        }
        String s = t.shown(i);
        boolean link = isLink(s);
        if (!link && pageSuffix(s) < 0) {
            return false;
        }
        int j = i;
        for (int k = 0; k < 2; k++) {
            j = t.next(j);
            if (j >= t.size() || !t.free(j) || t.clean(j).length() > MAX_ENTRY) {
                return false;
            }
            String next = t.shown(j);
            if (link ? !isLink(next) : pageSuffix(next) < 0) {
                return false;
            }
        }
        return true;
    }

    private Toc read(OutlineText t, int start, boolean titled) {
        int n = t.size();
        List<Entry> entries = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Style style = titled ? Style.UNKNOWN : (isLink(t.shown(start)) ? Style.LINKS : Style.PAGED);
        int last = start;
        int paged = 0;
        int links = 0;
        int j = titled ? start + 1 : start;
        while (j < n) {
            t.visit();
            if (t.blank(j) || t.role(j) == OutlineText.FURNITURE) {
                j++;
                continue;
            }
            if (t.role(j) != OutlineText.FREE || t.clean(j).length() > MAX_ENTRY) {
                break;
            }
            if (isTitle(t, j)) {
                last = j++;
                continue;
            }
            String s = t.shown(j);
            boolean link = isLink(s);
            int page = pageSuffix(s);
            boolean accept = switch (style) {
                case LINKS -> link;
                case PAGED -> page >= 0 || wrappedHead(t, j);
                default -> link || page >= 0 || plainEntry(s, titles);
            };
            if (!accept) {
                break;
            }
            Entry e = entry(j, s, link, page);
            entries.add(e);
            titles.add(OutlineText.key(e.title()));
            paged += page >= 0 ? 1 : 0;
            links += link ? 1 : 0;
            if (style == Style.UNKNOWN && entries.size() == 3) {
                style = links >= 2 ? Style.LINKS : paged >= 2 ? Style.PAGED : Style.PLAIN;
            }
            last = j++;
        }
        return new Toc(start, last, List.copyOf(entries));
    }

    /** In a table with page numbers, a line without one is the first part of an entry the next line ends. */
    private boolean wrappedHead(OutlineText t, int j) {
        int k = t.next(j);
        return k < t.size() && t.free(k) && t.clean(k).length() <= MAX_ENTRY && pageSuffix(t.shown(k)) >= 0
                && numbering.parse(t.shown(k)) == null && t.clean(j).length() <= MAX_PLAIN;
    }

    /** A short line of a table without page numbers, unless it ends the table: a by-line, a label, or the body's repeat of an entry. */
    private boolean plainEntry(String s, Set<String> titles) {
        if (s.length() > MAX_PLAIN || tables.byline(s) || sectionEditor.matcher(s).lookingAt()) {
            return false;
        }
        char end = s.charAt(s.length() - 1);
        if (end == '：' || end == ':' || end == '。' || end == '；') {
            return false;
        }
        return !titles.contains(OutlineText.key(strip(s)));
    }

    private Entry entry(int line, String s, boolean link, int page) {
        boolean isBullet = bullet.matcher(s).lookingAt();
        String text = s;
        if (link) {
            int open = s.indexOf('[');
            text = s.substring(open + 1, s.lastIndexOf("]("));
        } else if (page >= 0) {
            text = s.substring(0, page).strip();
        }
        text = strip(text);
        Numbering.Label label = numbering.parse(text);
        String title = label != null && !label.titleOnNextLine() ? label.title() : text;
        return new Entry(line, title, label, isBullet, page >= 0);
    }

    /** The text of an entry without a leading bullet. */
    private String strip(String s) {
        var m = bullet.matcher(s);
        return m.lookingAt() ? s.substring(m.end()).strip() : s;
    }

    /** A Markdown list item that is a link: {@code 1. [标题](#标题)}, {@code - [标题](#a)}. */
    static boolean isLink(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-' || s.charAt(i) == '*'
                || s.charAt(i) == '+' || s.charAt(i) == ' ')) {
            i++;
        }
        return i < n && s.charAt(i) == '[' && s.endsWith(")") && s.indexOf("](", i) > i;
    }

    /**
     * Where the page number at the end of an entry begins, with the dot leaders or the gap before it (two or
     * more spaces), or -1: {@code 一、总则……1}, {@code (二) 数据出境的评估要点       7}.
     */
    static int pageSuffix(String s) {
        int end = s.length();
        int i = end;
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        if (i == end || end - i > 4 || i == 0) {
            return -1;
        }
        int digits = i;
        int leaders = 0;
        int spaces = 0;
        while (i > 0 && (LEADERS.indexOf(s.charAt(i - 1)) >= 0 || OutlineText.isSpace(s.charAt(i - 1)))) {
            if (LEADERS.indexOf(s.charAt(i - 1)) >= 0) {
                leaders++;
            } else {
                spaces++;
            }
            i--;
        }
        if (i == 0 || !(leaders >= 2 || spaces >= 2 || s.charAt(digits - 1) == '\t')) {
            return -1;
        }
        return i;
    }
}
