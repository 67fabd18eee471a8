package lexcorpus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The serials of a case or document number, several of which may share one prefix ({@code 123、124号},
 * {@code 第42号、第43号}): each with its own span and any sub-number ({@code 167-2号} → -2, {@code 第445号之一} → 之一).
 * A document number's serial may carry a letter before its digits ({@code 第F3625号} → F) or stand in brackets
 * ({@code 第（1）号}). The first spans the whole prefix; each later one runs from its 第 (or first digit) to its 号.
 * Stateless.
 */
public final class Serials {
    private Serials() {
    }

    /** One serial: [start, end) in the text, its number, its sub-number or null, the letters before it or null. */
    public record Serial(int start, int end, long number, String suffix, String prefix) {
    }

    /**
     * Reads the serials written in {@code s} from {@code from} to {@code to} (digits, 第, 号, separators, hyphen
     * sub-numbers), in a number that starts at {@code start} and ends at {@code end} (after the last 号 and any
     * {@code after} sub-number such as 之一, which goes to the last serial).
     */
    public static List<Serial> read(String s, int start, int from, int to, int end, String after) {
        List<Serial> out = new ArrayList<>(2);
        int p = from;
        while (p < to) {
            int own = p;
            if (s.charAt(p) == '第') {
                p++;
            }
            int letters = p;
            while (p < to && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z') {
                p++;
            }
            String prefix = p > letters ? s.substring(letters, p) : null;
            boolean bracket = p < to && (s.charAt(p) == '（' || s.charAt(p) == '(');
            if (bracket) {
                p++;
            }
            int digits = p;
            while (p < to && isDigit(s.charAt(p))) {
                p++;
            }
            if (p == digits || p - digits > 18) {
                break;
            }
            long number = Long.parseLong(s.substring(digits, p));
            if (bracket && p < to && (s.charAt(p) == '）' || s.charAt(p) == ')')) {
                p++;
            }
            String suffix = null;
            if (p < to && (s.charAt(p) == '-' || s.charAt(p) == '－')) {
                int sub = ++p;
                while (p < to && isDigit(s.charAt(p))) {
                    p++;
                }
                suffix = "-" + s.substring(sub, p);
            }
            int ownEnd = p;
            if (p < to && s.charAt(p) == '号') {
                ownEnd = ++p;
            }
            boolean last = p >= to || !isSeparator(s.charAt(p));
            if (last) {
                out.add(new Serial(out.isEmpty() ? start : own, end, number, after != null && suffix == null ? after : suffix, prefix));
                break;
            }
            out.add(new Serial(out.isEmpty() ? start : own, ownEnd, number, suffix, prefix));
            p++; // the separator
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '、' || c == ',' || c == '，';
    }
}
