package lexcorpus.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Trie;
import lexcorpus.extract.number.Numeral;
import lexcorpus.extract.number.NumeralReader;

/**
 * The readings that the chars at one position can have, as a grammar over numerals (Duckling's way): a calendar
 * date (year, month, day, each in Arabic or Chinese numerals, 号 as 日, 元月, dotted and dashed forms), a decade
 * ({@code 1990年代}), a century ({@code 20世纪}), or a span of time ({@code 1000年历史}, {@code 为期3月},
 * {@code 30日内}), the cue words of the last in {@code date/cues.tsv}. {@link #choose} then keeps one: the longest
 * reading, a reading that is not a date where two are equally long. Nothing here looks at context beyond the
 * reading itself; years missing from a date are supplied later ({@link DateResolver}). Thread-safe.
 */
final class DateGrammar {
    private static final String DIR = "/lexcorpus/date/";

    /** What a reading is. */
    enum Kind { DATE, DECADE, CENTURY, SPAN }

    /**
     * One reading of [start, end). For a date, 0 marks a part not written; {@code bare} marks a day written alone
     * ({@code 13日}), a date only where context makes it one.
     */
    record Reading(Kind kind, int start, int end, int year, int month, int day, boolean bare) {
        int length() {
            return end - start;
        }
    }

    private final String listMarks;
    private final String rangeMarks;
    private final String notAfterDottedMonth;
    /** Cue words written before a span, longest first. */
    private final List<String> cuesBefore = new ArrayList<>();
    private final Trie cuesAfter;
    private final Map<String, String> unitsOfBefore = new HashMap<>();
    private final Map<String, String> unitsOfAfter = new HashMap<>();

    DateGrammar() {
        Map<String, String> marks = Resources.map(DIR + "marks.tsv");
        listMarks = marks.get("list");
        rangeMarks = marks.get("range");
        notAfterDottedMonth = marks.get("not_after_dotted_month");
        List<String> after = new ArrayList<>();
        for (String[] row : Resources.rows(DIR + "cues.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException(DIR + "cues.tsv: a row needs word, side and units: " + String.join("\t", row));
            }
            String word = row[0].strip();
            if (row[1].strip().equals("before")) {
                cuesBefore.add(word);
                unitsOfBefore.put(word, row[2].strip());
            } else {
                after.add(word);
                unitsOfAfter.put(word, row[2].strip());
            }
        }
        cuesBefore.sort(Comparator.comparingInt(String::length).reversed());
        cuesAfter = new Trie(after);
    }

    String listMarks() {
        return listMarks;
    }

    String rangeMarks() {
        return rangeMarks;
    }

    /** The reading kept among those starting at {@code at} (null when there is none): the longest, a non-date on a tie. */
    Reading choose(String s, int at) {
        Reading best = null;
        for (Reading r : readings(s, at)) {
            if (best == null || r.length() > best.length() || r.length() == best.length() && best.kind() == Kind.DATE
                    && r.kind() != Kind.DATE) {
                best = r;
            }
        }
        return best;
    }

