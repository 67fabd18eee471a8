package lexcorpus.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.model.Structure;
import lexcorpus.model.Structure.Article;
import lexcorpus.model.Structure.Section;
import lexcorpus.model.Structure.Sentence;
import lexcorpus.model.Structure.Span;
import lexcorpus.text.AlignedText;

/**
 * Finds the outline of an issue in its clean text: the table of contents (目录), section headings,
 * articles (a headline followed by a by-line, up to the next headline or section), paragraphs and
 * sentences. Offsets are reported in code points of the original. Thread-safe.
 */
final class StructureParser {
    private static final int MAX_HEADLINE = 90;
    private final Pattern contents;
    private final Pattern numberedSection;
    private final Pattern subSection;
    private final Pattern bullet;
    private final Pattern byline;
    private final Pattern sectionEditor;
    private final Pattern footer;

    StructureParser(Map<String, String> p) {
        contents = Pattern.compile(p.get("contents"));
        numberedSection = Pattern.compile(p.get("numbered_section"));
        subSection = Pattern.compile(p.get("sub_section"));
        bullet = Pattern.compile(p.get("bullet"));
        byline = Pattern.compile(p.get("byline"));
        sectionEditor = Pattern.compile(p.get("section_editor"));
        footer = Pattern.compile(p.get("footer"));
    }

    /**
     * The outline of a clean text, given with its lines, one step per part of it. When {@code cleanSentences}
     * is not null, each sentence's [start, end) in the clean text is added to it as well: word segmentation
     * works on those, and splitting once is enough.
     */
    Structure parse(AlignedText text, List<Lines.Line> lines, List<int[]> cleanSentences) {
        // headings are matched on the original line: the clean text has dropped the space of 一 本委动态
        List<String> raw = Lines.original(text, lines);
        Contents toc = contents(raw);
        List<int[]> sectionLines = new ArrayList<>(); // {line} in order
        List<String> sectionTitles = new ArrayList<>();
        sectionHeadings(raw, toc, sectionLines, sectionTitles);
        List<int[]> articleLines = articleLines(lines, toc.end(), sectionLines);
        List<Section> sections = sections(text, lines, sectionLines, sectionTitles);
        List<int[]> articleClean = new ArrayList<>();
        List<Article> articles = articles(text, lines, articleLines, sectionLines, sectionTitles, articleClean);
        List<Span> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        paragraphsAndSentences(text, lines, articleClean, paragraphs, sentences, cleanSentences);
        Span tocSpan = null;
        if (toc.start() >= 0) {
            int[] t = text.toOriginalSpan(lines.get(toc.start()).start(), lines.get(toc.end()).end());
            tocSpan = new Span(t[0], t[1]);
        }
        return new Structure(sections, articles, paragraphs, sentences, tocSpan);
    }

    /** The table of contents: its first and last line (-1 when there is none) and the section names it lists. */
    private record Contents(int start, int end, Set<String> sections) {
    }

    /** The contents: from 目录 to the last entry before the body; its section names name the body's sections. */
    private Contents contents(List<String> raw) {
        int n = raw.size();
        Set<String> tocSections = new LinkedHashSet<>();
        int tocStart = -1;
        int tocEnd = -1;
        for (int i = 0; i < n; i++) {
            if (contents.matcher(raw.get(i)).matches()) {
                if (tocStart < 0) {
                    tocStart = i;
                }
                tocEnd = i;
                for (int j = i + 1; j < n; j++) {
                    String t = raw.get(j);
                    if (t.isEmpty()) {
                        continue;
                    }
                    Matcher m = numberedSection.matcher(t);
                    if (m.matches()) {
                        tocSections.add(m.group("title").strip());
                        tocEnd = j;
                    } else if (bullet.matcher(t).lookingAt() || contents.matcher(t).matches()) {
                        tocEnd = j;
                    } else if (j == tocEnd + 1 && !byline.matcher(t).lookingAt() && t.length() < 40) {
                        tocEnd = j; // the wrapped tail of an entry
                    } else if (j > tocEnd + 2) {
                        break;
                    }
                }
            }
        }
        return new Contents(tocStart, tocEnd, tocSections);
    }

