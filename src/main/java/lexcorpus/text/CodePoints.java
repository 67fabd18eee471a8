package lexcorpus.text;

/**
 * Converts Java {@code char} indexes of one string to code-point indexes, the unit of every offset
 * lexcorpus reports. Strings without supplementary characters (nearly all) convert by identity.
 * Immutable and thread-safe.
 */
public final class CodePoints {
    private final int[] prefix; // prefix[i] = code points in s[0, i); null when identity

    private CodePoints(int[] prefix) {
        this.prefix = prefix;
    }

    public static CodePoints of(String s) {
        boolean supplementary = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                supplementary = true;
                break;
            }
        }
        if (!supplementary) {
            return new CodePoints(null);
        }
        int[] prefix = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            prefix[i] = cp;
            // the low half of a pair belongs to the same code point as its high half
            if (!(Character.isLowSurrogate(s.charAt(i)) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                cp++;
            } else {
                prefix[i] = cp - 1;
            }
        }
        prefix[s.length()] = cp;
        return new CodePoints(prefix);
    }

    /** Code-point index of the char index {@code i} (0..length). */
    public int toCodePoint(int charIndex) {
        return prefix == null ? charIndex : prefix[charIndex];
    }

    /** Char index of the code-point index {@code cp}; the inverse of {@link #toCodePoint}. */
    public int toChar(int codePoint) {
        if (prefix == null) {
            return codePoint;
        }
        int lo = 0;
        int hi = prefix.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid] < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The substring between two code-point offsets. */
    public static String slice(String s, CodePoints cps, int start, int end) {
        return s.substring(cps.toChar(start), cps.toChar(end));
    }
}