    /** Every reading of the chars at {@code at}, where a numeral (or 元 of 元月) starts. */
    List<Reading> readings(String s, int at) {
        List<Reading> out = new ArrayList<>(4);
        int n = s.length();
        if (s.charAt(at) == '元') {
            if (at + 1 < n && s.charAt(at + 1) == '月') {
                monthFirst(s, at, 1, at + 1, out);
            }
            return out;
        }
        Numeral num = NumeralReader.INTEGER.read(s, at);
        if (num == null) {
            return out;
        }
        int e = num.end();
        char next = e < n ? s.charAt(e) : '\n';
        year(s, num, out);
        int v = num.intValue();
        boolean small = num.length() <= 2 || num.form() == Numeral.Form.CHINESE && num.length() <= 3;
        if (small && v >= 1 && v <= 12 && next == '月') {
            monthFirst(s, at, v, e, out);
        }
        if (small && v >= 1 && v <= 12 && num.plainDigits() && sharesUnit(s, e, '月')) {
            out.add(new Reading(Kind.DATE, at, e, 0, v, 0, false)); // the 3 and 4 of 3、4、5月: months sharing 月
        }
        if (small && v >= 1 && v <= 31 && next == '日') {
            out.add(new Reading(Kind.DATE, at, e + 1, 0, 0, v, true)); // 13日
        }
        if (startsWith(s, e, "年代")) {
            out.add(new Reading(Kind.DECADE, at, e + 2, 0, 0, 0, false)); // 1990年代, 80年代
        }
        if (startsWith(s, e, "世纪")) {
            int end = e + 2;
            Numeral decade = NumeralReader.INTEGER.read(s, end);
            if (decade != null && startsWith(s, decade.end(), "年代")) {
                end = decade.end() + 2; // 20世纪80年代
            }
            out.add(new Reading(decade != null && end > e + 2 ? Kind.DECADE : Kind.CENTURY, at, end, 0, 0, 0, false));
        }
        if (next == '年' || next == '月' || next == '日') {
            span(s, at, e, next, out);
        }
        return out;
    }

    /** Readings that start with a year: 2024年…, 二〇二三年…, 2024-03-22, 2024.3.22, 2022.5, the 2024 of 2024—2026年. */
    private void year(String s, Numeral num, List<Reading> out) {
        int n = s.length();
        int at = num.start();
        int e = num.end();
        boolean arabic = num.plainDigits();
        boolean shaped = arabic && num.length() == 4 || num.form() == Numeral.Form.DIGITS && num.length() == 4;
        int start = at;
        int y = num.intValue();
        boolean masked = false;
        if (!shaped && arabic && num.length() > 4 && e < n && s.charAt(e) == '年') {
            // 李x01978年3月2日: digits glued before the year by anonymisation; the year is the last four
            start = e - 4;
            y = Integer.parseInt(s.substring(start, e));
            masked = true;
        } else if (!shaped) {
            return;
        }
        if (y < 1000 || y > 2999) {
            return;
        }
        int residue = e < n && s.charAt(e) == '\n' ? afterPageBreak(s, e) : -1;
        if (residue > e && residue < n && s.charAt(residue) == '年') {
            e = residue; // 2017⏎2⏎⏎␌年: the page's number and break fell between the year and 年, inside the span
        }
        char next = e < n ? s.charAt(e) : '\n';
        if (next == '年') {
            if (startsWith(s, e, "年代")) {
                return; // a decade, read by the caller
            }
            int m0 = e + 1;
            if (!masked) {
                out.add(new Reading(Kind.DATE, start, m0, y, 0, 0, false));
            }
            if (m0 < n && s.charAt(m0) == '元' && m0 + 1 < n && s.charAt(m0 + 1) == '月') {
                monthAndDay(s, start, y, 1, m0 + 1, out);
                return;
            }
            Numeral m = NumeralReader.INTEGER.read(s, m0);
            if (m == null || !isMonth(m)) {
                return;
            }
            int me = m.end();
            if (me < n && s.charAt(me) == '月') {
                monthAndDay(s, start, y, m.intValue(), me, out);
            } else if (!masked && m.plainDigits() && sharesUnit(s, me, '月')) {
                out.add(new Reading(Kind.DATE, start, me, y, m.intValue(), 0, false)); // 2017年4 of 2017年4、5、6月
            }
            return;
        }
        if (!arabic || masked) {
            return;
        }
        if ((rangeMarks.indexOf(next) >= 0 || listMarks.indexOf(next) >= 0) && isYearThen(s, e + 1, '年')) {
            out.add(new Reading(Kind.DATE, at, e, y, 0, 0, false)); // the 2024 of 2024—2026年, the 2002 of 2002、2003年
            return;
        }
        if (next == '-' || next == '/' || next == '.') {
            // not inside a path or a longer dotted number (…/2022-09-14/…, 1.2024.3); after a dash it ends a range
            if (!(at > 0 && (s.charAt(at - 1) == '.' || s.charAt(at - 1) == '/'))) {
                numeric(s, at, e, y, next, out);
            }
        }
    }

