package lexcorpus.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text a PDF or Word converter left into clean text, keeping the alignment to the original.
 * The steps run in order: converter residue, width folding, layout spaces, hard line wraps.
 * Stateless and thread-safe.
 */
public final class Normalizer {
    /** [bookmark: _GoBack] and similar tags, and **bold** marks, that converters leave behind. */
    private static final Pattern RESIDUE = Pattern.compile("\\[bookmark:[^\\]\\n]{0,200}\\]|\\*\\*");
    /** A line that ends a sentence, a clause introduction or a bracket: never re-joined to the next. */
    private static final String TERMINAL = "。！？；：:;!?”’」』）)]】》…";
    /** Lines at least this long that end mid-sentence are taken for hard wraps. */
    private static final int WRAP_WIDTH = 120;
    /**
     * A text wrapped by a converter has most of its lines about as long as the page is wide: when at least
     * this share of its lines of {@link #MIN_MEASURED} chars or more fall within {@link #MARGIN} chars of one
     * length, that length is its width, and a line that long ending mid-sentence is a wrap.
     */
    private static final double WRAPPED_SHARE = 0.35;
    private static final int MIN_MEASURED = 10;
    private static final int MIN_WRAPPED_LINES = 6;
    private static final int MARGIN = 3;
    /** A by-line opens its own line: 来源：, 作者：, 记者： … (checked once per line break, without a regex). */
    private static final List<String> BYLINE_WORDS = List.of("来源", "作者", "记者", "原载", "原创", "本栏编辑", "编辑");

    private Normalizer() {
    }

    public static AlignedText normalize(String original) {
        AlignedText t = AlignedText.identity(original);
        t = t.then(stripResidue(t.text())); // residue and width folding in one pass
        t = t.then(dropLayoutSpaces(t.text()));
        t = t.then(joinWrappedLines(t.text()));
        return t;
    }

