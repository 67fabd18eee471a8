package lexcorpus.extract.statute;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.extract.Resources;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.EntityValue.ArticleRef;

/**
 * Reads the article pinpoints written after a law's name, by the whole grammar of the spec: with or without 第,
 * Arabic or Chinese numerals, 之一 before or after 条, paragraphs (款) and items (项, with or without brackets),
 * lists (、，和 及 以及 或者 与) and ranges (至 - — ～) at each level ({@code 第十条至第十二条}, {@code 第508-512条},
 * {@code 第三十条第二、三款}, {@code 第（1）至（5）项}), {@code 第 17(2) 条}, and the legal-basis lists of judgments
 * with one pinpoint a line. A hand-written scanner: linear, no allocation per char. Thread-safe.
 */
final class Pinpoints {
    /** The pinpoints read and where they end in the text. */
    record Result(int end, List<ArticleRef> articles) {
    }

    private static final int MAX_RANGE = 200;
    /** Spaces and line breaks crossed between a name and its first pinpoint, at most. */
    private static final int MAX_GAP = 12;
    /** The longest caption read between two articles of a list of legal bases. */
    private static final int MAX_CAPTION = 12;
    private final List<String> separators = new ArrayList<>();
    private final List<String> ranges = new ArrayList<>();
    private final List<String> all = new ArrayList<>();
    private final List<String> divisions = new ArrayList<>();

    Pinpoints(String resource) {
        for (String[] row : Resources.rows(resource)) {
            List<String> to = switch (row[0].strip()) {
                case "separator" -> separators;
                case "range" -> ranges;
                case "all" -> all;
                case "division" -> divisions;
                default -> throw new IllegalStateException(resource + ": unknown kind " + row[0]);
            };
            to.add(row[1].strip());
        }
    }

    /**
     * The pinpoints that start at {@code at} (after spaces, a line break, or a page number left between two
     * pages); null when none. The first one may stand on the next line; later ones only continue a list, or,
     * one a line, a list of legal bases whose lines hold nothing else.
     */
    Result read(String s, int at) {
        int pos = skipGap(s, at);
        if (pos < 0) {
            return null;
        }
        List<ArticleRef> refs = new ArrayList<>();
        int end = article(s, divisions(s, pos), refs);
        if (end < 0) {
            return null;
        }
        while (true) {
            int next = continuation(s, end, refs);
            if (next < 0) {
                break;
            }
            end = next;
        }
        return new Result(end, refs);
    }

    /**
     * Past the parts, chapters and sections written before an article (该条例第二部第十四条, 刑法第二编第三章第一百四十条):
     * where the article may start. A division alone is not a pinpoint: the article that follows it decides.
     */
    private int divisions(String s, int at) {
        int i = at;
        for (int k = 0; k < 4 && i < s.length() && s.charAt(i) == '第'; k++) {
            int m = number(s, i + 1);
            if (m < 0) {
                break;
            }
            int w = word(s, m, divisions);
            if (w <= 0) {
                break;
            }
            i = m + w;
        }
        return i;
    }

    /** After the last pinpoint read (ending at {@code end}): the end of one more, or -1. */
    private int continuation(String s, int end, List<ArticleRef> refs) {
        ArticleRef previous = refs.get(refs.size() - 1);
        int range = word(s, end, ranges);
        if (range > 0 && previous.paragraph() == null && previous.item() == null) {
            // 第十条至第十二条: the articles between the two ends
            List<ArticleRef> to = new ArrayList<>(1);
            int e = article(s, end + range, to);
            if (e >= 0 && to.size() == 1 && to.get(0).paragraph() == null && to.get(0).item() == null
                    && to.get(0).article() > previous.article() && to.get(0).article() - previous.article() <= MAX_RANGE) {
                for (int a = previous.article() + 1; a <= to.get(0).article(); a++) {
                    refs.add(new ArticleRef(a, null, null, a == to.get(0).article() ? to.get(0).suffix() : null));
                }
                return e;
            }
            return -1;
        }
        int sep = word(s, end, separators);
        int caption = sep > 0 ? 0 : caption(s, end);
        if (caption > 0) {
            sep = 1; // 第六十七条坦白、第五十二条罚金: the caption of an article, then the list goes on
        }
        int next;
        if (sep > 0) {
            next = end + caption + sep;
        } else if (end < s.length() && s.charAt(end) == '\n') {
            // one pinpoint a line: only where the line held nothing but the pinpoint, and the next holds one too
            next = end;
            while (next < s.length() && (s.charAt(next) == '\n' || s.charAt(next) == ' ')) {
                next++;
            }
            if (next - end > 4) {
                return -1;
            }
        } else {
            return -1;
        }
        ArticleRef last = refs.get(refs.size() - 1);
        int size = refs.size();
        int e = article(s, divisions(s, next), refs);
        if (e >= 0) {
            return e;
        }
        if (sep <= 0) {
            return -1; // a new line must open with an article
        }
        // a paragraph or an item of the same article: 第十一条第二款、第三款; 第（二）项、第（四）项
        if (last.paragraph() != null || last.item() == null) {
            e = paragraph(s, next, last.article(), last.suffix(), refs);
            if (e >= 0) {
                return e;
            }
        }
        if (last.item() != null) {
            e = item(s, next, last.article(), last.paragraph(), last.suffix(), refs);
            if (e >= 0) {
                return e;
            }
        }
        while (refs.size() > size) {
            refs.remove(refs.size() - 1);
        }
        return -1;
    }

