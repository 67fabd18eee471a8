package lexcorpus.resolve.numbers;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.model.EntityValue.DocumentNumberValue;
import lexcorpus.reference.courts.CaseTypes;

/**
 * The resolve stage for case and document numbers: what a case number's type code means (case type and
 * procedure), from the case type tables, and a document number's issuer. A field the tables do not give stays
 * absent. Stateless and thread-safe.
 */
public final class NumberResolution {
    private final CaseTypes types = CaseTypes.shared();
    private final DocumentNumberResolution documents = new DocumentNumberResolution();

    /** The candidates with every case and document number decoded; others as they are. */
    public List<Candidate> resolve(List<Candidate> candidates, ExtractionContext ctx) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.value() instanceof CaseNumberValue v) {
                out.add(new Candidate(c.type(), c.start(), c.end(), decode(v)));
            } else if (c.value() instanceof DocumentNumberValue d) {
                out.add(new Candidate(c.type(), c.start(), c.end(), documents.resolve(d)));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    CaseNumberValue decode(CaseNumberValue v) {
        CaseTypes.CaseType t = "2016".equals(v.format()) ? types.modern(v.typeCode()) : types.legacy(v.typeCode());
        return v.decoded(null, null, t == null ? null : t.caseType(), t == null ? null : t.procedure(), null);
    }
}
