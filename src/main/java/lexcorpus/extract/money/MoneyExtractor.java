package lexcorpus.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.extract.Trie;
import lexcorpus.extract.number.Numeral;
import lexcorpus.extract.number.NumeralReader;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.MoneyValue;
import lexcorpus.reference.currencies.Currencies;

/**
 * Finds amounts of money: [currency] [minus] numeral [currency] [fractional units] [整] [/unit], the numeral read by
 * the shared grammar ({@link NumeralReader#AMOUNT}), the currencies from the ISO 4217 table and the words texts name
 * them by ({@link Currencies}), the units that are also ordinary words (元, 块) and the words that make them
 * something else (元旦, 三元里) from {@code money/}; and the first member of a range or list, which takes the unit
 * and the magnitude the last one states ({@code 7、8万元}, {@code 三、四百万元}). Each amount is read left to right in
 * one bounded pass, so the time is linear in the text. Thread-safe: tables are loaded once.
 */
public final class MoneyExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/money/";
    /** Every amount holds a currency char within this many chars of its start. */
    private static final int WINDOW = 48;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final Currencies currencies = Currencies.shared();
    private final Trie before;
    private final Trie after;
    private final Map<String, String> codeOf = new HashMap<>();
    private final Set<String> latin = new HashSet<>();
    /** Units of the yuan that are also ordinary words, with the chars that may follow them ("" for any). */
    private final Map<String, String> units = new HashMap<>();
    private final Trie subunitWords;
    private final Map<String, Currencies.Subunit> subunitOf = new HashMap<>();
    private final Trie notMoney;
    private final Map<String, String> notMoneyUnless;
    private final Trie englishMagnitudes;
    private final Map<String, BigDecimal> englishMagnitudeOf = new HashMap<>();
    private final Trie perUnits;
    private final List<String> approximateBefore = new ArrayList<>();
    private final Trie approximateAfter;
    private final List<String> rangeMarks;
    private final List<String> changeVerbs;
    private final String listMarks;
    private final String minus;
    private final String notBeforeMinus;
    private final String indefinite;
    private final String connectors;
    private final String notAfterPrefixed;
    private final String loneDigitFollowers;
    /** The digits a number written in one Chinese char may be: 三元 and the financial 陆元 (in 陆元清, a name). */
    private static final String LONE_DIGITS = "一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾";
    private final boolean[] startChars;
    private final boolean[] neededChars;
    /** First chars of the words that may follow an amount (currencies and units). */
    private final boolean[] afterChars;
    /** The length of the longest of those words. */
    private final int longestWord;
    private final List<String> countedByKuai;

    public MoneyExtractor() {
        List<String> beforeWords = new ArrayList<>();
        List<String> afterWords = new ArrayList<>();
        StringBuilder starts = new StringBuilder();
        StringBuilder needed = new StringBuilder();
        for (Currencies.Name n : currencies.names()) {
            codeOf.put(n.word(), n.code());
            beforeWords.add(n.word());
            starts.append(n.word().charAt(0));
            if (!n.beforeOnly()) {
                afterWords.add(n.word());
            }
            if (n.kind().equals("code") || n.kind().equals("sign") && Character.isLetter(n.word().charAt(0))) {
                latin.add(n.word());
            }
            needed.append(n.word().charAt(0)).append(n.word().charAt(n.word().length() - 1));
        }
        for (String[] row : Resources.rows(DIR + "units.tsv")) {
            units.put(row[0], row[2].equals("-") ? "" : row[2]);
            codeOf.put(row[0], row[1]);
            afterWords.add(row[0]);
            needed.append(row[0].charAt(0)).append(row[0].charAt(row[0].length() - 1));
        }
        before = new Trie(beforeWords);
        after = new Trie(afterWords);
        StringBuilder afterFirst = new StringBuilder();
        afterWords.forEach(w -> afterFirst.append(w.charAt(0)));
        afterChars = Scan.table(afterFirst.toString());
        longestWord = afterWords.stream().mapToInt(String::length).max().orElse(1);
        countedByKuai = Resources.list(DIR + "counted_by_kuai.tsv");
        for (Currencies.Subunit u : currencies.subunits()) {
            subunitOf.put(u.word(), u);
        }
        subunitWords = new Trie(subunitOf.keySet());
        Map<String, String> notMoneyWords = new HashMap<>();
        for (String[] row : Resources.rows(DIR + "not_money.tsv")) {
            notMoneyWords.put(row[0].strip(), row.length > 1 ? row[1].strip() : "");
        }
        notMoney = new Trie(notMoneyWords.keySet());
        notMoneyUnless = notMoneyWords;
        Resources.map(DIR + "english_magnitudes.tsv").forEach((w, f) -> englishMagnitudeOf.put(w, new BigDecimal(f)));
        englishMagnitudes = new Trie(englishMagnitudeOf.keySet());
        perUnits = new Trie(Resources.list(DIR + "per_units.tsv"));
        List<String> afterApproximate = new ArrayList<>();
        for (String[] row : Resources.rows(DIR + "approximate.tsv")) {
            (row[1].strip().equals("after") ? afterApproximate : approximateBefore).add(row[0].strip());
        }
        approximateBefore.sort(Comparator.comparingInt(String::length).reversed());
        approximateAfter = new Trie(afterApproximate);
        Map<String, String> marks = Resources.map(DIR + "marks.tsv");
        rangeMarks = Arrays.asList(marks.get("range").split(" "));
        changeVerbs = Arrays.asList(marks.get("change").split(" "));
        listMarks = marks.get("list");
        minus = marks.get("minus");
        notBeforeMinus = marks.get("not_before_minus");
        indefinite = marks.get("indefinite");
        connectors = marks.get("connector");
        notAfterPrefixed = marks.get("not_after_prefixed");
        loneDigitFollowers = marks.get("lone_digit_followers");
        startChars = Scan.table(starts + minus);
        neededChars = Scan.table(needed.toString());
    }

    @Override
    public String type() {
        return Entity.MONEY;
    }

    /** An amount as read: where its parts are, before it is judged. */
    private record Read(int start, int end, String pre, Numeral number, String cur, int curStart, String englishMagnitude,
                        BigDecimal fraction, boolean negative, String per) {
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
            if (r.pre() == null && !r.negative()) {
                Candidate head = firstMember(s, r, (MoneyValue) found.value());
                if (head != null) {
                    out.add(head);
                }
            }
            i = r.end();
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Reads the grammar at {@code start}; null when no amount can stand there. */
    private Read read(String s, int start) {
        int n = s.length();
        int j = start;
        String pre = before.longestAt(s, j);
        if (pre != null) {
            if (latin.contains(pre) && j > 0 && isLatinLetter(s.charAt(j - 1))) {
                return null; // XUSD: inside a word
            }
            j += pre.length();
            if (j < n && s.charAt(j) == ' ') {
                j++;
            }
        }
        boolean negative = false;
        if (j < n && minus.indexOf(s.charAt(j)) >= 0) {
            char prev = j > 0 ? s.charAt(j - 1) : ' ';
            if (pre == null && (NumeralReader.isNumeralChar(prev) || isLatinLetter(prev) || notBeforeMinus.indexOf(prev) >= 0)) {
                return null; // a dash or a subtraction: 1万-5万元, 239477.80元-107000元
            }
            negative = true;
            j++;
        }
        if (j >= n || !NumeralReader.canStart(s.charAt(j))) {
            return null;
        }
        if (pre == null && !negative && j > 0 && isNumberChar(s.charAt(j - 1))) {
            return null; // the tail of another number
        }
        if (pre == null && !unitMayFollow(s, j)) {
            return null; // with no currency before it, an amount needs one after it
        }
        Numeral num = NumeralReader.AMOUNT.read(s, j);
        if (num == null || num.form() == Numeral.Form.DIGITS) {
            return null;
        }
        if (indefinite(s, j)) {
            return null;
        }
        if (pre != null && num.grouped() && commas(s, num.start(), num.end()) == 1 && after.longestAt(s, num.end()) != null) {
            // $20，300美圆: with a currency on either side one full-width comma opens a clause (two amounts);
            // 82，225.00元 and 人民币3，450，000元 (two groups) group digits
            num = NumeralReader.AMOUNT_CLAUSE_COMMA.read(s, j);
        }
        j = num.end();
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
        int curStart = j;
        String cur = after.longestAt(s, j);
        if (cur == null && j + 1 < n && s.charAt(j) == ' ') {
            String code = after.longestAt(s, j + 1);
            if (code != null && latin.contains(code)) {
                cur = code; // 100 USD
                curStart = j + 1;
            }
        }
        if (cur != null && latin.contains(cur) && curStart + cur.length() < n && isLatinLetter(s.charAt(curStart + cur.length()))) {
            cur = null; // 100 USDT
        }
        BigDecimal fraction = BigDecimal.ZERO;
        String per = null;
        if (cur != null) {
            j = curStart + cur.length();
            if (units.containsKey(cur)) {
                int[] taken = new int[1];
                String named = acrossBreak(after, s, j, taken);
                if (named != null && !units.containsKey(named) && !latin.contains(named)) {
                    cur = s.substring(curStart, j) + named; // 三万元欧元, 9000元日币, 8亿元人民币: the second word names it
                    j += taken[0];
                }
            }
            String code = codeOf(cur);
            int k = j;
            for (int round = 0; round < 2 && k < n; round++) {
                int m = k < n && connectors.indexOf(s.charAt(k)) >= 0 ? k + 1 : k;
                Numeral small = NumeralReader.INTEGER.read(s, m);
                if (small == null || small.intValue() < 1 || small.intValue() > 99) {
                    break;
                }
                String unit = subunitWords.longestAt(s, small.end());
                Currencies.Subunit sub = unit == null ? null : subunitOf.get(unit);
                int after = small.end() + (unit == null ? 0 : unit.length());
                if (sub == null || !sub.code().equals(code) || after < n && "钟之".indexOf(s.charAt(after)) >= 0) {
                    break; // 10分钟, 3分之1 are not fen
                }
                fraction = fraction.add(sub.worth().multiply(BigDecimal.valueOf(small.intValue())));
                k = small.end() + unit.length();
                j = k;
            }
            if (fraction.signum() == 0 && cur.equals("块") && j < n) {
                Numeral small = NumeralReader.INTEGER.read(s, j);
                if (small != null && small.length() == 1 && small.intValue() >= 1 && small.intValue() <= 9
                        && (small.end() >= n || !isHan(s.charAt(small.end())) && !isNumberChar(s.charAt(small.end())))) {
                    fraction = BigDecimal.valueOf(small.intValue()).movePointLeft(1); // 三块五: five jiao
                    j = small.end();
                }
            }
            if (j < n && s.charAt(j) == '钱' && "CNY".equals(code)) {
                j++; // 五块钱 is one word; 三毛钱, 五分钱
            }
            if (j < n && s.charAt(j) == '整') {
                j++;
            }
            if (j + 1 < n && s.charAt(j) == '/') {
                String unit = perUnits.longestAt(s, j + 1);
                if (unit != null) {
                    per = unit;
                    j += 1 + unit.length();
                }
            }
        }
        return new Read(start, j, pre, num, cur, curStart, english, fraction, negative, per);
    }

    /**
     * Whether a currency or unit word may start where a numeral read at {@code at} ends: some char up to the first
     * one that no numeral holds can start one. Cheaper than reading the numeral, which most numerals of a text
     * (第三条, 2024年) would not need.
     */
    private boolean unitMayFollow(String s, int at) {
        int limit = Math.min(s.length(), at + NumeralReader.AMOUNT.extent());
        for (int q = at + 1; q < limit; q++) {
            char c = s.charAt(q);
            if (afterChars[c]) {
                return true;
            }
            if (!NumeralReader.mayHold(c)) {
                return false;
            }
        }
        return limit < s.length() && afterChars[s.charAt(limit)];
    }

    /**
     * The longest word of {@code words} at {@code at}, also where a converter broke the line inside it (元港⏎币);
     * {@code taken[0]} is set to the chars it takes in the text, the line break included.
     */
    private String acrossBreak(Trie words, String s, int at, int[] taken) {
        String w = words.longestAt(s, at);
        int limit = Math.min(s.length(), at + longestWord);
        for (int b = at + 1; b < limit; b++) {
            if (s.charAt(b) == '\n') {
                String joined = s.substring(at, b) + s.substring(b + 1, Math.min(s.length(), b + longestWord));
                String x = words.longestAt(joined, 0);
                if (x != null && x.length() > b - at && (w == null || x.length() > w.length())) {
                    taken[0] = x.length() + 1;
                    return x;
                }
                break;
            }
        }
        taken[0] = w == null ? 0 : w.length();
        return w;
    }

    /** Decides whether what was read is an amount, and its value. */
    private Candidate judge(String s, Read r) {
        int n = s.length();
        Numeral num = r.number();
        if (r.cur() == null) {
            if (r.pre() == null) {
                return null;
            }
            int e = r.end();
            if (e < n && (notAfterPrefixed.indexOf(s.charAt(e)) >= 0 || isLatinLetter(s.charAt(e)) || Character.isDigit(s.charAt(e)))) {
                return null; // 美元2024年, $5个
            }
            if (!latin.contains(r.pre()) && !isSign(r.pre()) && num.form() == Numeral.Form.CHINESE && r.englishMagnitude() == null) {
                return null; // a currency's name before a Chinese numeral with no unit after: not an amount as written
            }
        } else if (!moneyAfterAll(s, r)) {
            return null;
        }
        String preCode = r.pre() == null ? null : codeOf.get(r.pre());
        String curCode = r.cur() == null || units.containsKey(r.cur()) ? null : codeOf(r.cur());
        String currency;
        if (curCode != null && preCode != null && !curCode.equals(preCode)) {
            if (!preCode.equals("CNY")) {
                return null; // two currencies named for one number
            }
            currency = curCode;
        } else if (curCode != null) {
            currency = curCode;
        } else if (preCode != null) {
            currency = preCode; // 港币30万元, 美元50,000元: 元 is the unit of the currency named before
        } else {
            currency = codeOf.get(r.cur());
        }
        BigDecimal v = num.value();
        if (r.englishMagnitude() != null) {
            v = v.multiply(englishMagnitudeOf.get(r.englishMagnitude()));
        }
        v = v.add(r.fraction());
        if (v.signum() == 0) {
            return null;
        }
        if (r.negative()) {
            v = v.negate();
        }
        boolean approx = num.approximate() || approximateBefore(s, r.start()) || approximateAfter.longestAt(s, r.end()) != null;
        return new Candidate(Entity.MONEY, r.start(), r.end(), new MoneyValue(Numbers.plain(v), currency, approx ? Boolean.TRUE : null,
                r.per()));
    }

    /** The currency code of a word read after the amount (a unit and the currency word after it: the latter's). */
    private String codeOf(String cur) {
        String code = codeOf.get(cur);
        if (code != null) {
            return code;
        }
        for (String u : units.keySet()) {
            if (cur.startsWith(u) && codeOf.containsKey(cur.substring(u.length()))) {
                return codeOf.get(cur.substring(u.length()));
            }
        }
        return null;
    }

    /**
     * Whether a currency word that is also an ordinary word stands as money here: not the first char of a word that
     * makes it something else (元旦, 二元结构, 三元里), 块 only before chars a price may have after it (三块牌子 is
     * not money), and 日元 not right after a month's day (1月1日元旦 is a date).
     */
    private boolean moneyAfterAll(String s, Read r) {
        int n = s.length();
        String cur = r.cur();
        Numeral num = r.number();
        if (units.containsKey(cur) || cur.charAt(0) == '日') {
            // a unit of the yuan, or 日元 (24日元宵): the word it may begin is checked at its last char
            int at = r.curStart() + (units.containsKey(cur) ? 0 : cur.length() - 1);
            String w = notMoney.longestAt(s, at);
            if (w != null) {
                String unless = notMoneyUnless.get(w);
                int after = at + w.length();
                if (unless.isEmpty() || after >= n || unless.indexOf(s.charAt(after)) < 0) {
                    return false;
                }
            }
        }
        if (cur.equals("块") && r.fraction().signum() == 0 && endsInCounted(s, r.start())) {
            return false; // 瓷砖3块: the number counts the tiles
        }
        String followers = units.get(cur);
        if (followers != null && !followers.isEmpty() && r.fraction().signum() == 0) {
            int after = r.curStart() + cur.length();
            char c = after < n ? s.charAt(after) : ' ';
            if (isHan(c) && followers.indexOf(c) < 0 && !NumeralReader.canStart(c)) {
                return false;
            }
        }
        if ("".equals(followers) && r.curStart() == num.start() + 1 && LONE_DIGITS.indexOf(s.charAt(num.start())) >= 0) {
            int after = r.curStart() + cur.length();
            if (after < n && isHan(s.charAt(after)) && loneDigitFollowers.indexOf(s.charAt(after)) < 0) {
                return false; // 三元催化器, 两元店: the digit and 元 begin a word
            }
        }
        if (cur.charAt(0) == '日' && num.isInteger() && num.intValue() >= 1 && num.intValue() <= 31 && num.start() > 0
                && s.charAt(num.start() - 1) == '月') {
            return false;
        }
        return true;
    }

    /** A thing counted with 块 ({@code money/counted_by_kuai.tsv}) ends right before {@code at}. */
    private boolean endsInCounted(String s, int at) {
        for (String w : countedByKuai) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** 数十万元, 几十万块, 上十万: a numeral that starts with 十 after a word that makes it "some tens". */
    private boolean indefinite(String s, int at) {
        char c = s.charAt(at);
        if (at == 0 || c != '十' && c != '拾') {
            return false;
        }
        char prev = s.charAt(at - 1);
        return indefinite.indexOf(prev) >= 0 && !(prev == '上' && at > 1 && s.charAt(at - 2) == '以');
    }

    private boolean approximateBefore(String s, int at) {
        for (String w : approximateBefore) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first member of a range or list whose last member {@code r} states the unit: {@code 5万至10万元},
     * {@code 7、8万元}, {@code 三、四百万元}, {@code 十八至三十万日元}. It takes the currency, and the magnitude when it
     * has none: a single digit before a number of one significant digit takes its order ({@code 三、四百万} → 3000000),
     * any other number the magnitude words the last member ends in ({@code 十八至三十万} → 180000) unless that would
     * make a range's first end the greater ({@code 8500到3万}: 8500).
     */
    private Candidate firstMember(String s, Read r, MoneyValue second) {
        int at = r.start();
        String mark = null;
        for (String m : rangeMarks) {
            if (at >= m.length() && s.startsWith(m, at - m.length())) {
                mark = m;
                break;
            }
        }
        boolean list = mark == null && at > 0 && listMarks.indexOf(s.charAt(at - 1)) >= 0;
        if (mark == null && !list) {
            return null;
        }
        int end = at - (list ? 1 : mark.length());
        boolean change = false; // 由3.2万亿增长至4.8万亿元: a change from an amount to another, in its unit
        if (mark != null && (mark.equals("至") || mark.equals("到"))) {
            for (String verb : changeVerbs) {
                if (end >= verb.length() && s.startsWith(verb, end - verb.length())) {
                    end -= verb.length();
                    change = true;
                    break;
                }
            }
        }
        int from = end;
        while (from > 0 && end - from < 48 && (NumeralReader.isNumeralChar(s.charAt(from - 1)) && s.charAt(from - 1) != '，')) {
            from--;
        }
        Numeral first = null;
        for (int k = from; k < end && first == null; k++) {
            Numeral f = NumeralReader.canStart(s.charAt(k)) ? NumeralReader.AMOUNT.read(s, k) : null;
            if (f != null && f.end() == end && f.form() != Numeral.Form.DIGITS && (k == 0 || !isNumberChar(s.charAt(k - 1)))) {
                first = f;
            }
        }
        if (first == null || first.value().signum() == 0 || indefinite(s, first.start())) {
            return null;
        }
        if (change && (first.start() == 0 || "从由".indexOf(s.charAt(first.start() - 1)) < 0)) {
            return null; // a change verb joins the two only after 从 or 由 opens the first
        }
        Numeral last = r.number();
        BigDecimal v = first.value();
        if (first.magnitude().compareTo(BigDecimal.ONE) == 0) {
            BigDecimal lastValue = last.value().stripTrailingZeros();
            boolean digit = first.length() == 1 && first.isInteger() && v.compareTo(TEN) < 0;
            BigDecimal scaled;
            if (digit && lastValue.scale() <= 0 && lastValue.unscaledValue().abs().compareTo(java.math.BigInteger.TEN) < 0) {
                scaled = v.scaleByPowerOfTen(-lastValue.scale()); // 三、四百万: 四百万 is 4 × 10⁶
            } else {
                scaled = v.multiply(last.magnitude());
            }
            v = list || scaled.compareTo(last.value()) <= 0 ? scaled : v;
        }
        if (r.englishMagnitude() != null) {
            v = v.multiply(englishMagnitudeOf.get(r.englishMagnitude()));
        }
        boolean approx = first.approximate() || approximateBefore(s, first.start());
        return new Candidate(Entity.MONEY, first.start(), end, new MoneyValue(Numbers.plain(v), second.currency(),
                approx ? Boolean.TRUE : null, second.per()));
    }

    /** The full-width commas in [from, to). */
    private static int commas(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '，') {
                n++;
            }
        }
        return n;
    }

    /** A char that, written right before a number, makes it the tail of another number. */
    private static boolean isNumberChar(char c) {
        return Scan.isNumeral(c) || c == '.' || c == ',';
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    private boolean isSign(String w) {
        return w.codePoints().noneMatch(Character::isLetter) || w.endsWith("$");
    }
}