    static Edit stripResidue(String s) {
        Edit.Builder b = new Edit.Builder(s);
        Matcher m = RESIDUE.matcher(s);
        int at = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            // the residue starts with [ or *: only there is the pattern tried
            if ((c == '[' || c == '*') && m.region(i, n).lookingAt()) {
                keepClean(s, at, i, b);
                at = m.end();
                i = at;
            } else {
                i++;
            }
        }
        keepClean(s, at, n, b);
        return b.build();
    }

    private static void keepClean(String s, int from, int to, Edit.Builder b) {
        int run = from; // start of the chars kept as they are, copied in one go
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char r = CLEAN[c];
            if (r == c) {
                continue;
            }
            b.copy(run, i);
            if (r != DROP) {
                b.append(r, i);
            }
            run = i + 1;
        }
        b.copy(run, to);
    }

    /** What each char becomes in clean text: itself, a folded or replaced char, or {@link #DROP}. */
    private static final char[] CLEAN = new char[Character.MAX_VALUE + 1];
    /** Marks a dropped char in {@link #CLEAN}; U+FFFF is a noncharacter, kept as itself by {@link #keepClean}. */
    private static final char DROP = '\uFFFF';

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLEAN[c] = switch (c) {
                case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\r' -> DROP;
                case '\f', '\u000B', '\u2028', '\u2029', '\u0085' -> '\n';
                default -> fold((char) c);
            };
        }
        CLEAN[DROP] = DROP;
    }

    /**
     * Folds full-width digits, Latin letters and the signs used inside numbers to ASCII, and odd spaces
     * to ' '. Chinese punctuation (（），：；！？) stays as it is: it carries meaning for structure.
     */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && "（），：；！？".indexOf(c) < 0) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t') {
            return ' ';
        }
        return c;
    }

    /**
     * Drops spaces the layout put between Han characters, or between a Han character and a digit
     * ({@code 2025 年 7 月}, {@code 50 万元}); spaces in Latin text and between digits stay.
     * Leading indentation of a line is dropped too.
     */
    static Edit dropLayoutSpaces(String s) {
        Edit.Builder b = new Edit.Builder(s);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (s.charAt(i) != ' ') {
                int space = s.indexOf(' ', i);
                int end = space < 0 ? n : space;
                b.copy(i, end);
                i = end;
                continue;
            }
            int j = i;
            while (j < n && s.charAt(j) == ' ') {
                j++;
            }
            boolean lineStart = i == 0 || s.charAt(i - 1) == '\n';
            boolean lineEnd = j == n || s.charAt(j) == '\n';
            char before = i > 0 ? s.charAt(i - 1) : '\n';
            char after = j < n ? s.charAt(j) : '\n';
            boolean drop = lineStart || lineEnd
                    || (isHan(before) || isCjkPunct(before)) && (isHan(after) || isDigit(after) || isCjkPunct(after))
                    || isDigit(before) && (isHan(after) || isCjkPunct(after));
            if (!drop) {
                b.copy(i, j);
            }
            i = j;
        }
        return b.build();
    }

    /**
     * Re-joins lines that a converter wrapped in mid-sentence, with the blank lines it put after them.
     * A break is removed when the line before ends in a comma or enumeration mark, when it is as long as
     * the text's lines are wide (or very long) and ends mid-sentence, when it breaks a number or date
     * ({@code 7⏎⏎月}), or when it breaks a 《title》.
     */
    static Edit joinWrappedLines(String s) {
        int width = wrapWidth(s);
        Edit.Builder b = new Edit.Builder(s);
        int n = s.length();
        int lineStart = 0;
        int i = 0;
        while (i < n) {
            if (s.charAt(i) != '\n') {
                int nl = s.indexOf('\n', i);
                int end = nl < 0 ? n : nl;
                b.copy(i, end);
                i = end;
                continue;
            }
            int j = i;
            int breaks = 0;
            while (j < n && (s.charAt(j) == '\n')) {
                j++;
                breaks++;
            }
            int join = breaks <= 2 && j < n ? joinKind(s, lineStart, i, j, width) : 0;
            if (join == 0) {
                b.copy(i, j);
            } else if (join == 2) {
                j++; // a stray 《 repeated after a page break
            }
            lineStart = j;
            i = j;
        }
        return b.build();
    }

    /**
     * The width the text was wrapped at, in chars: the longest length of the three-char band that holds the
     * most lines, when it holds enough of them; else 0 (the text was not wrapped to a width).
     */
    static int wrapWidth(String s) {
        int[] counts = new int[256];
        int measured = 0;
        int n = s.length();
        int start = 0;
        while (start < n) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int length = end - start;
            if (length >= MIN_MEASURED) {
                counts[Math.min(length, counts.length - 1)]++;
                measured++;
            }
            start = end + 1;
        }
        int best = 0;
        int bestCount = 0;
        for (int length = MIN_MEASURED; length < counts.length - 1; length++) {
            int band = 0;
            for (int k = 0; k < MARGIN && length - k >= MIN_MEASURED; k++) {
                band += counts[length - k];
            }
            if (band > bestCount) {
                bestCount = band;
                best = length;
            }
        }
        return bestCount >= MIN_WRAPPED_LINES && bestCount >= WRAPPED_SHARE * measured ? best : 0;
    }

    /** 0: keep the break; 1: join; 2: join and drop the next line's first char. */
    private static int joinKind(String s, int lineStart, int lineEnd, int next, int width) {
        if (lineEnd == lineStart) {
            return 0;
        }
        char last = s.charAt(lineEnd - 1);
        char first = s.charAt(next);
        if (s.charAt(lineStart) == '#' || digitsOnly(s, lineStart, lineEnd) || digitLine(s, next)) {
            return 0; // a Markdown heading; a page number or a cell alone on its line
        }
        if (unclosedTitleNearEnd(s, lineStart, lineEnd)) {
            return first == '《' ? 2 : (isHan(first) ? 1 : 0);
        }
        if (TERMINAL.indexOf(last) >= 0 || startsBlock(s, next)) {
            return 0;
        }
        if (isDigit(last) && isDigit(first) && endsWithNumericDate(s, lineStart, lineEnd)) {
            return 0; // - date: 2022-09-14⏎⏎9 月 14 日: a complete date ends the line, the next number starts anew
        }
        if (isDigit(last) && (first == '年' || first == '月' || first == '日' || first == '万' || first == '元' || isDigit(first))
                || (last == '年' || last == '月') && (isDigit(first) || first == '月' || first == '日')) {
            return 1;
        }
        if (last == '，' || last == '、' || last == ',') {
            return isHan(first) || isDigit(first) || first == '“' || first == '《' ? 1 : 0;
        }
        if (lineEnd - lineStart >= WRAP_WIDTH && (isHan(last) || isDigit(last)) && (isHan(first) || isDigit(first))) {
            return 1;
        }
        if (width > 0 && lineEnd - lineStart >= width - MARGIN && (isHan(last) || isDigit(last) || isLatin(last) && isHan(first))
                && (isHan(first) || isDigit(first) || first == '“' || first == '《')) {
            return 1; // 卫生健康⏎⏎委: a line as wide as the page, cut in mid-sentence
        }
        return 0;
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean digitsOnly(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The line starting at {@code from} holds digits only. */
    private static boolean digitLine(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i > from && (i == s.length() || s.charAt(i) == '\n');
    }

    /** The line ends in a whole numeric date, four digits, a separator, one or two, the same separator, one or two. */
    private static boolean endsWithNumericDate(String s, int lineStart, int lineEnd) {
        int i = lineEnd;
        int groups = 0;
        char sep = 0;
        while (groups < 3) {
            int j = i;
            while (j > lineStart && isDigit(s.charAt(j - 1))) {
                j--;
            }
            int len = i - j;
            if (groups < 2 ? len < 1 || len > 2 : len != 4) {
                return false;
            }
            groups++;
            if (groups == 3) {
                return j == lineStart || !isDigit(s.charAt(j - 1));
            }
            if (j <= lineStart) {
                return false;
            }
            char c = s.charAt(j - 1);
            if (c != '-' && c != '/' && c != '.' || sep != 0 && c != sep) {
                return false;
            }
            sep = c;
            i = j - 1;
        }
        return false;
    }

    /** The line ends inside a 《title》 opened in its last 40 chars. */
    private static boolean unclosedTitleNearEnd(String s, int lineStart, int lineEnd) {
        for (int i = lineEnd - 1; i >= lineStart && lineEnd - i < 40; i--) {
            char c = s.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    /** A line that opens a heading, list item, by-line or bracketed note is never a continuation. */
    private static boolean startsBlock(String s, int at) {
        char c = s.charAt(at);
        if (c == '-' || c == '•' || c == '（' || c == '(' || c == '【' || c == '[' || c == '第' || c == '一' || c == '二'
                || c == '三' || c == '四' || c == '五' || c == '六' || c == '七' || c == '八' || c == '九' || c == '十') {
            return true;
        }
        if (isDigit(c)) {
            // a numbered item: 1. 2、 3) but not a number going on (2⏎000 万)
            int k = at;
            while (k < s.length() && isDigit(s.charAt(k))) {
                k++;
            }
            if (k < s.length() && ".、)）".indexOf(s.charAt(k)) >= 0 && (k + 1 >= s.length() || !isDigit(s.charAt(k + 1)))) {
                return true;
            }
            return decimalLabel(s, at);
        }
        if ((c == '图' || c == '表') && caption(s, at + 1)) {
            return true;
        }
        for (String word : BYLINE_WORDS) {
            int colon = at + word.length();
            if (s.startsWith(word, at) && colon < s.length() && (s.charAt(colon) == ':' || s.charAt(colon) == '：')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A decimal heading number: one or two digits, then one to three more parts of one or two digits, with a dot
     * after the last ({@code 1.2. }) or a third part ({@code 2.1.3数据}). {@code 4.2 评估} has lost its space to
     * the layout step and reads as {@code 1.5亿} does, a number going on over a wrap; a year ({@code 2022.9.1})
     * has four digits first.
     */
    private static boolean decimalLabel(String s, int at) {
        int k = at;
        int parts = 0;
        while (true) {
            int from = k;
            while (k < s.length() && k - from < 3 && isDigit(s.charAt(k))) {
                k++;
            }
            if (k == from || k - from > 2) {
                return false;
            }
            parts++;
            if (k >= s.length() || s.charAt(k) != '.' || parts == 4) {
                break;
            }
            if (k + 1 >= s.length() || !isDigit(s.charAt(k + 1))) {
                return parts >= 2; // 1.2. title
            }
            k++;
        }
        return parts >= 3;
    }

    /** After 图 or 表: a caption's number, {@code 图 1 }, {@code 表2：}, {@code 图 3-1 }, then a colon or a space (the layout step has taken the space before a Han char). */
    private static boolean caption(String s, int at) {
        int k = at;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        int from = k;
        while (k < s.length() && (isDigit(s.charAt(k)) || k > from && (s.charAt(k) == '-' || s.charAt(k) == '.'))) {
            k++;
        }
        if (k == from || k - from > 5 || k >= s.length()) {
            return false;
        }
        char after = s.charAt(k);
        return after == ' ' || after == '：' || after == ':'; // 表1所示 goes on a sentence
    }

    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇' || (c >= '\uF900' && c <= '\uFAFF')
                || Character.isSurrogate(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isCjkPunct(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F' && c != '\uFF05') || c == '“' || c == '”'
                || c == '‘' || c == '’' || c == '…' || c == '—' || c == '：' || c == '；';
    }
}