    /** Section headings in the body: those the contents name, or without contents, numbered headings. */
    private void sectionHeadings(List<String> raw, Contents toc, List<int[]> sectionLines, List<String> sectionTitles) {
        for (int i = toc.end() + 1; i < raw.size(); i++) {
            // a bullet opens its line: tried there only (replaceFirst would try the pattern at every char)
            String line = raw.get(i);
            Matcher b = bullet.matcher(line);
            String t = b.lookingAt() ? line.substring(b.end()) : line;
            if (t.isEmpty()) {
                continue;
            }
            String title = null;
            if (!toc.sections().isEmpty()) {
                if (toc.sections().contains(t)) {
                    title = t;
                }
            } else {
                Matcher m = numberedSection.matcher(t);
                if (m.matches() && !t.endsWith("。")) {
                    title = m.group("title").strip();
                }
            }
            if (title != null) {
                sectionLines.add(new int[] {i});
                sectionTitles.add(title);
            }
        }
    }

    /** Articles: a by-line on the next non-blank line after the headline. Each {headlineFirst, headlineLast, bylineLine}. */
    private List<int[]> articleLines(List<Lines.Line> lines, int tocEnd, List<int[]> sectionLines) {
        List<int[]> articleLines = new ArrayList<>();
        for (int i = tocEnd + 1; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (!byline.matcher(t).lookingAt()) {
                continue;
            }
            int h = previousNonBlank(lines, i - 1);
            if (h < 0 || h <= tocEnd || isSectionLine(sectionLines, h)) {
                continue;
            }
            String head = lines.get(h).text().strip();
            if (head.isEmpty() || head.length() > MAX_HEADLINE || byline.matcher(head).lookingAt()
                    || bullet.matcher(head).lookingAt() || sectionEditor.matcher(head).lookingAt() || footer.matcher(head).matches()
                    || head.endsWith("。")) {
                continue;
            }
            int first = h;
            // a headline wrapped onto two adjacent lines
            if (h - 1 > tocEnd && !lines.get(h - 1).blank() && (h - 2 < 0 || lines.get(h - 2).blank())
                    && !isSectionLine(sectionLines, h - 1)) {
                String prev = lines.get(h - 1).text().strip();
                if (prev.length() + head.length() <= MAX_HEADLINE && !prev.endsWith("。") && !bullet.matcher(prev).lookingAt()
                        && !footer.matcher(prev).matches()) {
                    first = h - 1;
                }
            }
            articleLines.add(new int[] {first, h, i});
        }
        return articleLines;
    }

