package lexcorpus.export;

import java.util.regex.Pattern;

/**
 * A glob over document ids (--docs), as the shell and java.nio's "glob:" read it: {@code *} any run of
 * characters but {@code /}, {@code **} any run at all, {@code ?} one character but {@code /},
 * {@code [abc]}, {@code [a-z]}, {@code [!abc]}, {@code {a,b}}, and {@code \} to take the next character
 * as it is. Matched on the id as a string: an id is data, not a path (it may hold any character,
 * {@code \0} included). Immutable and thread-safe.
 */
public final class Glob {
    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** @throws IllegalArgumentException naming what is wrong with the glob */
    public static Glob compile(String glob) {
        StringBuilder re = new StringBuilder();
        boolean inGroup = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == glob.length()) {
                        throw new IllegalArgumentException("a \\ at the end, with nothing to escape");
                    }
                    literal(re, glob.charAt(i++));
                }
                case '*' -> {
                    if (i < glob.length() && glob.charAt(i) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> i = bracket(glob, i, re);
                case '{' -> {
                    if (inGroup) {
                        throw new IllegalArgumentException("a { inside a {…} group");
                    }
                    inGroup = true;
                    re.append("(?:");
                }
                case '}' -> {
                    if (!inGroup) {
                        throw new IllegalArgumentException("a } without its {");
                    }
                    inGroup = false;
                    re.append(')');
                }
                case ',' -> {
                    if (inGroup) {
                        re.append('|');
                    } else {
                        literal(re, c);
                    }
                }
                default -> literal(re, c);
            }
        }
        if (inGroup) {
            throw new IllegalArgumentException("a { without its }");
        }
        return new Glob(Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    /** A [...] class from {@code glob[i]} (after the [); returns the index after its ]. */
    private static int bracket(String glob, int i, StringBuilder re) {
        re.append('[');
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            re.append('^');
            i++;
        }
        boolean first = true;
        while (i < glob.length()) {
            char c = glob.charAt(i++);
            if (c == ']' && !first) {
                re.append(']');
                return i;
            }
            first = false;
            if (c == '-' && re.charAt(re.length() - 1) != '[' && re.charAt(re.length() - 1) != '^'
                    && i < glob.length() && glob.charAt(i) != ']') {
                re.append('-');
            } else if (c == '\\' || c == '[' || c == ']' || c == '&' || c == '^' || c == '-') {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        throw new IllegalArgumentException("a [ without its ]");
    }

    private static void literal(StringBuilder re, char c) {
        if ("\\.[]{}()<>*+-=!?^$|".indexOf(c) >= 0) {
            re.append('\\');
        }
        re.append(c);
    }

    public boolean matches(String id) {
        return pattern.matcher(id).matches();
    }
}
