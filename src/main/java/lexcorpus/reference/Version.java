package lexcorpus.reference;

import java.time.LocalDate;

/**
 * One version of an instrument: the original text or one change to it.
 *
 * @param label     how the version is cited: {@code 1999年}, {@code 2021年修正}, {@code 2023年修订}
 * @param kind      {@code 制定}, {@code 修正} or {@code 修订}
 * @param date      the date it was adopted (promulgated, for a State Council regulation)
 * @param effective the date it took effect; null where no source gives it
 * @param articles  the highest article number of its text; null where the source has no text of it
 * @param number    its document or decree number; null where unknown
 */
public record Version(String label, String kind, LocalDate date, LocalDate effective, Integer articles, String number) {
}