    /**
     * An article: [第] N [之一] 条 [之一], with the paragraphs and items that follow it; N may be a list or range of
     * numbers (第12、38条, 第508-512条) and carry a paragraph in brackets (第17(2)条). Adds to {@code refs}; -1 when none.
     */
    private int article(String s, int at, List<ArticleRef> refs) {
        int i = at;
        if (i < s.length() && s.charAt(i) == '第') {
            i++;
            int k = i;
            while (k < s.length() && s.charAt(k) == ' ' && k - i < 3) {
                k++;
            }
            if (k < s.length() && s.charAt(k) == '\n' && number(s, k + 1) > 0) {
                i = k + 1; // 第⏎20条: a line wrapped by the converter after 第
            }
        }
        List<Integer> numbers = new ArrayList<>(2);
        int n = number(s, i);
        if (n < 0) {
            return -1;
        }
        numbers.add(value(s, i, n));
        i = n;
        Integer bracketParagraph = null;
        String suffix = null;
        while (true) {
            int r = word(s, i, ranges);
            int sep = r > 0 ? 0 : listMark(s, i);
            int step = r > 0 ? r : sep;
            if (step <= 0) {
                break;
            }
            int j = i + step;
            if (j < s.length() && s.charAt(j) == '第') {
                j++;
            }
            int m = number(s, j);
            if (m < 0 || !followedByArticleWord(s, m)) {
                break;
            }
            int to = value(s, j, m);
            if (r > 0) {
                int from = numbers.get(numbers.size() - 1);
                if (to <= from || to - from > MAX_RANGE) {
                    break;
                }
                for (int a = from + 1; a <= to; a++) {
                    numbers.add(a);
                }
            } else {
                numbers.add(to);
            }
            i = m;
        }
        if (s.startsWith("之", i)) {
            int k = suffixEnd(s, i);
            if (k > i && k < s.length() && s.charAt(k) == '条') {
                suffix = s.substring(i, k);
                i = k;
            }
        }
        if (i < s.length() && (s.charAt(i) == '(' || s.charAt(i) == '（')) {
            int m = number(s, i + 1);
            int k = m + 1;
            while (k < s.length() && s.charAt(k) == ' ' && k - m < 3) {
                k++; // 第 17(2) 条: the cleaner keeps the space after a Latin bracket
            }
            if (m > 0 && m < s.length() && (s.charAt(m) == ')' || s.charAt(m) == '）') && k < s.length() && s.charAt(k) == '条') {
                bracketParagraph = value(s, i + 1, m);
                i = k;
            }
        }
        if (i >= s.length() || s.charAt(i) != '条') {
            return -1;
        }
        i++;
        if (suffix == null && s.startsWith("之", i)) {
            int k = suffixEnd(s, i);
            if (k > i) {
                suffix = s.substring(i, k);
                i = k;
            }
        }
        int article = numbers.get(numbers.size() - 1);
        for (int k = 0; k < numbers.size() - 1; k++) {
            refs.add(new ArticleRef(numbers.get(k), null, null, null));
        }
        if (bracketParagraph != null) {
            refs.add(new ArticleRef(article, bracketParagraph, null, suffix));
            return i;
        }
        int size = refs.size();
        int e = paragraph(s, i, article, suffix, refs);
        if (e >= 0) {
            return e;
        }
        e = item(s, i, article, null, suffix, refs);
        if (e >= 0) {
            return e;
        }
        while (refs.size() > size) {
            refs.remove(refs.size() - 1);
        }
        refs.add(new ArticleRef(article, null, null, suffix));
        return i;
    }

