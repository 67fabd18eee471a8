package lexcorpus.extract.number;

import java.math.BigDecimal;

/**
 * One numeral read from a text by a {@link NumeralReader}: where it stands, what it is worth and how it was
 * written. Offsets are chars of the text given to the reader, {@code end} exclusive. Immutable; thread-safe.
 */
public final class Numeral {
    /** How a numeral is written. */
    public enum Form {
        /** Arabic digits only, with any grouping separators and decimals: {@code 2024}, {@code 3 000 000}, {@code 82，225.00}. */
        ARABIC,
        /** Arabic digits with Chinese magnitudes: {@code 1.5万}, {@code 3千万}, {@code 3亿5000万}. */
        MIXED,
        /** Chinese numerals with units: {@code 十二}, {@code 壹万贰仟}, {@code 三万五}, {@code 十余万}. */
        CHINESE,
        /** Chinese digits without units, read digit by digit: {@code 二〇二三}, {@code 一九九八}. */
        DIGITS
    }

    private final int start;
    private final int end;
    private final BigDecimal value;
    private final Form form;
    private final boolean approximate;
    private final boolean grouped;
    private final boolean decimal;
    private final BigDecimal magnitude;

    Numeral(int start, int end, BigDecimal value, Form form, boolean approximate, boolean grouped, boolean decimal,
            BigDecimal magnitude) {
        this.start = start;
        this.end = end;
        this.value = value;
        this.form = form;
        this.approximate = approximate;
        this.grouped = grouped;
        this.decimal = decimal;
        this.magnitude = magnitude;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Chars read, separators included. */
    public int length() {
        return end - start;
    }

    /** The exact value: {@code 三万五} is 35000, {@code 十余万} 100000 (with {@link #approximate()}). */
    public BigDecimal value() {
        return value;
    }

    public Form form() {
        return form;
    }

    /**
     * 余 or 多 written inside the numeral ({@code 十余万}, {@code 50多万}, {@code 3.4亿余}), or two rising digits before
     * a unit ({@code 三四万}, {@code 三五百}: the value is the lower one).
     */
    public boolean approximate() {
        return approximate;
    }

    /** Digits grouped by commas, full-width commas or spaces ({@code 1,000}, {@code 563 208.15}). */
    public boolean grouped() {
        return grouped;
    }

    /** A decimal point ({@code 1.5}, {@code 三点五}). */
    public boolean decimal() {
        return decimal;
    }

    /**
     * The factor of the magnitude words that end the numeral (万 10⁴, 亿 10⁸, 万亿 10¹²; 千万 10⁷ after Arabic
     * digits), 1 when it ends in none: the magnitude a bare first member of a list or range shares ({@code 7、8万元}).
     */
    public BigDecimal magnitude() {
        return magnitude;
    }

    /** Whether the value is a whole number. */
    public boolean isInteger() {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** The value as an int, or -1 when it is not a whole number in 0..Integer.MAX_VALUE. */
    public int intValue() {
        if (!isInteger() || value.compareTo(INT_MAX) > 0) {
            return -1;
        }
        return value.intValue();
    }

    /** Written with Arabic digits only, no separators or decimals: {@code 2024}, {@code 05}. */
    public boolean plainDigits() {
        return form == Form.ARABIC && !grouped && !decimal;
    }

    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    @Override
    public String toString() {
        return "Numeral[" + start + "," + end + ") " + value.toPlainString() + " " + form + (approximate ? " approximate" : "");
    }
}