    private static List<Section> sections(AlignedText text, List<Lines.Line> lines, List<int[]> sectionLines, List<String> sectionTitles) {
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < sectionLines.size(); k++) {
            int line = sectionLines.get(k)[0];
            int endLine = k + 1 < sectionLines.size() ? sectionLines.get(k + 1)[0] : lines.size();
            int[] span = text.toOriginalSpan(lines.get(line).start(), endOfLines(lines, line, endLine));
            sections.add(new Section(sectionTitles.get(k), span[0], span[1]));
        }
        return sections;
    }

    /** The articles, each up to the next article or section; their clean spans go to {@code articleClean}. */
    private List<Article> articles(AlignedText text, List<Lines.Line> lines, List<int[]> articleLines, List<int[]> sectionLines,
                                   List<String> sectionTitles, List<int[]> articleClean) {
        int n = lines.size();
        List<Article> articles = new ArrayList<>();
        for (int k = 0; k < articleLines.size(); k++) {
            int[] a = articleLines.get(k);
            int limit = k + 1 < articleLines.size() ? articleLines.get(k + 1)[0] : n;
            for (int[] sec : sectionLines) {
                if (sec[0] > a[2] && sec[0] < limit) {
                    limit = sec[0];
                }
            }
            int startChar = lines.get(a[0]).start();
            int endChar = endOfLines(lines, a[0], limit);
            String headline = originalLines(text, lines, a[0], a[1]);
            String by = text.originalSlice(lines.get(a[2]).start(), lines.get(a[2]).end()).strip();
            List<String> bylines = new ArrayList<>();
            bylines.add(by);
            int bodyLine = a[2] + 1;
            for (int j = a[2] + 1; j < limit; j++) {
                String t = lines.get(j).text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (byline.matcher(t).lookingAt() && t.length() < 60) {
                    bylines.add(text.originalSlice(lines.get(j).start(), lines.get(j).end()).strip());
                    bodyLine = j + 1;
                    continue;
                }
                break;
            }
            String foot = null;
            for (int j = limit - 1; j > a[2]; j--) {
                String t = lines.get(j).text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (footer.matcher(t).matches()) {
                    foot = text.originalSlice(lines.get(j).start(), lines.get(j).end()).strip();
                }
                break;
            }
            String section = sectionOf(sectionLines, sectionTitles, a[0]);
            int[] span = text.toOriginalSpan(startChar, endChar);
            int bodyStart = bodyLine < n ? text.toOriginalSpan(lines.get(Math.min(bodyLine, n - 1)).start(), lines.get(Math.min(bodyLine, n - 1)).start())[0] : span[1];
            articles.add(new Article(section, headline, by, List.copyOf(bylines), foot, span[0], span[1], Math.min(bodyStart, span[1])));
            articleClean.add(new int[] {startChar, endChar});
        }
        return articles;
    }

    /** Each non-blank line is a paragraph; its sentences belong to the article whose clean span holds the line. */
    private static void paragraphsAndSentences(AlignedText text, List<Lines.Line> lines, List<int[]> articleClean,
                                               List<Span> paragraphs, List<Sentence> sentences, List<int[]> cleanSentences) {
        String s = text.text();
        int current = 0; // lines and articles both run in text order: one pointer, no search per line
        for (Lines.Line line : lines) {
            if (line.blank()) {
                continue;
            }
            int[] p = text.toOriginalSpan(trimStart(s, line.start(), line.end()), trimEnd(s, line.start(), line.end()));
            if (p[1] <= p[0]) {
                continue;
            }
            paragraphs.add(new Span(p[0], p[1]));
            while (current < articleClean.size() && articleClean.get(current)[1] <= line.start()) {
                current++;
            }
            int article = current < articleClean.size() && articleClean.get(current)[0] <= line.start() ? current : -1;
            for (int[] cut : SentenceSplitter.split(s, line.start(), line.end())) {
                int[] o = text.toOriginalSpan(cut[0], cut[1]);
                sentences.add(new Sentence(o[0], o[1], article));
                if (cleanSentences != null) {
                    cleanSentences.add(cut);
                }
            }
        }
    }

    private static int previousNonBlank(List<Lines.Line> lines, int from) {
        for (int i = from; i >= 0; i--) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSectionLine(List<int[]> sectionLines, int line) {
        for (int[] s : sectionLines) {
            if (s[0] == line) {
                return true;
            }
        }
        return false;
    }

    private static String sectionOf(List<int[]> sectionLines, List<String> titles, int line) {
        String title = null;
        for (int k = 0; k < sectionLines.size(); k++) {
            if (sectionLines.get(k)[0] < line) {
                title = titles.get(k);
            }
        }
        return title;
    }

    /** The end char of the last non-blank line in [from, to). */
    private static int endOfLines(List<Lines.Line> lines, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!lines.get(i).blank()) {
                return lines.get(i).end();
            }
        }
        return lines.get(from).end();
    }

    /** The original text of a headline, its lines joined (a wrapped headline comes out whole). */
    private static String originalLines(AlignedText text, List<Lines.Line> lines, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Lines.Line l = lines.get(i);
            if (!l.blank()) {
                sb.append(text.originalSlice(l.start(), l.end()).strip().replace("\n", ""));
            }
        }
        return sb.toString();
    }

    private static int trimStart(String s, int a, int b) {
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        return a;
    }

    private static int trimEnd(String s, int a, int b) {
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }
}
