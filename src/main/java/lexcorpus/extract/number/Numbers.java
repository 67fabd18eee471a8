package lexcorpus.extract.number;

import java.math.BigDecimal;

/**
 * The one number reader shared by every extractor: Arabic digits (grouping commas, stray spaces,
 * decimals), Chinese numerals (〇/零/两, 十百千万亿, mixed forms such as {@code 1.5亿} and {@code 3千万}),
 * financial capitals (壹贰叁…拾佰仟). Exact {@link BigDecimal}, never floating point.
 * Stateless and thread-safe.
 */
public final class Numbers {
    /** Characters that may appear in a Chinese numeral (ordinary and financial forms). */
    public static final String CHINESE_DIGITS = "〇○零一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    public static final String CHINESE_UNITS = "十百千万亿拾佰仟萬億";

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
            case '二', '两', '贰', '貳', '2' -> 2;
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

    private static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            default -> 0L;
        };
    }

    /**
     * Reads a number written in any mix of the forms above: {@code 1,000,000}, {@code 1.5亿}, {@code 3千万},
     * {@code 一千一百九十五}, {@code 伍拾万}, {@code 二〇二三} (a digit string without units is read digit by
     * digit). Returns null when {@code s} is not a number.
     */
    public static BigDecimal parse(CharSequence s) {
        StringBuilder arabic = new StringBuilder();
        boolean hasUnit = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) {
                hasUnit = true;
            }
        }
        BigDecimal yi = BigDecimal.ZERO;
        BigDecimal wan = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        StringBuilder digitRun = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ' ') {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '.') {
                arabic.append(c);
                any = true;
                continue;
            }
            if (arabic.length() > 0) {
                number = toDecimal(arabic);
                if (number == null) {
                    return null;
                }
                arabic.setLength(0);
            }
            int d = digit(c);
            if (d >= 0) {
                any = true;
                if (!hasUnit) {
                    digitRun.append((char) ('0' + d));
                } else {
                    number = BigDecimal.valueOf(d);
                }
                continue;
            }
            long u = unit(c);
            if (u == 0) {
                return null;
            }
            any = true;
            BigDecimal n = number == null ? BigDecimal.ONE : number;
            if (u < 10_000L) {
                section = section.add(n.multiply(BigDecimal.valueOf(u)));
            } else if (u == 10_000L) {
                BigDecimal base = section.add(number == null ? (section.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO) : number);
                wan = wan.add(base.multiply(BigDecimal.valueOf(u)));
                section = BigDecimal.ZERO;
            } else {
                BigDecimal base = wan.add(section).add(number == null ? (wan.signum() == 0 && section.signum() == 0 ? BigDecimal.ONE : BigDecimal.ZERO) : number);
                yi = yi.add(base).multiply(BigDecimal.valueOf(u));
                wan = BigDecimal.ZERO;
                section = BigDecimal.ZERO;
            }
            number = null;
        }
        if (!any) {
            return null;
        }
        if (arabic.length() > 0) {
            BigDecimal tail = toDecimal(arabic);
            if (tail == null) {
                return null;
            }
            if (!hasUnit && digitRun.length() == 0) {
                return tail;
            }
            number = tail;
        }
        if (!hasUnit) {
            return digitRun.length() > 0 ? new BigDecimal(digitRun.toString()) : number;
        }
        BigDecimal total = yi.add(wan).add(section);
        if (number != null) {
            total = total.add(number);
        }
        return total;
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

    private static BigDecimal toDecimal(CharSequence digits) {
        String t = digits.toString();
        if (t.isEmpty() || t.equals(".") || t.indexOf('.') != t.lastIndexOf('.') || t.startsWith(".") || t.endsWith(".")) {
            return null;
        }
        return new BigDecimal(t);
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
