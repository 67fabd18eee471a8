package lexcorpus.reference.currencies;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Resources;

/**
 * The currencies of ISO 4217 and the words texts name them by (SOURCES.md): codes with their Chinese names,
 * aliases, signs and codes as written, and the fractional units written after an amount. Immutable and thread-safe.
 */
public final class Currencies {
    private static final String DIR = "/lexcorpus/reference/currencies/";
    private static final Currencies SHARED = new Currencies();

    /** One currency; {@code withdrawn} is the ISO withdrawal date, null for a currency in use. */
    public record Currency(String code, String numeric, int minorUnit, String isoName, String chineseName, String withdrawn) {
    }

    /** A word for a currency: {@code kind} name, alias, sign or code; {@code beforeOnly} when it never follows the amount. */
    public record Name(String word, String code, String kind, boolean beforeOnly) {
    }

    /** A fractional unit ({@code 角}: 0.1 CNY) written after an amount in its main unit. */
    public record Subunit(String word, String code, BigDecimal worth) {
    }

    private final Map<String, Currency> byCode = new LinkedHashMap<>();
    private final Map<String, Name> byWord = new LinkedHashMap<>();
    private final List<Subunit> subunits = new ArrayList<>();

    private Currencies() {
        for (String[] r : Resources.rows(DIR + "iso4217.tsv")) {
            byCode.put(r[0], new Currency(r[0], r[1], r[2].isEmpty() ? 0 : Integer.parseInt(r[2]), r[3], r[4],
                    r.length > 5 && !r[5].isEmpty() ? r[5] : null));
        }
        for (String[] r : Resources.rows(DIR + "names.tsv")) {
            if (!byCode.containsKey(r[1])) {
                throw new IllegalStateException(DIR + "names.tsv: " + r[0] + " names an unknown code " + r[1]);
            }
            if (byWord.putIfAbsent(r[0], new Name(r[0], r[1], r[2], r[3].equals("before"))) != null) {
                throw new IllegalStateException(DIR + "names.tsv: " + r[0] + " twice");
            }
        }
        for (String[] r : Resources.rows(DIR + "subunits.tsv")) {
            subunits.add(new Subunit(r[0], r[1], new BigDecimal(r[2])));
        }
    }

    public static Currencies shared() {
        return SHARED;
    }

    /** The currency of a code, or null. */
    public Currency currency(String code) {
        return byCode.get(code);
    }

    /** Every currency, in code order. */
    public List<Currency> currencies() {
        return List.copyOf(byCode.values());
    }

    /** Every word for a currency, in the table's order. */
    public List<Name> names() {
        return List.copyOf(byWord.values());
    }

    /** The code a word names, or null. */
    public String codeOf(String word) {
        Name n = byWord.get(word);
        return n == null ? null : n.code();
    }

    public List<Subunit> subunits() {
        return Collections.unmodifiableList(subunits);
    }
}
