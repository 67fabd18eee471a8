package lexcorpus.ingest.outline;

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
    private final int[] number;
    private final int[] page;
    private final byte[] role;
    private long visits;

    public OutlineText(AlignedText text, List<Lines.Line> lines) {
        this.text = text;
        this.lines = lines;
        this.size = lines.size();
        this.shown = new String[size];
        this.number = new int[size];
        this.page = new int[size];
        this.role = new byte[size];
        // line numbers count '\n' in the original (a form feed starts a page, not a line); one pass, positions only grow
        String original = text.original();
        int at = 0;
        int line = 1;
        int pageNo = 0;
        for (int i = 0; i < size; i++) {
            int to = text.originalIndex(lines.get(i).start());
            for (; at < to && at < original.length(); at++) {
                char c = original.charAt(at);
                if (c == '\n') {
                    line++;
                } else if (c == '\f') {
                    pageNo++;
                }
            }
            number[i] = line;
            page[i] = pageNo;
        }
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
        return lines.get(i).blank();
    }

    /** The line's number in the original, from 1 (lines split at '\n' only). */
    public int number(int i) {
        return number[i];
    }

    /** How many form feeds stand before the line. */
    int page(int i) {
        return page[i];
    }

    byte role(int i) {
        return role[i];
    }

    void role(int i, byte r) {
        role[i] = r;
    }

    /** Not blank and given no role by a scan: text that headings and articles are read from. */
    boolean free(int i) {
        return role[i] == FREE && !blank(i);
    }

    /** The next line after i that is neither blank nor page furniture, or {@link #size()}. */
    int next(int i) {
        int j = i + 1;
        while (j < size && (blank(j) || role[j] == FURNITURE)) {
            visits++;
            j++;
        }
        return j;
    }

    /** The last line before i that is neither blank nor page furniture, or -1. */
    int previous(int i) {
        int j = i - 1;
        while (j >= 0 && (blank(j) || role[j] == FURNITURE)) {
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
            s = l.blank() ? "" : asWritten(text.originalSlice(l.start(), l.end()));
            shown[i] = s;
        }
        return s;
    }

    /** Line i as a key for comparisons: as written, every whitespace dropped, full-width forms folded. */
    String key(int i) {
        return key(shown(i));
    }

    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
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

    static String asWritten(String raw) {
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
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u000B' || Character.isWhitespace(c);
    }
}
