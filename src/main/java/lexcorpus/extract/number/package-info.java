/**
 * The numeral grammar every extractor reads numbers with (as Duckling has a Numeral dimension).
 *
 * <p>{@link lexcorpus.extract.number.NumeralReader} reads the longest numeral at a position of a text and returns a
 * {@link lexcorpus.extract.number.Numeral}: its extent, exact value, form (Arabic, mixed, Chinese, digit string) and
 * flags (approximate, grouped, decimal, the magnitude it ends in). Two readers are shared:
 * {@link lexcorpus.extract.number.NumeralReader#AMOUNT} (grouping, decimals, 余/多 inside) for amounts and
 * {@link lexcorpus.extract.number.NumeralReader#INTEGER} for years, months, days, article and serial numbers.
 * {@link lexcorpus.extract.number.Numbers} parses a whole string with the same grammar and renders values.
 *
 * <p>The API only grows: methods are added, never changed or removed. Everything here is immutable or stateless
 * and thread-safe. The cases the grammar must read are data: {@code src/test/resources/specs/number/numerals.tsv}.
 */
package lexcorpus.extract.number;
