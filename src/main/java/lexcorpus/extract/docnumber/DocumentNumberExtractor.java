package lexcorpus.extract.docnumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.extract.Serials;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.DocumentNumberValue;
import lexcorpus.text.Normalizer;

/**
 * Finds official document numbers (文号): an issuer code, a bracketed year, a serial and 号 ({@code 国发〔2024〕1号},
 * {@code 兰政地字（1997）第42号}), the year first ({@code （1997）兰政字第6号}, {@code 〔2005〕京国证民字第12693号}), a
 * code split by the year ({@code 闸劳仲（2006）办字第810号} → 闸劳仲办字), a 字 code with no year ({@code 兰国用字第1号}),
 * and decrees ({@code 国务院令第813号}). The issuer code is read leftwards from the bracket up to a word that ends
 * it or an issuer's name written before it ({@code 财政部财企〔2009〕26号} → 财企). Court case numbers of the same
 * shape are the case number finder's (the overlap policy gives them the text). Thread-safe.
 */
public final class DocumentNumberExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/docnumber/";
    /** The longest issuer code read leftwards, in chars; a longer run names no code. */
    private static final int MAX_CODE = 12;
    private static final int WINDOW = 16;
    private final Pattern bracketed;
    private final Pattern noYear;
    private final Pattern decree;
    private final Pattern yearly;
    private final Pattern notAfterBare;
    private final List<String> stops = new ArrayList<>();
    private final List<String> issuers = new ArrayList<>();
    private final List<String> wholes = new ArrayList<>();

    public DocumentNumberExtractor() {
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv");
        bracketed = Pattern.compile(p.get("bracketed"));
        noYear = Pattern.compile(p.get("no_year"));
        decree = Pattern.compile(p.get("decree"));
        yearly = Pattern.compile(p.get("yearly"));
        notAfterBare = Pattern.compile(p.get("not_after_bare"));
        for (String[] r : Resources.rows(DIR + "code_words.tsv")) {
            switch (r[0]) {
                case "stop" -> stops.add(r[1]);
                case "issuer" -> issuers.add(r[1]);
                case "whole" -> wholes.add(r[1]);
                default -> throw new IllegalStateException(DIR + "code_words.tsv: unknown kind " + r[0]);
            }
        }
    }

    @Override
    public String type() {
        return Entity.DOCUMENT_NUMBER;
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        Scan.each(bracketed, s, OPEN, m -> {
            int year = Integer.parseInt(m.group("year"));
            String after = m.group("code");
            boolean named = named(s, m.start());
            int left = codeStart(s, m.start(), named);
            String before = left < 0 ? null : s.substring(left, m.start());
            if (notAfterBare.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 1)).lookingAt()) {
                return; // （2016）1号楼, …（2016）3号地块: a building or a plot, not a document
            }
            if (after == null) {
                String kind = named && before != null && before.endsWith("令") ? "decree" : "document";
                emit(out, s, m, before == null ? m.start() : left, before, year, kind); // 中国人民银行令〔2019〕第3号
            } else if (before != null && after.length() <= 2) {
                emit(out, s, m, left, before + after, year, "document"); // 闸劳仲（2006）办字第810号
            } else {
                emit(out, s, m, m.start(), after, year, "document"); // （1997）兰政字第6号: from the bracket
            }
        });
        Scan.each(noYear, s, ZI, m -> {
            int left = codeStart(s, m.start());
            if (left >= 0 && m.start() - left >= 2) {
                emit(out, s, m, left, s.substring(left, m.start() + 1), null, "document");
            }
        });
        Scan.each(decree, s, LING, m -> {
            int left = codeStart(s, m.start(), true);
            if (left < 0 || m.start() - left < 2) {
                return;
            }
            String code = s.substring(left, m.start() + 1);
            if (m.group("cn") != null) {
                Integer n = Numbers.parseInt(m.group("cn"));
                if (n != null) {
                    out.add(new Candidate(Entity.DOCUMENT_NUMBER, left, m.end(), DocumentNumberValue.found(code, null, n, null, "decree")));
                }
                return;
            }
            emit(out, s, m, left, code, null, "decree");
        });
        Scan.each(yearly, s, NAMED, m -> {
            int left = codeStart(s, m.start(), true);
            if (left < 0 || m.start() - left < 2) {
                return; // the word alone, no issuer named before it
            }
            String word = m.group("word");
            emit(out, s, m, left, s.substring(left, m.start()) + word, Integer.parseInt(m.group("year")),
                    "令".equals(word) ? "decree" : "document");
        });
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** The words a decree or an announcement is numbered after, its issuer's name written before them. */
    private static final String[] NAMED_WORDS = {"令", "公告"};

    /** Whether the code that ends at {@code at} ends in 令 or 公告: then the issuer's name is part of it. */
    private static boolean named(String s, int at) {
        for (String w : NAMED_WORDS) {
            if (at >= w.length() && s.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    private static final boolean[] OPEN = Scan.table("（(〔[【\\");
    private static final boolean[] ZI = Scan.table("字");
    private static final boolean[] LING = Scan.table("令");
    private static final boolean[] NAMED = Scan.table("令公");

    /** One entity per serial; the first spans from {@code start}. */
    private static void emit(List<Candidate> out, String s, Matcher m, int start, String code, Integer year, String kind) {
        for (Serials.Serial serial : Serials.read(s, start, m.start("serials"), m.end("serials"), m.end(), null)) {
            out.add(new Candidate(Entity.DOCUMENT_NUMBER, serial.start(), serial.end(),
                    DocumentNumberValue.found(code, year, serial.number(), serial.prefix(), kind)));
        }
    }

    /**
     * Where a bracket of one to three Han chars that closes at {@code close - 1} opens, when a Han char stands
     * before it (a part of a code: 京公（海）行罚决字); else -1.
     */
    private static int bracketInCode(String s, int close) {
        int i = close - 2;
        while (i >= 0 && close - 1 - i <= 4 && Normalizer.isHan(s.charAt(i))) {
            i--;
        }
        if (i >= 0 && i < close - 2 && (s.charAt(i) == '（' || s.charAt(i) == '(') && i > 0 && Normalizer.isHan(s.charAt(i - 1))) {
            return i;
        }
        return -1;
    }

    /**
     * Where the issuer code that ends at {@code at} starts, or -1 when none is written: the Han chars before
     * {@code at}, after the last word that ends a code on its left and after an issuer's name written before it.
     */
    int codeStart(String s, int at) {
        return codeStart(s, at, false);
    }

    /**
     * As {@link #codeStart(String, int)}; a {@code named} code (one ending in 令 or 公告) keeps the issuer's name
     * before its word (国家税务总局公告, 中国人民银行令), so no issuer's name ends it on the left.
     */
    int codeStart(String s, int at, boolean named) {
        int from = at;
        while (from > 0 && at - from < WINDOW) {
            char c = s.charAt(from - 1);
            if (Normalizer.isHan(c)) {
                from--;
            } else if ((c == '）' || c == ')') && bracketInCode(s, from) >= 0) {
                from = bracketInCode(s, from); // 京公（海）行罚决字: a bracketed part of the code
            } else {
                break;
            }
        }
        if (from == at) {
            return -1;
        }
        String run = s.substring(from, at);
        String masked = run;
        for (String w : wholes) {
            masked = masked.replace(w, "\u3007".repeat(w.length())); // read as one word: no stop or issuer's end inside it
        }
        int cut = 0;
        for (String w : stops) {
            int i = masked.lastIndexOf(w);
            if (i >= 0) {
                cut = Math.max(cut, i + w.length());
            }
        }
        for (String w : named ? List.<String>of() : issuers) {
            for (int i = masked.lastIndexOf(w); i >= 0; i = i == 0 ? -1 : masked.lastIndexOf(w, i - 1)) {
                int end = i + w.length();
                if (run.length() - end >= 2) {
                    cut = Math.max(cut, end);
                    break;
                }
            }
        }
        int code = run.length() - cut;
        if (code == 0 || code > (named ? WINDOW - 1 : MAX_CODE) || code == run.length() && at - from >= WINDOW) {
            return -1; // nothing left, or a run too long to be one code and with nothing to end it
        }
        return from + cut;
    }
}