    /** [第] N 款 (N a list or range: 第二、三款, 第二、第三款), with its items; -1 when none. */
    private int paragraph(String s, int at, int article, String suffix, List<ArticleRef> refs) {
        List<Integer> numbers = new ArrayList<>(2);
        int i = numberList(s, at, '款', numbers);
        if (i < 0) {
            return -1;
        }
        int last = numbers.get(numbers.size() - 1);
        for (int k = 0; k < numbers.size() - 1; k++) {
            refs.add(new ArticleRef(article, numbers.get(k), null, suffix));
        }
        int w = word(s, i, all);
        if (w > 0) {
            refs.add(new ArticleRef(article, last, null, suffix));
            return i + w;
        }
        int e = item(s, i, article, last, suffix, refs);
        if (e >= 0) {
            return e;
        }
        refs.add(new ArticleRef(article, last, null, suffix));
        return i;
    }

    /** [第] [（] N [）] 项, N a list or range (第（2）、（4）项, 第（1）至（5）项, 第（1）项至第（5）项); -1 when none. */
    private int item(String s, int at, int article, Integer paragraph, String suffix, List<ArticleRef> refs) {
        List<Integer> numbers = new ArrayList<>(2);
        int i = numberList(s, at, '项', numbers);
        if (i < 0) {
            return -1;
        }
        for (int n : numbers) {
            refs.add(new ArticleRef(article, paragraph, n, suffix));
        }
        return i;
    }

    /**
     * [第] [（] N [）] {sep|range [第] [（] N [）]} [unit] … unit: the numbers of one level and where the unit word
     * ends; the unit may follow each number (第（1）项至第（5）项) or only the last (第二、三款). -1 when none.
     */
    private int numberList(String s, int at, char unit, List<Integer> out) {
        int i = at;
        boolean ranged = false;
        while (true) {
            int j = i;
            if (j < s.length() && s.charAt(j) == '第') {
                j++;
            }
            boolean bracket = j < s.length() && (s.charAt(j) == '（' || s.charAt(j) == '(');
            if (bracket) {
                j++;
            }
            int m = number(s, j);
            if (m < 0) {
                return out.isEmpty() ? -1 : -2;
            }
            int v = value(s, j, m);
            if (bracket) {
                if (m >= s.length() || s.charAt(m) != '）' && s.charAt(m) != ')') {
                    return out.isEmpty() ? -1 : -2;
                }
                m++;
            } else if (j == i && unit == '项' && (m >= s.length() || s.charAt(m) != '项')) {
                return out.isEmpty() ? -1 : -2; // an item without 第 or brackets is not one (二项 is two items)
            }
            if (ranged) {
                int from = out.get(out.size() - 1);
                if (v <= from || v - from > MAX_RANGE) {
                    return -2;
                }
                for (int k = from + 1; k <= v; k++) {
                    out.add(k);
                }
            } else {
                out.add(v);
            }
            i = m;
            boolean hasUnit = i < s.length() && s.charAt(i) == unit;
            int afterUnit = hasUnit ? i + 1 : i;
            int r = word(s, afterUnit, ranges);
            int sep = r > 0 ? 0 : listMark(s, afterUnit);
            int step = r > 0 ? r : sep;
            if (step > 0 && startsNumber(s, afterUnit + step, unit)) {
                ranged = r > 0;
                i = afterUnit + step;
                continue;
            }
            return hasUnit ? afterUnit : -2;
        }
    }

    /** After a list mark or range: [第] [（] N, and (for a list of numbers) not the start of a new article. */
    private boolean startsNumber(String s, int at, char unit) {
        int j = at;
        if (j < s.length() && s.charAt(j) == '第') {
            j++;
        }
        if (j < s.length() && (s.charAt(j) == '（' || s.charAt(j) == '(')) {
            j++;
        }
        int m = number(s, j);
        if (m < 0) {
            return false;
        }
        // 第二、三款: a number of the same level; 、第三条: a new article, read by the list above
        int k = m;
        if (k < s.length() && (s.charAt(k) == '）' || s.charAt(k) == ')')) {
            k++;
        }
        while (k < s.length() && k - m < 12 && s.charAt(k) != '条' && s.charAt(k) != unit && isNumeral(s.charAt(k))) {
            k++;
        }
        return k < s.length() && s.charAt(k) != '条' && (s.charAt(k) == unit || listMark(s, k) > 0 || word(s, k, ranges) > 0);
    }