    /** After 年 and a month numeral at [.., monthEnd) followed by 月: the month, and the day when one follows. */
    private void monthAndDay(String s, int start, int y, int month, int monthEnd, List<Reading> out) {
        int n = s.length();
        int d0 = monthEnd + 1;
        out.add(new Reading(Kind.DATE, start, d0, y, month, 0, false));
        Numeral d = NumeralReader.INTEGER.read(s, d0);
        if (d == null || !isDay(d)) {
            return;
        }
        int de = d.end();
        char after = de < n ? s.charAt(de) : '\n';
        if (after == '日' || after == '号') {
            out.add(new Reading(Kind.DATE, start, de + 1, y, month, d.intValue(), false));
        } else if (d.plainDigits() && (after == '，' || after == ',' || after == '；' || sharesUnit(s, de, '日'))) {
            // 2013年12月25，(日 left out before a comma); 2017年7月2 of 2017年7月2、3日
            out.add(new Reading(Kind.DATE, start, de, y, month, d.intValue(), false));
        }
    }

    /** 3月, 3月15日, 十二月20号, 元月: a month written first (its year comes from context). */
    private void monthFirst(String s, int at, int month, int monthEnd, List<Reading> out) {
        int n = s.length();
        int d0 = monthEnd + 1;
        out.add(new Reading(Kind.DATE, at, d0, 0, month, 0, false));
        Numeral d = NumeralReader.INTEGER.read(s, d0);
        if (d != null && isDay(d) && d.end() < n && (s.charAt(d.end()) == '日' || s.charAt(d.end()) == '号')) {
            out.add(new Reading(Kind.DATE, at, d.end() + 1, 0, month, d.intValue(), false));
        }
    }

    /**
     * Where the text goes on after a page break that starts at the line break {@code at}: past a line of only a page
     * number (up to four digits) and the blank lines after it (the clean text has the form feed as a line break);
     * -1 when the lines there are not a page's end.
     */
    static int afterPageBreak(String s, int at) {
        int n = s.length();
        int i = at + 1;
        int digits = i;
        while (digits < n && s.charAt(digits) >= '0' && s.charAt(digits) <= '9' && digits - i < 5) {
            digits++;
        }
        if (digits == i || digits - i > 4 || digits >= n || s.charAt(digits) != '\n') {
            return -1;
        }
        i = digits + 1;
        int blanks = 0;
        while (i < n && (s.charAt(i) == '\n' || s.charAt(i) == '\f') && blanks < 4) {
            i++;
            blanks++;
        }
        return blanks > 0 ? i : -1;
    }

