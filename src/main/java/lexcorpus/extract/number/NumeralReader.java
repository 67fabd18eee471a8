package lexcorpus.extract.number;

import java.math.BigDecimal;

/**
 * The numeral grammar every extractor shares: reads the longest numeral that starts at a position, left to
 * right in one bounded pass (never more than {@link #maxLength} chars, no backtracking), so a scan that calls
 * it at every number of a text stays linear.
 *
 * <p>What a numeral may be:
 * <ul>
 *   <li>Arabic digits, with decimals and with thousands grouped by commas, full-width commas or single spaces
 *       ({@code 1,000,000}, {@code 82，225.00}, {@code 563 208.15}) where the reader allows it;</li>
 *   <li>Chinese numerals in ordinary, financial and traditional forms (一二三 / 壹贰叁 / 貳參陸, 十百千 / 拾佰仟,
 *       万 萬, 亿 億; 〇 ○ 零 as zero; 两 兩 as two; 廿 卅), with 兆 as 10¹² where an 亿 follows it in the same numeral
 *       ({@code 四十九兆九千五百九十二億});</li>
 *   <li>mixed: Arabic digits with Chinese magnitudes ({@code 1.5万}, {@code 3千万}, {@code 50万亿}, {@code 3亿5000万});</li>
 *   <li>colloquial forms: a last digit that takes the next lower unit ({@code 三万五} = 35000, {@code 一千二} = 1200,
 *       {@code 1万5} = 15000), {@code 两个亿}, 余/多 inside ({@code 十余万}, {@code 50多万}, {@code 3.4亿余}), a Chinese
 *       decimal ({@code 三点五万}), two rising digits before a unit ({@code 三四万}, {@code 三五百}: approximately the
 *       lower);</li>
 *   <li>Chinese digit strings read digit by digit ({@code 二〇二三} = 2023, an Arabic 0 or a letter O inside one
 *       counting as 〇).</li>
 * </ul>
 * A numeral starts with a digit (Arabic or Chinese), 十/拾 or 廿/卅; a magnitude alone ({@code 万元}) is not one.
 * Immutable and thread-safe.
 */
