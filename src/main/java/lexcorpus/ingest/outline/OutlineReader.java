package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lexcorpus.model.Metadata;
import lexcorpus.model.Structure;
import lexcorpus.text.AlignedText;

/**
 * The outline of a clean text, read in order: page furniture, tables of contents, the masthead, headings, and,
 * where the text is a collection of pieces (news items with by-lines, the speeches of a transcript), its
 * articles; in a collection only the sections that hold the pieces are headings, not the titles inside a piece.
 * Offsets are code points of the original. Thread-safe.
 */
public final class OutlineReader {
    /**
     * What the outline readers found: the masthead, the headings, the sections (the level-1 headings), the
     * articles with their spans in the clean text, the table of contents and the lines of page furniture.
     */
    public record Outline(Metadata metadata, List<Structure.Heading> headings, List<Structure.Section> sections,
                          List<Structure.Article> articles, List<int[]> articleClean, Structure.Span contents,
                          boolean[] furniture) {
    }

    private final PageFurniture furniture;
    private final Contents contents;
    private final Masthead masthead;
    private final Headings headings;
    private final Articles articles;
    private final Speakers speakers;
    private final Tables tables;

    public OutlineReader() {
        tables = Tables.instance();
        furniture = new PageFurniture(tables);
        contents = new Contents(tables);
        masthead = new Masthead(tables);
        headings = new Headings(tables);
        articles = new Articles(tables);
        speakers = new Speakers(tables);
    }

    /** The masthead alone (a file read in parts reads it from its start). */
    public Metadata masthead(OutlineText t) {
        t.classify(tables);
        List<Integer> running = furniture.mark(t);
        contents.find(t);
        return masthead.read(t, running).metadata();
    }