    /** 条 (or 之一条) follows the number ending at {@code at}: a list or range of article numbers. */
    private boolean followedByArticleWord(String s, int at) {
        int k = at;
        if (s.startsWith("之", k)) {
            k = suffixEnd(s, k);
        }
        if (k < s.length() && s.charAt(k) == '条') {
            return true;
        }
        return listMark(s, k) > 0 || word(s, k, ranges) > 0; // 第12、38、40条: the next one decides
    }

    /**
     * The length of a caption after an article in a judgment's list of legal bases (第一百三十三条之一危险驾驶罪、
     * 第六十七条坦白、…): up to {@value #MAX_CAPTION} Han chars, then 、 and the next article. 0 when there is none.
     */
    private int caption(String s, int at) {
        int i = at;
        while (i < s.length() && i - at <= MAX_CAPTION && isCaptionChar(s.charAt(i))) {
            i++;
        }
        if (i == at || i - at > MAX_CAPTION || i >= s.length() || s.charAt(i) != '、') {
            return 0;
        }
        List<ArticleRef> probe = new ArrayList<>(1);
        int j = i + 1;
        return j < s.length() && s.charAt(j) == '第' && article(s, j, probe) > 0 ? i - at : 0;
    }

    /** A Han char that may stand in a caption: not a numeral and not a word of the pinpoint grammar. */
    private static boolean isCaptionChar(char c) {
        return c >= '\u4e00' && c <= '\u9fff' && !isNumeral(c) && "第条款项之".indexOf(c) < 0;
    }

    /** A list mark inside a number list: 、 or ， only (和, 及 join whole pinpoints). */
    private static int listMark(String s, int at) {
        if (at < s.length() && (s.charAt(at) == '、' || s.charAt(at) == '，' || s.charAt(at) == ',')) {
            return 1;
        }
        return 0;
    }

    private static int suffixEnd(String s, int at) {
        int k = at + 1;
        while (k < s.length() && k - at <= 3 && "一二三四五六七八九十".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k > at + 1 ? k : at;
    }

    /** The end of a numeral (Arabic digits, or Chinese 〇零一…十百千) starting at {@code at}; -1 when none. */
    private static int number(String s, int at) {
        int i = at;
        if (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - at < 5) {
                i++;
            }
            return i;
        }
        while (i < s.length() && "〇○零一二两三四五六七八九十百千".indexOf(s.charAt(i)) >= 0 && i - at < 12) {
            i++;
        }
        return i > at ? i : -1;
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || "〇○零一二两三四五六七八九十百千".indexOf(c) >= 0;
    }

    private static int value(String s, int from, int to) {
        Integer v = Numbers.parseInt(s.substring(from, to));
        return v == null ? -1 : v;
    }

    /** The length of the longest word of {@code words} at {@code at}, or 0. */
    private static int word(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * The first char of a pinpoint after a name ending at {@code at}: spaces and up to two line breaks crossed,
     * and a page number standing alone on its line between two pages (个人信息保护法⏎2⏎⏎第五十一条). -1 when the
     * gap is longer or holds anything else.
     */
    private static int skipGap(String s, int at) {
        int i = at;
        if (i < s.length() && (s.charAt(i) == '：' || s.charAt(i) == ':')) {
            i++; // 《中华人民共和国刑法》：第一百三十三条…, the articles a judgment's appendix lists under the law
        }
        int breaks = 0;
        while (i < s.length() && i - at <= MAX_GAP) {
            char c = s.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '\n') {
                breaks++;
                i++;
            } else if (breaks > 0 && c >= '0' && c <= '9' && pageNumberLine(s, i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return breaks <= 3 && i - at <= MAX_GAP ? i : -1;
    }

    /** The line at {@code at} holds only a number of up to four digits: a page number. */
    static boolean pageNumberLine(String s, int at) {
        int i = at;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > at && i - at <= 4 && (i == s.length() || s.charAt(i) == '\n') && (at == 0 || s.charAt(at - 1) == '\n');
    }
}