public final class NumeralReader {
    /** Amounts: everything above. */
    public static final NumeralReader AMOUNT = new NumeralReader(true, true, true, 48);
    /** Whole numbers without grouping, decimals or 余/多: years, months, days, articles, serials. */
    public static final NumeralReader INTEGER = new NumeralReader(false, false, false, 48);
    /** As {@link #AMOUNT}, but a full-width comma always ends the numeral (the reading where it opens a clause). */
    public static final NumeralReader AMOUNT_CLAUSE_COMMA = new NumeralReader(true, true, true, 48, false);

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000L);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000L);
    private static final BigDecimal ZHAO = BigDecimal.valueOf(1_000_000_000_000L);

    private final boolean grouping;
    private final boolean fullWidthComma;
    private final boolean decimals;
    private final boolean approximate;
    private final int maxLength;

    /**
     * @param grouping    read thousands separators (commas, full-width commas, spaces)
     * @param decimals    read a decimal point (. or 点)
     * @param approximate read 余/多 inside the numeral and neighbouring digits before a unit
     * @param maxLength   the most chars one numeral may take
     */
    public NumeralReader(boolean grouping, boolean decimals, boolean approximate, int maxLength) {
        this(grouping, decimals, approximate, maxLength, true);
    }

    /**
     * As {@link #NumeralReader(boolean, boolean, boolean, int)}; {@code fullWidthComma} false keeps the full-width
     * comma out of the separators that group digits.
     */
    public NumeralReader(boolean grouping, boolean decimals, boolean approximate, int maxLength, boolean fullWidthComma) {
        this.grouping = grouping;
        this.fullWidthComma = fullWidthComma;
        this.decimals = decimals;
        this.approximate = approximate;
        this.maxLength = maxLength;
    }

    /** What each char can be in a numeral: a table, since scans ask at nearly every char of a text. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    private static final byte C_DIGIT = 1;
    private static final byte C_UNIT = 2;
    private static final byte C_STARTS = 4;
    private static final byte C_INSIDE = 8;
    private static final byte C_HELD = 16;

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean starts = c >= '0' && c <= '9' || digitValue(c) >= 0 || c == '十' || c == '拾' || c == '廿' || c == '卅';
            boolean inside = starts || unitFactor(c) > 0 || c == '.' || c == ',' || c == '，' || c == '余' || c == '多' || c == '点';
            CLASS[i] = (byte) ((digitValue(c) >= 0 ? C_DIGIT : 0) | (unitFactor(c) > 0 ? C_UNIT : 0) | (starts ? C_STARTS : 0)
                    | (inside ? C_INSIDE : 0) | (inside || c == ' ' || c == 'O' || c == '个' ? C_HELD : 0));
        }
    }

    /** Value of a Chinese digit char (ordinary, financial, traditional; 〇 ○ 零 0; 两 兩 2), or -1. */
    public static int chineseDigit(char c) {
        return (CLASS[c] & C_DIGIT) == 0 ? -1 : digitValue(c);
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '〇', '○', '零' -> 0;
            case '一', '壹', '弌' -> 1;
            case '二', '两', '兩', '贰', '貳', '弍' -> 2;
            case '三', '叁', '參', '弎' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** Factor of a Chinese unit char: 十拾 10, 百佰 100, 千仟 1000, 万萬 10⁴, 亿億 10⁸, 兆 10¹²; 0 for others. */
    public static long unit(char c) {
        return (CLASS[c] & C_UNIT) == 0 ? 0L : unitFactor(c);
    }

    private static long unitFactor(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            case '兆' -> 1_000_000_000_000L;
            default -> 0L;
        };
    }

    /** Whether a numeral can start with {@code c}. */
    public static boolean canStart(char c) {
        return (CLASS[c] & C_STARTS) != 0;
    }

    /** Whether {@code c} can stand inside a numeral (digits, units, separators and marks included). */
    public static boolean isNumeralChar(char c) {
        return (CLASS[c] & C_INSIDE) != 0;
    }

    /**
     * Whether {@code c} may stand inside a numeral as any reader reads it: the chars of {@link #isNumeralChar}, a
     * space or comma between groups, a letter O typed for 〇, 个 of 两个亿. A numeral read at {@code at} ends at or
     * before the first char after {@code at} for which this is false, and before {@code at + extent()}.
     */
    public static boolean mayHold(char c) {
        return (CLASS[c] & C_HELD) != 0;
    }

    /** More chars than any numeral this reader reads takes: the length limit, and an Arabic part read past it. */
    public int extent() {
        return 3 * maxLength;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What the last thing read was. */
    private static final int START = 0;
    private static final int NUMBER = 1;
    private static final int UNIT = 2;
    private static final int ZERO = 3;

    /** The longest numeral that starts at {@code at}, or null when none does. */
    public Numeral read(CharSequence s, int at) {
        int n = s.length();
        if (at < 0 || at >= n || !canStart(s.charAt(at))) {
            return null;
        }
        int limit = Math.min(n, at + maxLength);
        BigDecimal big = BigDecimal.ZERO;     // the part counted in 亿 (and 兆)
        BigDecimal wan = BigDecimal.ZERO;     // the part counted in 万
        BigDecimal section = BigDecimal.ZERO; // below 万
        BigDecimal pending = null;            // a number waiting for its unit
        boolean pendingSingle = false;        // pending is one digit written alone (the colloquial tail)
        long digits = 0;                      // a Chinese digit string read digit by digit
        int digitCount = 0;
        int firstDigit = -1;
        boolean arabic = false;
        boolean chinese = false;
        boolean sawUnit = false;
        boolean approx = false;
        boolean grouped = false;
        boolean decimal = false;
        long lastUnit = 0;
        int last = START;
        int end = at;     // end of the numeral as read so far
        int unitRun = at; // start of the run of unit chars that ends the numeral
        int i = at;
        while (i < limit) {
            char c = s.charAt(i);
            if (isDigit(c) || (c == 'O' && digitCount > 0 && !sawUnit)) {
                if (digitCount > 0 && !sawUnit && (c == '0' || c == 'O')) {
                    // 二0二三: an Arabic zero (or a letter O) typed inside a Chinese digit string
                    digits = digits * 10;
                    digitCount++;
                    i++;
                    end = i;
                    continue;
                }
                if (last == NUMBER || (chinese && !arabic) || (last == UNIT && lastUnit < 10_000L && !arabic)) {
                    break; // 二3, 十5: not one numeral
                }
                int j = arabicEnd(s, i, limit, last == START);
                if (j < 0) {
                    break;
                }
                BigDecimal a = arabicValue(s, i, j);
                grouped |= last == START && hasSeparator(s, i, j);
                decimal |= a.scale() > 0;
                pendingSingle = j - i == 1;
                pending = a;
                arabic = true;
                last = NUMBER;
                i = j;
                end = i;
                continue;
            }
            int d = chineseDigit(c);
            if (d >= 0) {
                if (arabic && last == NUMBER) {
                    break; // 3三
                }
                if (last == NUMBER) {
                    if (sawUnit || digitCount == 0) {
                        break; // 三千五六
                    }
                    digits = digits * 10 + d; // 二〇二三
                    digitCount++;
                    i++;
                    end = i;
                    continue;
                }
                if (last == UNIT && d == 0) {
                    last = ZERO; // 一百零五: 零 holds a place
                    i++;
                    continue;
                }
                chinese = true;
                pending = BigDecimal.valueOf(d);
                pendingSingle = last == UNIT; // a digit right after a unit, with no 零 between
                if (!sawUnit) {
                    digits = d;
                    digitCount = 1;
                    firstDigit = d;
                }
                last = NUMBER;
                i++;
                end = i;
                continue;
            }
            if ((c == '廿' || c == '卅') && last != NUMBER) {
                section = section.add(BigDecimal.valueOf(c == '廿' ? 20 : 30));
                chinese = true;
                sawUnit = true;
                lastUnit = 10;
                last = UNIT;
                i++;
                end = i;
                unitRun = i;
                continue;
            }
            long u = unit(c);
            if (u == 1_000_000_000_000L && !yiFollows(s, i + 1, limit)) {
                u = 0; // 兆 alone is also mega (兆瓦): only a 亿 after it makes it 10¹²
            }
            if (u > 0) {
                if (last == START) {
                    if (u != 10) {
                        break;
                    }
                    pending = BigDecimal.ONE; // 十二 = 一十二
                }
                if (!sawUnit && digitCount >= 2) {
                    // 三四万: two neighbouring digits before a unit, approximately the lower; other digit strings end here
                    if (!approximate || digitCount != 2 || digits % 10 <= firstDigit) {
                        break;
                    }
                    pending = BigDecimal.valueOf(firstDigit);
                    approx = true;
                }
                if (!arabic) {
                    chinese = true;
                }
                int runStart = last == UNIT ? unitRun : i;
                if (u < 10_000L) {
                    if (decimal) {
                        break; // 十二点三十分: after a decimal only 万 and 亿 may follow
                    }
                    if (last == UNIT && lastUnit < 10_000L && u >= lastUnit) {
                        break; // 百十, 十十
                    }
                    if (pending == null && last != ZERO && last != START) {
                        break; // 万千: a unit after a unit
                    }
                    BigDecimal m = pending == null ? BigDecimal.ONE : pending;
                    section = section.add(m.multiply(BigDecimal.valueOf(u)));
                } else {
                    BigDecimal x = section.add(pending == null ? BigDecimal.ZERO : pending);
                    if (u == 10_000L) {
                        if (x.signum() == 0 && wan.signum() == 0 && big.signum() == 0) {
                            break;
                        }
                        if (x.signum() == 0 && last == UNIT && lastUnit == 10_000L) {
                            break; // 万万
                        }
                        wan = wan.add(x).multiply(WAN);
                    } else {
                        BigDecimal factor = u == 100_000_000L ? YI : ZHAO;
                        BigDecimal y = wan.add(x);
                        if (big.signum() == 0) {
                            if (y.signum() == 0) {
                                break;
                            }
                            big = y.multiply(factor);
                        } else if (y.signum() == 0) {
                            big = big.multiply(factor); // 五万亿 after 万 was read into big? (kept for 亿亿)
                        } else {
                            big = big.add(y.multiply(factor));
                        }
                        wan = BigDecimal.ZERO;
                    }
                    section = BigDecimal.ZERO;
                }
                pending = null;
                pendingSingle = false;
                sawUnit = true;
                lastUnit = u;
                last = UNIT;
                i++;
                end = i;
                unitRun = runStart;
                continue;
            }
            if (approximate && !approx && (c == '余' || c == '多') && (last == NUMBER || last == UNIT) && digitCount < 2
                    && !(i + 1 < n && isDigit(s.charAt(i + 1)))) {
                approx = true; // 十余万, 50多万, 3.4亿余: the unit run goes on across it
                pendingSingle = false;
                i++;
                end = i;
                continue;
            }
            if (c == '个' && last == NUMBER && i + 1 < limit && (s.charAt(i + 1) == '亿' || s.charAt(i + 1) == '億')) {
                i++; // 两个亿
                continue;
            }
            if (decimals && c == '点' && !arabic && !decimal && (last == NUMBER || last == UNIT) && digitCount < 2
                    && i + 1 < limit && chineseDigit(s.charAt(i + 1)) >= 0) {
                // 三点五, 二十七点三: the whole part so far, then digits one by one
                int j = i + 1;
                BigDecimal frac = BigDecimal.ZERO;
                int places = 0;
                while (j < limit && chineseDigit(s.charAt(j)) >= 0) {
                    frac = frac.multiply(TEN).add(BigDecimal.valueOf(chineseDigit(s.charAt(j))));
                    places++;
                    j++;
                }
                BigDecimal whole = section.add(pending == null ? BigDecimal.ZERO : pending);
                pending = whole.add(frac.movePointLeft(places));
                section = BigDecimal.ZERO;
                pendingSingle = false;
                digitCount = 0;
                decimal = true;
                last = NUMBER;
                i = j;
                end = i;
                continue;
            }
            break;
        }
        if (last == START) {
            return null;
        }
        BigDecimal value;
        Numeral.Form form;
        BigDecimal tail = BigDecimal.ONE;
        if (!sawUnit && !arabic && digitCount >= 2) {
            value = BigDecimal.valueOf(digits);
            form = Numeral.Form.DIGITS;
        } else {
            BigDecimal p = pending == null ? BigDecimal.ZERO : pending;
            if (pendingSingle && last == NUMBER && lastUnit >= 100) {
                p = p.multiply(BigDecimal.valueOf(lastUnit / 10)); // 三万五, 一千二, 1万5
            }
            value = big.add(wan).add(section).add(p);
            form = !arabic ? Numeral.Form.CHINESE : sawUnit ? Numeral.Form.MIXED : Numeral.Form.ARABIC;
            if (last == UNIT || last == ZERO) {
                tail = runMagnitude(s, unitRun, end, form == Numeral.Form.MIXED);
            }
        }
        return new Numeral(at, end, value, form, approx, grouped, decimal, tail);
    }

    /** The factor of the units in [from, to): all of them after Arabic digits (千万), only 万/亿/兆 after Chinese ones. */
    private static BigDecimal runMagnitude(CharSequence s, int from, int to, boolean mixed) {
        BigDecimal f = BigDecimal.ONE;
        for (int i = from; i < to; i++) {
            long u = unit(s.charAt(i));
            if (u > 0 && (mixed || u >= 10_000L)) {
                f = f.multiply(BigDecimal.valueOf(u));
            }
        }
        return f;
    }

    /** An 亿 ahead, with only numeral chars between: then 兆 is 10¹². */
    private static boolean yiFollows(CharSequence s, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '亿' || c == '億') {
                return true;
            }
            if (!(chineseDigit(c) >= 0 || unit(c) > 0 && c != '兆' || isDigit(c))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end of an Arabic number at {@code i}: digits, then (first token only) groups of three after a comma,
     * full-width comma or space, then a decimal part. -1 for a run of digits longer than any number (an id).
     */
    private int arabicEnd(CharSequence s, int i, int limit, boolean first) {
        int n = s.length();
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
            if (j - i > maxLength) {
                return -1; // a run of digits longer than any number: an id, not a numeral
            }
        }
        if (grouping && first && j - i <= 3) {
            char sep = 0;
            while (j + 3 < n && isSeparator(s.charAt(j)) && (fullWidthComma || s.charAt(j) != '，') && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                    && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                char c = s.charAt(j);
                if (sep != 0 && (sep == ' ') != (c == ' ')) {
                    break; // a space does not group digits that commas grouped, nor the other way round
                }
                sep = c;
                j += 4;
            }
            if (sep == 0 && j + 4 < n && (s.charAt(j) == ',' || fullWidthComma && s.charAt(j) == '，') && isDigit(s.charAt(j + 1))) {
                // a comma typed out of place (3，046271.50元): the digits after it cannot stand alone when they begin
                // with 0, nor be a second number when a decimal part ends them
                int k = j + 1;
                while (k < n && isDigit(s.charAt(k)) && k - i <= maxLength) {
                    k++;
                }
                boolean decimal = decimals && k + 1 < n && s.charAt(k) == '.' && isDigit(s.charAt(k + 1));
                if (k - j - 1 >= 4 && k - i <= maxLength && (s.charAt(j + 1) == '0' || decimal)) {
                    j = k;
                }
            }
        }
        if (decimals && j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j - i <= 2 * maxLength ? j : -1;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '，' || c == ' ';
    }

    private static boolean hasSeparator(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The value of the Arabic number in [from, to), separators skipped. */
    private static BigDecimal arabicValue(CharSequence s, int from, int to) {
        if (to - from <= 18) {
            long v = 0;
            int scale = -1;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    v = v * 10 + (c - '0');
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (c == '.') {
                    scale = 0;
                }
            }
            return BigDecimal.valueOf(v, Math.max(scale, 0));
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c) || c == '.') {
                b.append(c);
            }
        }
        return new BigDecimal(b.toString());
    }
}
