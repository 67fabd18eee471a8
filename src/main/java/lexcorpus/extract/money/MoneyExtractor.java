package lexcorpus.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.MoneyValue;

/**
 * Finds amounts of money: a number with a currency word or sign, with magnitudes (万, 亿), 余/多,
 * 角/分, 整, a price per unit, and the first end of a range or list that shares the second's unit.
 * Thread-safe: patterns and tables are loaded once.
 */
public final class MoneyExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/money/";
    private final Pattern pattern;
    private final Pattern rangeHead;
    private final Map<String, String> currencyOf;
    private final List<String> notMoney;
    private final List<String> approximateWords;

    public MoneyExtractor() {
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv");
        currencyOf = new java.util.HashMap<>();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (String[] row : Resources.rows(DIR + "currencies.tsv")) {
            currencyOf.put(row[0], row[1]);
            if (!row[2].equals("after")) {
                before.add(row[0]);
            }
            if (!row[2].equals("before")) {
                after.add(row[0]);
            }
        }
        String units = alternation(Resources.list(DIR + "per_units.tsv"));
        String regex = "(?<pre>" + alternation(before) + ")?"
                + "(?<![0-9.,零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟])" + p.get("number")
                + "(?<emag>" + p.get("english_magnitude") + ")?"
                + "(?<cur>" + alternation(after) + ")?"
                + "(?:(?<jiao>[0-9一二三四五六七八九])角)?(?:(?<fen>[0-9一二三四五六七八九])分)?"
                + "(?<zheng>整)?"
                + "(?<per>/(?:" + units + "))?";
        pattern = Pattern.compile(regex);
        rangeHead = Pattern.compile(p.get("range_head"));
        notMoney = Resources.list(DIR + "not_money.tsv");
        approximateWords = Resources.list(DIR + "approximate.tsv");
    }

    /** A regex alternation of literal words, longest first so that 元人民币 wins over 元. */
    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public String type() {
        return Entity.MONEY;
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        Matcher m = pattern.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            from = m.end() > m.start() ? m.end() : m.start() + 1;
            String pre = m.group("pre");
            String cur = m.group("cur");
            if (cur == null && pre == null) {
                continue;
            }
            String han = m.group("han");
            if (han != null && !containsDigit(han) && han.charAt(0) != '十' && han.charAt(0) != '拾') {
                continue; // 万元 of a table heading, 亿元 of 超亿元: a magnitude with no number
            }
            if (cur != null && notMoney.stream().anyMatch(w -> s.startsWith(w, m.start("cur")))) {
                continue;
            }
            if (cur == null && m.group("emag") == null && pre != null && pre.equals("人民币") && m.group("han") != null) {
                continue;
            }
            String currency = currencyOf.get(cur != null ? cur : pre);
            if (pre != null && cur != null && !currencyOf.get(pre).equals(currencyOf.get(cur)) && !pre.equals("人民币")) {
                continue;
            }
            BigDecimal amount = amount(m);
            if (amount == null) {
                continue;
            }
            int end = m.end();
            boolean approx = m.group("approx1") != null || m.group("approx2") != null || m.group("approx3") != null
                    || approximateBefore(s, m.start());
            out.add(new Candidate(Entity.MONEY, m.start(), end, new MoneyValue(Numbers.plain(amount), currency, approx ? Boolean.TRUE : null)));
            if (pre == null) {
                Candidate head = rangeHead(s, m, currency);
                if (head != null) {
                    out.add(head);
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
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

    private static BigDecimal amount(Matcher m) {
        String number = m.group("arabic") != null ? m.group("arabic") + (m.group("mag") == null ? "" : m.group("mag")) : m.group("han");
        BigDecimal v = Numbers.parse(number);
        if (v == null || v.signum() == 0 && m.group("jiao") == null && m.group("fen") == null) {
            return null;
        }
        String emag = m.group("emag");
        if (emag != null) {
            String e = emag.strip();
            v = v.multiply(switch (e) {
                case "million", "mn" -> BigDecimal.valueOf(1_000_000L);
                case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000L);
                default -> BigDecimal.valueOf(1000L);
            });
        }
        if (m.group("jiao") != null) {
            v = v.add(BigDecimal.valueOf(Numbers.digit(m.group("jiao").charAt(0))).movePointLeft(1));
        }
        if (m.group("fen") != null) {
            v = v.add(BigDecimal.valueOf(Numbers.digit(m.group("fen").charAt(0))).movePointLeft(2));
        }
        if (m.group("sign") != null) {
            v = v.negate();
        }
        return v;
    }

    /** 5万至10万元, 7、8万元: the first end takes the currency, and the magnitude if it has none. */
    private Candidate rangeHead(String s, Matcher m, String currency) {
        int start = m.start();
        String window = s.substring(Math.max(0, start - 24), start);
        Matcher h = rangeHead.matcher(window);
        if (!h.find()) {
            return null;
        }
        String mag = h.group("hmag") != null ? h.group("hmag") : (m.group("mag") != null ? m.group("mag") : "");
        BigDecimal v = Numbers.parse(h.group("hnum") + mag);
        if (v == null || v.signum() == 0) {
            return null;
        }
        int headStart = start - window.length() + h.start();
        int headEnd = start - h.group("hmark").length();
        boolean approx = h.group("happrox") != null || approximateBefore(s, headStart);
        return new Candidate(Entity.MONEY, headStart, headEnd, new MoneyValue(Numbers.plain(v), currency, approx ? Boolean.TRUE : null));
    }
}
