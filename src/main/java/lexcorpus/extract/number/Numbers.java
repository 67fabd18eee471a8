package lexcorpus.extract.number;

import java.math.BigDecimal;

/**
 * Small helpers over the numeral grammar ({@link NumeralReader}) for callers that hold a numeral as a
 * string: parse it whole, pad, render. Exact {@link BigDecimal}, never floating point. Stateless and thread-safe.
 */
public final class Numbers {
    /** Characters that may appear in a Chinese numeral (ordinary and financial forms). */
    public static final String CHINESE_DIGITS = "〇○零一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    public static final String CHINESE_UNITS = "十百千万亿拾佰仟萬億廿卅";

    private Numbers() {
    }

    /**
     * {@code n} in ASCII digits with leading zeros to {@code width}: dates are written so whatever the default
     * locale (String.format would write ٠٥ under ar-EG), and String.format is slow on a hot path.
     */
    public static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Value of one Chinese digit character, or -1. */
    public static int digit(char c) {
        return switch (c) {
            case '〇', '○', '零', '0' -> 0;
            case '一', '壹', '1' -> 1;
            case '二', '两', '兩', '贰', '貳', '2' -> 2;
            case '三', '叁', '參', '3' -> 3;
            case '四', '肆', '4' -> 4;
            case '五', '伍', '5' -> 5;
            case '六', '陆', '陸', '6' -> 6;
            case '七', '柒', '7' -> 7;
            case '八', '捌', '8' -> 8;
            case '九', '玖', '9' -> 9;
            default -> -1;
        };
    }

    /**
     * Reads a whole string as one numeral of {@link NumeralReader#AMOUNT}: {@code 1,000,000}, {@code 1.5亿},
     * {@code 3千万}, {@code 一千一百九十五}, {@code 伍拾万}, {@code 三万五}, {@code 二〇二三} (a digit string without units is
     * read digit by digit). Returns null when {@code s}, outer spaces set aside, is not exactly one numeral.
     */
    public static BigDecimal parse(CharSequence s) {
        String t = s.toString().strip();
        Numeral n = NumeralReader.AMOUNT.read(t, 0);
        return n != null && n.end() == t.length() ? n.value() : null;
    }

    /** Reads an integer; null when {@code s} is not one or is larger than an int. */
    public static Integer parseInt(CharSequence s) {
        BigDecimal d = parse(s);
        if (d == null || d.scale() > 0 && d.stripTrailingZeros().scale() > 0) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Renders an amount as a plain decimal string: no exponent, no trailing zeros after the point. */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }
}
