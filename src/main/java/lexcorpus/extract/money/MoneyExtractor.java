package lexcorpus.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.extract.Trie;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.MoneyValue;

/**
 * Finds amounts of money: [currency before] [minus] number [余/多] [magnitude] [余/多] [currency after]
 * [角 分] [整] [/unit], and the first end of a range or list that shares the second's unit. The grammar is
 * read by hand, left to right, against the word tables of {@code money/}: one pass, no backtracking, so
 * the time is linear in the text whatever it holds. Thread-safe: tables are loaded once.
 */
public final class MoneyExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/money/";
    /** Every amount holds a currency char within this many chars of its start. */
    private static final int WINDOW = 40;
    /** The longest run of digits or numeral chars read as one number. */
    private static final int MAX_NUMBER = 40;

    private final Map<String, String> currencyOf = new HashMap<>();
    private final Trie before;
    private final Trie after;
    private final Trie magnitudes;
    private final Map<String, BigDecimal> magnitudeOf = new HashMap<>();
    private final Trie englishMagnitudes;
    private final Map<String, BigDecimal> englishMagnitudeOf = new HashMap<>();
    private final Trie perUnits;
    private final Trie notMoney;
    private final List<String> approximateWords;
    private final boolean[] startChars;
    private final boolean[] neededChars;
    private final String range;
    private final String minus;
    private final String notBeforeMinus;
    private final String approximate;
    private final String indefinite;

    public MoneyExtractor() {
        List<String> beforeWords = new ArrayList<>();
        List<String> afterWords = new ArrayList<>();
        StringBuilder starts = new StringBuilder();
        StringBuilder needed = new StringBuilder();
        for (String[] row : Resources.rows(DIR + "currencies.tsv")) {
            currencyOf.put(row[0], row[1]);
            if (!row[2].equals("after")) {
                beforeWords.add(row[0]);
                starts.append(row[0].charAt(0));
            }
            if (!row[2].equals("before")) {
                afterWords.add(row[0]);
            }
            needed.append(row[0].charAt(0)).append(row[0].charAt(row[0].length() - 1));
        }
        before = new Trie(beforeWords);
        after = new Trie(afterWords);
        Resources.map(DIR + "magnitudes.tsv").forEach((w, f) -> magnitudeOf.put(w, new BigDecimal(f)));
        magnitudes = new Trie(magnitudeOf.keySet());
        Resources.map(DIR + "english_magnitudes.tsv").forEach((w, f) -> englishMagnitudeOf.put(w, new BigDecimal(f)));
        englishMagnitudes = new Trie(englishMagnitudeOf.keySet());
        perUnits = new Trie(Resources.list(DIR + "per_units.tsv"));
        notMoney = new Trie(Resources.list(DIR + "not_money.tsv"));
        approximateWords = Resources.list(DIR + "approximate.tsv");
        Map<String, String> marks = Resources.map(DIR + "marks.tsv");
        range = marks.get("range");
        minus = marks.get("minus");
        notBeforeMinus = marks.get("not_before_minus");
        approximate = marks.get("approximate");
        indefinite = marks.get("indefinite");
        startChars = Scan.table(starts + minus);
        neededChars = Scan.table(needed.toString());
    }

    @Override
    public String type() {
        return Entity.MONEY;
    }

    /** An amount as read: where its parts are, before it is judged. */
    private record Read(int start, int end, String pre, String cur, String arabic, String han, String magnitude,
                        String englishMagnitude, boolean approximate, boolean negative, int jiao, int fen, int curStart) {
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        int n = s.length();
        int nextNeeded = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!(Scan.isNumeral(c) || startChars[c])) {
                i++;
                continue;
            }
            if (nextNeeded < i) {
                nextNeeded = i;
                while (nextNeeded < n && !neededChars[s.charAt(nextNeeded)]) {
                    nextNeeded++;
                }
            }
            if (nextNeeded - i > WINDOW) {
                i++;
                continue;
            }
            Read r = read(s, i);
            Candidate found = r == null ? null : judge(s, r);
            if (found == null) {
                i++;
                continue;
            }
            out.add(found);
            if (r.pre() == null) {
                Candidate head = rangeHead(s, r, ((MoneyValue) found.value()).currency());
                if (head != null) {
                    out.add(head);
                }
            }
            i = r.end();
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Reads the grammar at {@code start}; null when no number stands there. */
    private Read read(String s, int start) {
        int n = s.length();
        int j = start;
        String pre = before.longestAt(s, j);
        if (pre != null) {
            j += pre.length();
            if (j < n && s.charAt(j) == ' ' && !pre.equals("人民币")) {
                j++;
            }
        }
        boolean negative = false;
        if (j < n && minus.indexOf(s.charAt(j)) >= 0) {
            char prev = j > 0 ? s.charAt(j - 1) : ' ';
            if (pre == null && notBeforeMinus.indexOf(prev) >= 0) {
                return null;
            }
            negative = true;
            j++;
        }
        if (j >= n || j > 0 && pre == null && !negative && isNumberChar(s.charAt(j - 1))) {
            return null;
        }
        String arabic = null;
        String han = null;
        String magnitude = null;
        boolean approx = false;
        char c = s.charAt(j);
        if (c >= '0' && c <= '9') {
            int end = arabicEnd(s, j);
            arabic = s.substring(j, end);
            j = end;
            if (j < n && approximate.indexOf(s.charAt(j)) >= 0) {
                approx = true;
                j++;
            }
            magnitude = magnitudes.longestAt(s, j);
            if (magnitude != null) {
                j += magnitude.length();
            }
            if (j < n && approximate.indexOf(s.charAt(j)) >= 0 && !approx) {
                approx = true;
                j++;
            }
        } else if (Numbers.digit(c) >= 0 || Numbers.CHINESE_UNITS.indexOf(c) >= 0) {
            if (j > 0 && indefinite.indexOf(s.charAt(j - 1)) >= 0 && Numbers.CHINESE_UNITS.indexOf(c) >= 0) {
                return null; // 数十万元, 上百万元: several, not a number (but 以上五百万元 is one)
            }
            int end = j;
            while (end < n && end - j < MAX_NUMBER && (Numbers.digit(s.charAt(end)) >= 0 && !(s.charAt(end) >= '0' && s.charAt(end) <= '9')
                    || Numbers.CHINESE_UNITS.indexOf(s.charAt(end)) >= 0)) {
                end++;
            }
            han = s.substring(j, end);
            j = end;
            if (j < n && approximate.indexOf(s.charAt(j)) >= 0) {
                approx = true;
                j++;
            }
        } else {
            return null;
        }
        String english = null;
        if (pre != null) {
            int k = j < n && s.charAt(j) == ' ' ? j + 1 : j;
            english = englishMagnitudes.longestAt(s, k);
            if (english != null && (k + english.length() >= n || !Character.isLetter(s.charAt(k + english.length())))) {
                j = k + english.length();
            } else {
                english = null;
            }
        }
        String cur = after.longestAt(s, j);
        int curStart = j;
        int jiao = -1;
        int fen = -1;
        if (cur != null) {
            j += cur.length();
            if (j + 1 < n && s.charAt(j + 1) == '角' && Numbers.digit(s.charAt(j)) > 0) {
                jiao = Numbers.digit(s.charAt(j));
                j += 2;
            }
            if (j + 1 < n && s.charAt(j + 1) == '分' && Numbers.digit(s.charAt(j)) > 0) {
                fen = Numbers.digit(s.charAt(j));
                j += 2;
            }
            if (j < n && s.charAt(j) == '整') {
                j++;
            }
            if (j + 1 < n && s.charAt(j) == '/') {
                String unit = perUnits.longestAt(s, j + 1);
                if (unit != null) {
                    j += 1 + unit.length();
                }
            }
        }
        return new Read(start, j, pre, cur, arabic, han, magnitude, english, approx, negative, jiao, fen, curStart);
    }

    /** [0-9]{1,3}(,[0-9]{3})+ or [0-9]+, then an optional decimal part. */
    private static int arabicEnd(String s, int j) {
        int n = s.length();
        int k = j;
        while (k < n && k - j < MAX_NUMBER && isDigit(s.charAt(k))) {
            k++;
        }
        if (k - j <= 3) {
            while (k + 3 < n && s.charAt(k) == ',' && isDigit(s.charAt(k + 1)) && isDigit(s.charAt(k + 2)) && isDigit(s.charAt(k + 3))
                    && (k + 4 >= n || !isDigit(s.charAt(k + 4)))) {
                k += 4;
            }
        }
        if (k + 1 < n && s.charAt(k) == '.' && isDigit(s.charAt(k + 1))) {
            k++;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
            }
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A char that, written right before a number, makes it the tail of another number. */
    private static boolean isNumberChar(char c) {
        return Scan.isNumeral(c) || c == '.' || c == ',';
    }

    /** Decides whether what was read is an amount, and its value. */
    private Candidate judge(String s, Read r) {
        if (r.cur() == null && r.pre() == null) {
            return null;
        }
        if (r.han() != null && !containsDigit(r.han()) && r.han().charAt(0) != '十' && r.han().charAt(0) != '拾') {
            return null; // 万元 of a table heading, 亿元 of 超亿元: a magnitude with no number
        }
        if (r.cur() != null && notMoney.longestAt(s, r.curStart()) != null) {
            return null;
        }
        if (r.cur() == null && r.englishMagnitude() == null && "人民币".equals(r.pre()) && r.han() != null) {
            return null;
        }
        if (r.pre() != null && r.cur() != null && !currencyOf.get(r.pre()).equals(currencyOf.get(r.cur())) && !r.pre().equals("人民币")) {
            return null;
        }
        BigDecimal amount = amount(r);
        if (amount == null) {
            return null;
        }
        String currency = currencyOf.get(r.cur() != null ? r.cur() : r.pre());
        boolean approx = r.approximate() || approximateBefore(s, r.start());
        return new Candidate(Entity.MONEY, r.start(), r.end(), new MoneyValue(Numbers.plain(amount), currency, approx ? Boolean.TRUE : null));
    }

    private static boolean containsDigit(String han) {
        for (int i = 0; i < han.length(); i++) {
            if (Numbers.digit(han.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean approximateBefore(String s, int at) {
        for (String w : approximateWords) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    private BigDecimal amount(Read r) {
        BigDecimal v = r.arabic() != null ? Numbers.parse(r.arabic()) : Numbers.parse(r.han());
        if (v == null) {
            return null;
        }
        if (r.magnitude() != null) {
            v = v.multiply(magnitudeOf.get(r.magnitude()));
        }
        if (r.englishMagnitude() != null) {
            v = v.multiply(englishMagnitudeOf.get(r.englishMagnitude()));
        }
        if (r.jiao() > 0) {
            v = v.add(BigDecimal.valueOf(r.jiao()).movePointLeft(1));
        }
        if (r.fen() > 0) {
            v = v.add(BigDecimal.valueOf(r.fen()).movePointLeft(2));
        }
        if (v.signum() == 0) {
            return null;
        }
        return r.negative() ? v.negate() : v;
    }

    /** 5万至10万元, 7、8万元: the first end takes the currency, and the magnitude when it has none. */
    private Candidate rangeHead(String s, Read r, String currency) {
        int markAt = r.start() - 1;
        if (markAt < 1 || range.indexOf(s.charAt(markAt)) < 0) {
            return null;
        }
        int end = markAt;
        int k = end;
        boolean approx = false;
        if (approximate.indexOf(s.charAt(k - 1)) >= 0) {
            approx = true;
            k--;
        }
        String magnitude = null;
        for (int len = 2; len >= 1; len--) {
            if (k - len >= 0 && magnitudeOf.containsKey(s.substring(k - len, k))) {
                magnitude = s.substring(k - len, k);
                k -= len;
                break;
            }
        }
        int numberEnd = k;
        while (k > 0 && numberEnd - k < MAX_NUMBER && (isDigit(s.charAt(k - 1)) || s.charAt(k - 1) == '.' || s.charAt(k - 1) == ','
                || magnitude == null && Numbers.digit(s.charAt(k - 1)) >= 0)) {
            k--;
        }
        if (k == numberEnd || k > 0 && isNumberChar(s.charAt(k - 1))) {
            return null;
        }
        String number = s.substring(k, numberEnd);
        if (number.startsWith(",") || number.startsWith(".")) {
            return null;
        }
        BigDecimal v = Numbers.parse(number);
        String mag = magnitude != null ? magnitude : r.magnitude();
        if (v == null || v.signum() == 0) {
            return null;
        }
        if (mag != null) {
            v = v.multiply(magnitudeOf.get(mag));
        }
        approx = approx || approximateBefore(s, k);
        return new Candidate(Entity.MONEY, k, end, new MoneyValue(Numbers.plain(v), currency, approx ? Boolean.TRUE : null));
    }
}
