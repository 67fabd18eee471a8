package lexcorpus.resolve.numbers;

import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.reference.courts.CaseTypes;
import lexcorpus.reference.courts.Courts;

/**
 * Decodes a case number: the court and its level from the court code (a 2016-format code by the court tables, a
 * legacy abbreviation only where it names one court), the case type and procedure from the type code, and its
 * role in the document. A field the tables do not give stays absent. Stateless and thread-safe.
 */
final class CaseNumberResolution {
    private final CaseTypes types = CaseTypes.shared();
    private final Courts courts = Courts.shared();

    CaseNumberValue decode(CaseNumberValue v, boolean own) {
        boolean modern = "2016".equals(v.format());
        CaseTypes.CaseType t = modern ? types.modern(v.typeCode()) : types.legacy(v.typeCode());
        Courts.Court court = v.courtCode() == null ? null : modern ? courts.byCode(v.courtCode()) : courts.legacy(v.courtCode());
        return v.decoded(court == null ? null : court.name(), court == null ? null : court.level(),
                t == null ? null : t.caseType(), t == null ? null : t.procedure(), own ? "own" : "cited");
    }
}