    /**
     * 2024-03-22, 2024/3/22, 2024.3.22 (the same separator twice, nothing numeric after), and the year and month
     * 2022.5 or 2022/05 when nothing numeric or a unit follows it (2022.5万元 is an amount) and the year is of the
     * years such dates are written in (1130.3平方米 is an area).
     */
    private void numeric(String s, int at, int e, int y, char sep, List<Reading> out) {
        int n = s.length();
        int m0 = e + 1;
        int me = digitsEnd(s, m0, 2);
        if (me < 0) {
            return;
        }
        int m = Integer.parseInt(s, m0, me, 10);
        if (m < 1 || m > 12) {
            return;
        }
        if (me < n && s.charAt(me) == sep) {
            int de = digitsEnd(s, me + 1, 2);
            if (de > 0 && !(de < n && Character.isDigit(s.charAt(de)))) {
                int d = Integer.parseInt(s, me + 1, de, 10);
                if (d >= 1 && d <= 31) {
                    out.add(new Reading(Kind.DATE, at, de, y, m, d, false));
                }
            }
            return;
        }
        if (sep == '.' && me + 1 < n && (s.charAt(me) == '-' || s.charAt(me) == '/')) {
            // 1994.01-19: separators that differ; a day only where the number after the second cannot be a month
            // (2022.5-6 is May to June)
            int de = digitsEnd(s, me + 1, 2);
            if (de > 0 && !(de < n && (Character.isDigit(s.charAt(de)) || s.charAt(de) == '.'))) {
                int d = Integer.parseInt(s, me + 1, de, 10);
                if (d > 12 && d <= 31) {
                    out.add(new Reading(Kind.DATE, at, de, y, m, d, false));
                    return;
                }
            }
        }
        if ((sep == '.' || sep == '/') && y >= 1900 && y <= 2099 && !(me < n && notAfterDottedMonth.indexOf(s.charAt(me)) >= 0)) {
            out.add(new Reading(Kind.DATE, at, me, y, m, 0, false));
        }
    }

    /**
     * A number followed by 年, 月 or 日 read as a span of time: a cue word right before it (为期, 长达, 不足 …) or
     * right after its unit (之久, 历史, 内 …), for the units the cue names.
     */
    private void span(String s, int at, int unitAt, char unit, List<Reading> out) {
        String before = longestEndingAt(s, at);
        if (before != null && unitsOfBefore.get(before).indexOf(unit) >= 0) {
            out.add(new Reading(Kind.SPAN, at - before.length(), unitAt + 1, 0, 0, 0, false));
        }
        String after = cuesAfter.longestAt(s, unitAt + 1);
        if (after != null && unitsOfAfter.get(after).indexOf(unit) >= 0) {
            out.add(new Reading(Kind.SPAN, at, unitAt + 1 + after.length(), 0, 0, 0, false));
        }
    }

    /** The longest cue word that ends at {@code at} (the text just before it). */
    private String longestEndingAt(String s, int at) {
        for (String w : cuesBefore) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** A mark then more numbers, the last one followed by {@code unit}: 4 of 4、5、6月, 1 of 1-6月, 2 of 2、3日. */
    private boolean sharesUnit(String s, int at, char unit) {
        int n = s.length();
        int i = at;
        boolean any = false;
        for (int k = 0; k < 12 && i < n; k++) {
            char c = s.charAt(i);
            if (listMarks.indexOf(c) < 0 && rangeMarks.indexOf(c) < 0) {
                return false;
            }
            int j = digitsEnd(s, i + 1, 2);
            if (j < 0) {
                return false;
            }
            any = true;
            if (j < n && s.charAt(j) == unit) {
                return any;
            }
            i = j;
        }
        return false;
    }

    /** Four Arabic digits at {@code at}, then {@code unit}. */
    private static boolean isYearThen(String s, int at, char unit) {
        int e = digitsEnd(s, at, 4);
        return e == at + 4 && e < s.length() && s.charAt(e) == unit;
    }

    /** The end of 1 to {@code max} Arabic digits at {@code at} not followed by another digit, or -1. */
    private static int digitsEnd(String s, int at, int max) {
        int n = s.length();
        int i = at;
        while (i < n && i - at < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == at || i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            return -1;
        }
        return i;
    }

    private static boolean isMonth(Numeral m) {
        int v = m.intValue();
        return v >= 1 && v <= 12 && (m.plainDigits() && m.length() <= 2 || m.form() == Numeral.Form.CHINESE);
    }

    private static boolean isDay(Numeral d) {
        int v = d.intValue();
        return v >= 1 && v <= 31 && (d.plainDigits() && d.length() <= 2 || d.form() == Numeral.Form.CHINESE);
    }

    private static boolean startsWith(String s, int at, String w) {
        return at <= s.length() && s.startsWith(w, at);
    }
}
