package lexcorpus.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leftmost-first regex matching that only tries the positions where a match can start (a literal
 * prefilter): the same matches as {@link Matcher#find()}, without running the whole pattern at every char
 * of a long text. Lookbehinds still see the text before the position (transparent bounds).
 */
public final class Scan {
    /** Receives each match while the matcher is positioned on it. */
    @FunctionalInterface
    public interface OnMatch {
        void accept(Matcher m);
    }

    private Scan() {
    }

    /** Every match that starts at a char marked in {@code first} ({@link #table}), leftmost first. */
    public static void each(Pattern pattern, String s, boolean[] first, OnMatch onMatch) {
        each(pattern, s, first, false, null, 0, onMatch);
    }

    /**
     * Every match that starts a number ({@link #startsNumber}), leftmost first, trying a position only when a
     * char that every match holds ({@code needed}, e.g. 年月日 for dates) stands within {@code window} chars after it.
     */
    public static void eachAtNumber(Pattern pattern, String s, String needed, int window, OnMatch onMatch) {
        each(pattern, s, NUMERAL, true, needed, window, onMatch);
    }

    /**
     * The loop behind the others, run at every char of a text: table lookups and plain tests only (a test
     * called through an interface there, shared by several extractors, was not inlined).
     */
    private static void each(Pattern pattern, String s, boolean[] first, boolean number, String needed, int window, OnMatch onMatch) {
        int[] next = needed == null ? null : nextIndex(s, needed);
        Matcher m = pattern.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (first != null && !first[s.charAt(i)] || number && !startsNumber(s, i)
                    || next != null && next[i] - i > window) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                int end = m.end();
                onMatch.accept(m);
                i = end > i ? end : i + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * Every match, leftmost first. When the pattern starts with a literal char (《, 等), only the positions of
     * that char are tried, found with {@link String#indexOf(int, int)}: much faster than a test at every char.
     */
    public static void each(Pattern pattern, String s, OnMatch onMatch) {
        String source = pattern.pattern();
        char first = source.isEmpty() ? 0 : source.charAt(0);
        if (first == 0 || "\\[(.^$|?*+{".indexOf(first) >= 0 || Character.isSurrogate(first)
                || source.length() > 1 && "?*+{".indexOf(source.charAt(1)) >= 0 || (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                || topLevelAlternation(source)) {
            each(pattern, s, null, false, null, 0, onMatch); // every position
            return;
        }
        Matcher m = pattern.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int n = s.length();
        int i = s.indexOf(first);
        while (i >= 0) {
            m.region(i, n);
            if (m.lookingAt()) {
                int end = m.end();
                onMatch.accept(m);
                i = s.indexOf(first, end > i ? end : i + 1);
            } else {
                i = s.indexOf(first, i + 1);
            }
        }
    }

    /** Whether the regex has a | outside any group: then a match need not start with its first char. */
    private static boolean topLevelAlternation(String regex) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** For each position, the index of the next char in {@code chars} at or after it (length when none). */
    private static int[] nextIndex(String s, String chars) {
        boolean[] in = TABLES.computeIfAbsent(chars, Scan::table);
        int[] next = new int[s.length() + 1];
        next[s.length()] = Integer.MAX_VALUE / 2;
        for (int i = s.length() - 1; i >= 0; i--) {
            next[i] = in[s.charAt(i)] ? i : next[i + 1];
        }
        return next;
    }

    /** Tables of the needed chars, made once per set (a table is 64 KB: not something to build per text). */
    private static final java.util.concurrent.ConcurrentHashMap<String, boolean[]> TABLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A lookup table over all chars: true for those in {@code chars}. */
    public static boolean[] table(String chars) {
        boolean[] t = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    private static final boolean[] NUMERAL = table("0123456789０１２３４５６７８９" + lexcorpus.extract.number.Numbers.CHINESE_DIGITS
            + lexcorpus.extract.number.Numbers.CHINESE_UNITS);

    /** Digits, full-width digits and the chars of Chinese numerals. */
    public static boolean isNumeral(char c) {
        return NUMERAL[c];
    }

    /** A numeral that does not continue a run of Arabic digits: where a number can start. */
    public static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        return NUMERAL[c] && !(i > 0 && c >= '0' && c <= '9' && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9');
    }
}
