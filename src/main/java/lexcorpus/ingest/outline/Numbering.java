package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Resources;
import lexcorpus.extract.number.Numbers;
import lexcorpus.text.Normalizer;

/**
 * Reads the numbering label that opens a line ({@code 一、} {@code （一）} {@code 1.} {@code 1.1} {@code （1）}
 * {@code ①} {@code 第一章} {@code PART 01} {@code 01}): its scheme, ordinal and the title after it. The schemes
 * are in {@code numbering.tsv}; a pattern is tried only on a line whose first char can start it. Thread-safe.
 */
final class Numbering {
    /** Lines longer than this are paragraphs, whatever they start with. */
    static final int MAX_LINE = 160;

    /**
     * A label: {@code scheme} names how it is written (one name per unit for 第N章/第N节, per depth for 1.2.3),
     * {@code title} the rest of the line as written, from {@code titleStart}.
     */
    record Label(String scheme, int ordinal, String title, int titleStart) {
        boolean titleOnNextLine() {
            return title.isEmpty();
        }
    }

    private record Scheme(String name, boolean[] first, Pattern pattern) {
    }

    private final List<Scheme> schemes = new ArrayList<>();
    private final boolean[] anyFirst = new boolean[Character.MAX_VALUE + 1];

    Numbering(String resource) {
        for (String[] row : Resources.rows(resource)) {
            if (row.length < 3) {
                throw new IllegalStateException(resource + ": a row needs scheme, first chars and pattern: " + String.join("\t", row));
            }
            boolean[] first = new boolean[Character.MAX_VALUE + 1];
            for (int i = 0; i < row[1].length(); i++) {
                first[row[1].charAt(i)] = true;
                anyFirst[row[1].charAt(i)] = true;
            }
            schemes.add(new Scheme(row[0].strip(), first, Pattern.compile(row[2])));
        }
    }

    /** Whether a label can start with {@code c} (a clean char: full-width forms folded). */
    boolean mayStart(char c) {
        return anyFirst[c];
    }

    /** The label opening {@code line} (as written, stripped), or null. */
    Label parse(String line) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        char c = Normalizer.fold(line.charAt(0));
        if (!anyFirst[c]) {
            return null;
        }
        String folded = fold(line);
        if (!shaped(folded)) {
            return null;
        }
        for (Scheme s : schemes) {
            if (!s.first()[c]) {
                continue;
            }
            Matcher m = s.pattern().matcher(folded);
            if (!m.matches()) {
                continue;
            }
            String num = m.group("num");
            String name = s.name();
            int ordinal;
            if (name.equals("decimal")) {
                String[] parts = num.split("\\.");
                name = name + parts.length;
                ordinal = Integer.parseInt(parts[parts.length - 1]);
            } else if (name.equals("circled")) {
                ordinal = num.charAt(0) - '①' + 1;
            } else if (name.equals("roman")) {
                ordinal = roman(num);
            } else {
                Integer n = Numbers.parseInt(num);
                if (n == null) {
                    continue;
                }
                ordinal = n;
            }
            if (s.pattern().pattern().contains("(?<unit>")) {
                name = name + m.group("unit");
            }
            int at = m.start("title");
            return new Label(name, ordinal, line.substring(at).strip(), at);
        }
        return null;
    }

    private static final String CHINESE = "一二三四五六七八九十";

    /**
     * A literal prefilter before the patterns: the numeral and the mark a label of the table must have after it.
     * Most lines that open with a digit, 第 or a bracket are sentences (2024年…, 第三方…, （简称…）), and they
     * are told apart here without a regex.
     */
    private static boolean shaped(String s) {
        return shaped(s, k -> false);
    }

    /**
     * The same test on a clean line, which has lost the space between a numeral and the title ({@code 一 本委动态},
     * {@code 01 欧盟}): {@code gapBefore} says whether the original had something between the clean chars k - 1
     * and k. Only the lines that pass are read as written.
     */
    boolean mayBeLabel(String clean, java.util.function.IntPredicate gapBefore) {
        return anyFirst[clean.charAt(0)] && shaped(clean, gapBefore);
    }

    private static boolean shaped(String s, java.util.function.IntPredicate gapBefore) {
        int n = s.length();
        char c = s.charAt(0);
        int k = 0;
        if (c >= '0' && c <= '9') {
            while (k < n && (s.charAt(k) >= '0' && s.charAt(k) <= '9' || s.charAt(k) == '.')) {
                k++;
            }
            return k == n || ".、)） ".indexOf(s.charAt(k)) >= 0 || s.charAt(k - 1) == '.' || gapBefore.test(k);
        }
        if (CHINESE.indexOf(c) >= 0) {
            while (k < n && k < 3 && CHINESE.indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            return k < n && ("、．. ".indexOf(s.charAt(k)) >= 0 || gapBefore.test(k));
        }
        if (c == '（' || c == '(') {
            k = 1;
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            int from = k;
            while (k < n && k - from < 3 && (CHINESE.indexOf(s.charAt(k)) >= 0 || s.charAt(k) >= '0' && s.charAt(k) <= '9')) {
                k++;
            }
            while (k < n && s.charAt(k) == ' ') {
                k++;
            }
            return k > from && k < n && (s.charAt(k) == '）' || s.charAt(k) == ')');
        }
        if (c == '第') {
            for (k = 1; k < Math.min(n, 8); k++) {
                if ("章节编篇部".indexOf(s.charAt(k)) >= 0) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static String fold(String s) {
        int k = 0;
        while (k < s.length() && Normalizer.fold(s.charAt(k)) == s.charAt(k)) {
            k++;
        }
        if (k == s.length()) {
            return s;
        }
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Normalizer.fold(s.charAt(i));
        }
        return new String(out);
    }

    private static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