    /** @param given the masthead to use instead of reading one (a later part of a file read in parts), or null */
    public Outline read(OutlineText t, Metadata given) {
        t.classify(tables);
        List<Integer> running = furniture.mark(t);
        List<Contents.Toc> tocs = contents.find(t);
        Metadata meta = given;
        if (meta == null) {
            Masthead.Read m = masthead.read(t, running);
            meta = m.metadata();
            for (int i : m.lines()) {
                if (t.role(i) == OutlineText.FREE) {
                    t.role(i, OutlineText.MASTHEAD);
                }
            }
        }
        List<Headings.Found> found = headings.find(t, tocs);
        List<Piece> pieces = pieces(t, found);
        if (!pieces.isEmpty()) {
            Set<String> listed = new HashSet<>();
            for (Contents.Toc toc : tocs) {
                toc.entries().forEach(e -> listed.add(OutlineText.key(e.title())));
            }
            found = sections(t, found, pieces, listed);
        }
        List<Structure.Heading> outline = outline(t, found);
        List<Structure.Section> sections = new ArrayList<>();
        for (int k = 0; k < outline.size(); k++) {
            Structure.Heading h = outline.get(k);
            if (h.level() == 1) {
                sections.add(new Structure.Section(found.get(k).title(), h.start(), h.end()));
            }
        }
        List<int[]> articleClean = new ArrayList<>();
        List<Structure.Article> arts = articles(t, pieces, found, articleClean);
        Structure.Span toc = null;
        if (!tocs.isEmpty()) {
            Contents.Toc first = tocs.get(0);
            int[] span = t.aligned().toOriginalSpan(t.line(first.first()).start(), t.line(first.last()).end());
            toc = new Structure.Span(span[0], span[1]);
        }
        boolean[] furnitureLines = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            furnitureLines[i] = t.role(i) == OutlineText.FURNITURE;
        }
        return new Outline(meta, outline, sections, arts, articleClean, toc, furnitureLines);
    }

    /** A piece of a collection: headline lines [first, headline], its by-line (-1 for none), the speaker's name for a speech. */
    private record Piece(int first, int headline, int byline, String speaker) {
    }

    /** The pieces of a collection, or none when the text is not one. */
    private List<Piece> pieces(OutlineText t, List<Headings.Found> found) {
        boolean[] headingLines = new boolean[t.size()];
        for (Headings.Found f : found) {
            for (int k = f.line(); k <= f.last(); k++) {
                headingLines[k] = true;
            }
        }
        List<Articles.Piece> withBylines = articles.find(t, headingLines);
        List<Piece> out = new ArrayList<>();
        if (withBylines.size() >= 2 && !strayBylines(t, found, withBylines)) {
            for (Articles.Piece p : withBylines) {
                out.add(new Piece(p.first(), p.headline(), p.byline(), null));
            }
            markdownItems(t, found, out);
            return out;
        }
        List<Speakers.Turn> turns = speakers.find(t);
        List<Piece> speeches = new ArrayList<>();
        for (Speakers.Turn turn : turns) {
            speeches.add(new Piece(turn.line(), turn.line(), -1, turn.chair() ? "" : turn.label()));
        }
        long speakers = speeches.stream().filter(p -> !p.speaker().isEmpty()).count();
        return speakers >= 3 ? speeches : List.of();
    }

    /** Numbered headings per by-line above which the by-lines are taken for stray lines of a report. */
    private static final int HEADINGS_PER_PIECE = 3;

    /**
     * Whether the by-lines are stray lines in a report rather than the pieces of a collection: the numbered headings
     * outside the headlines outnumber the pieces {@value #HEADINGS_PER_PIECE} times over and form one outline (its
     * top-level series starts once; in a collection each piece's own outline starts again). Reading a report as a
     * collection would keep none of its headings, so a few misread lines must not decide it.
     */
    private boolean strayBylines(OutlineText t, List<Headings.Found> found, List<Articles.Piece> withBylines) {
        boolean[] headline = new boolean[t.size()];
        for (Articles.Piece p : withBylines) {
            for (int k = p.first(); k <= p.headline(); k++) {
                headline[k] = true;
            }
        }
        int numbered = 0;
        int topStarts = 0;
        for (Headings.Found f : found) {
            if (f.kind() != Headings.Kind.NUMBERED || headline[f.line()]) {
                continue;
            }
            numbered++;
            if (f.level() == 1) {
                Numbering.Label l = tables.numbering.parse(f.text());
                topStarts += l != null && l.ordinal() == 1 ? 1 : 0;
            }
        }
        return numbered > HEADINGS_PER_PIECE * withBylines.size() && topStarts <= 1;
    }

    /** In a Markdown digest whose items carry by-lines, every heading at the items' depth is an item. */
    private static void markdownItems(OutlineText t, List<Headings.Found> found, List<Piece> out) {
        int depth = -1;
        int votes = 0;
        for (Piece p : out) {
            String s = t.shown(p.headline());
            int d = hashes(s);
            if (d > 0 && (depth < 0 || d == depth)) {
                depth = d;
                votes++;
            }
        }
        if (depth < 0 || votes * 2 < out.size()) {
            return;
        }
        Set<Integer> have = new HashSet<>();
        out.forEach(p -> have.add(p.headline()));
        for (Headings.Found f : found) {
            if (f.kind() == Headings.Kind.MARKDOWN && hashes(t.shown(f.line())) == depth && have.add(f.line())) {
                out.add(new Piece(f.line(), f.line(), -1, null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.headline(), b.headline()));
    }

    private static int hashes(String s) {
        int d = 0;
        while (d < s.length() && s.charAt(d) == '#') {
            d++;
        }
        return d;
    }

    /**
     * The headings of a collection: the ones that open a run of pieces (nothing but blank lines, editors'
     * lines, lists of the headlines or lines the table of contents lists, and other such headings between them
     * and a piece), levels closed up from 1.
     */
    private List<Headings.Found> sections(OutlineText t, List<Headings.Found> found, List<Piece> pieces, Set<String> listed) {
        int n = t.size();
        boolean[] starts = new boolean[n];
        boolean[] headlineLines = new boolean[n];
        for (Piece p : pieces) {
            if (p.speaker() == null || !p.speaker().isEmpty()) {
                starts[p.first()] = true;
            }
            for (int k = p.first(); k <= p.headline(); k++) {
                headlineLines[k] = true;
            }
        }
        boolean[] headingLines = new boolean[n];
        found.forEach(f -> headingLines[f.line()] = true);
        List<Headings.Found> all = new ArrayList<>(found);
        List<Headings.Found> edited = editedColumns(t, headingLines, headlineLines);
        if (!edited.isEmpty()) {
            for (Headings.Found f : edited) {
                all.add(f);
                headingLines[f.line()] = true;
            }
            all.sort((a, b) -> Integer.compare(a.line(), b.line()));
        }
        int longestListed = 0;
        for (String k : listed) {
            longestListed = Math.max(longestListed, k.length());
        }
        List<Headings.Found> kept = new ArrayList<>();
        for (Headings.Found f : all) {
            if (!headlineLines[f.line()] && opensPieces(t, f.last(), starts, headingLines, listed, longestListed)) {
                kept.add(f);
            }
        }
        TreeSet<Integer> levels = new TreeSet<>();
        kept.forEach(f -> levels.add(f.level()));
        List<Integer> ranks = new ArrayList<>(levels);
        List<Headings.Found> out = new ArrayList<>();
        for (Headings.Found f : kept) {
            out.add(new Headings.Found(f.line(), f.last(), ranks.indexOf(f.level()) + 1, f.text(), f.title(), f.kind()));
        }
        return out;
    }

    /** The columns of a collection named only by the editor's line under them: 本会动态 ⏎ 本栏编辑：… */
    private List<Headings.Found> editedColumns(OutlineText t, boolean[] headingLines, boolean[] headlineLines) {
        List<Headings.Found> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            t.visit();
            if (!t.may(i, OutlineText.EDITOR) || !t.free(i) || !articles.isSectionEditor(t, i)) {
                continue;
            }
            int p = t.previous(i);
            if (p < 0 || !t.free(p) || headingLines[p] || headlineLines[p]) {
                continue;
            }
            String s = articles.withoutBullet(t.shown(p));
            if (headings.titleOk(s, Headings.MAX_TITLE) && !articles.isByline(t, p)) {
                out.add(new Headings.Found(p, p, 1, s, s, Headings.Kind.LISTED));
            }
        }
        return out;
    }

    /** How far past a heading the first piece of its section may stand. */
    private static final int SECTION_LEAD = 40;

    private boolean opensPieces(OutlineText t, int last, boolean[] starts, boolean[] headingLines, Set<String> listed, int longestListed) {
        int j = last;
        for (int k = 0; k < SECTION_LEAD; k++) {
            t.visit();
            j = t.next(j);
            if (j >= t.size()) {
                return false;
            }
            if (starts[j]) {
                return true;
            }
            if (headingLines[j] || t.role(j) != OutlineText.FREE || articles.isSectionEditor(t, j) || articles.isBullet(t, j)
                    || listedLine(t, j, listed, longestListed)) {
                continue;
            }
            return false;
        }
        return false;
    }

    /** A line the table of contents lists (a section's list of its pieces repeats them). */
    private static boolean listedLine(OutlineText t, int j, Set<String> listed, int longestListed) {
        String c = t.clean(j);
        if (listed.isEmpty() || c.length() > longestListed + 8) {
            return false;
        }
        int from = Articles.afterBullet(c);
        return listed.contains(from == 0 ? t.cleanKey(j) : OutlineText.key(c.substring(from)));
    }

    /** The headings with their spans (to the next heading at their level or above) and parents. */
    private static List<Structure.Heading> outline(OutlineText t, List<Headings.Found> found) {
        int n = found.size();
        int[] endLine = new int[n];
        Integer[] parent = new Integer[n];
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int level = found.get(k).level();
            while (!open.isEmpty() && found.get(open.get(open.size() - 1)).level() >= level) {
                endLine[open.remove(open.size() - 1)] = found.get(k).line();
            }
            parent[k] = open.isEmpty() ? null : open.get(open.size() - 1);
            open.add(k);
        }
        for (int k : open) {
            endLine[k] = t.size();
        }
        List<Structure.Heading> out = new ArrayList<>(n);
        AlignedText text = t.aligned();
        for (int k = 0; k < n; k++) {
            Headings.Found f = found.get(k);
            int start = t.line(f.line()).start();
            int end = endOfLines(t, f.line(), endLine[k]);
            int[] span = text.toOriginalSpan(start, end);
            out.add(new Structure.Heading(f.level(), f.text(), t.number(f.line()), span[0], span[1], parent[k]));
        }
        return out;
    }

    /** The articles, each up to the next piece, turn or section; their clean spans go to {@code articleClean}. */
    private List<Structure.Article> articles(OutlineText t, List<Piece> pieces, List<Headings.Found> found, List<int[]> articleClean) {
        List<Structure.Article> out = new ArrayList<>();
        TreeSet<Integer> stops = new TreeSet<>();
        for (Piece p : pieces) {
            stops.add(Math.min(p.first(), p.byline() >= 0 ? p.byline() : p.first()));
        }
        for (Headings.Found f : found) {
            stops.add(f.line());
        }
        int n = t.size();
        int nextHeading = 0; // pieces and headings both run in text order
        String section = null;
        for (Piece p : pieces) {
            for (; nextHeading < found.size() && found.get(nextHeading).line() < p.first(); nextHeading++) {
                if (found.get(nextHeading).level() == 1) {
                    section = found.get(nextHeading).title();
                }
            }
            if (p.speaker() != null && p.speaker().isEmpty()) {
                continue; // a chair's linking turn
            }
            t.visit();
            int first = Math.min(p.first(), p.byline() >= 0 ? p.byline() : p.first());
            Integer next = stops.higher(Math.max(p.headline(), p.byline()));
            int limit = next == null ? n : next;
            String headline = p.speaker() != null ? p.speaker() : headline(t, p);
            String by = p.byline() >= 0 ? articles.bylineText(t, p.byline()) : null;
            List<String> bylines = new ArrayList<>();
            int bodyLine = Math.max(p.headline(), p.byline()) + 1;
            if (by != null) {
                bylines.add(by);
                for (int j = t.next(p.byline()); j < limit && t.free(j) && articles.isByline(t, j); j = t.next(j)) {
                    bylines.add(articles.bylineText(t, j));
                    bodyLine = j + 1;
                }
            }
            String foot = null;
            int lastLine = t.previous(limit);
            if (lastLine > Math.max(p.headline(), p.byline()) && articles.isFooter(t, lastLine)) {
                foot = t.shown(lastLine);
            }
            int startChar = t.line(first).start();
            int endChar = endOfLines(t, first, limit);
            int[] span = t.aligned().toOriginalSpan(startChar, endChar);
            int bodyStart = bodyLine < n ? t.aligned().toOriginalSpan(t.line(bodyLine).start(), t.line(bodyLine).start())[0] : span[1];
            out.add(new Structure.Article(section, headline, by, List.copyOf(bylines), foot, span[0], span[1],
                    Math.min(bodyStart, span[1])));
            articleClean.add(new int[] {startChar, endChar});
        }
        return out;
    }

    private static String headline(OutlineText t, Piece p) {
        String s = t.shown(p.first(), p.headline());
        return s.startsWith("#") ? Articles.markdownTitle(s) : s;
    }

    /** The end char of the last line in [from, to) that is neither blank nor page furniture. */
    private static int endOfLines(OutlineText t, int from, int to) {
        int last = t.previous(to);
        if (last < from) {
            return t.line(from).end();
        }
        return t.line(last).end();
    }
}
