package lexcorpus.reference;

import java.time.LocalDate;

/**
 * What the table can say of an instrument on one date. A field is null where the table does not know:
 * a wrong answer is worse than none.
 *
 * @param status     {@code in_force}, {@code repealed} or {@code not_yet_in_force}; null when unknown
 * @param version    the version in force on the date; null when unknown
 * @param repealedOn the repeal date, when the instrument had been repealed by the date
 * @param successor  the instrument that replaced it, when it had been repealed by the date and one is known
 */
public record Standing(String status, Version version, LocalDate repealedOn, Instrument successor) {
    public static final String IN_FORCE = "in_force";
    public static final String REPEALED = "repealed";
    public static final String NOT_YET_IN_FORCE = "not_yet_in_force";
    static final Standing UNKNOWN = new Standing(null, null, null, null);
}
