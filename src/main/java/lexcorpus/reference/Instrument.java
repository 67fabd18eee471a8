package lexcorpus.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * A law, regulation, judicial interpretation, treaty or rule the table knows.
 *
 * @param lawId           stable identifier
 * @param level           法律, 行政法规, 司法解释, 部门规章, 国际条约 or 其他
 * @param title           the official title
 * @param issuer          who made it; null where unknown
 * @param repealed        the date it ceased to be in force; null when no source says it did, or none says when
 * @param repealedUndated a source says it is no longer in force but not since when
 * @param repealedBy      the law_id of the instrument that replaced it; null where none is known
 * @param historyComplete the source lists every change: only then is a version given for a date
 * @param versions        its versions in order, possibly empty
 */
public record Instrument(String lawId, String level, String title, String issuer, LocalDate repealed, boolean repealedUndated,
                         String repealedBy, boolean historyComplete, List<Version> versions) {
    public Instrument {
        versions = List.copyOf(versions);
    }
}
