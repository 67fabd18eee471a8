package lexcorpus.resolve.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.model.EntityValue.DocumentNumberValue;

/**
 * The resolve stage for case and document numbers: a case number's court, case type, procedure and role in the
 * document; a document number's issuer. A field the tables do not give stays absent. Stateless and thread-safe.
 */
public final class NumberResolution {
    private final CaseNumberResolution cases = new CaseNumberResolution();
    private final DocumentNumberResolution documents = new DocumentNumberResolution();

    /** The candidates with every case and document number decoded; others as they are. */
    public List<Candidate> resolve(List<Candidate> candidates, ExtractionContext ctx) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        Set<String> own = Roles.own(ctx.clean(), candidates);
        for (Candidate c : candidates) {
            if (c.value() instanceof CaseNumberValue v) {
                out.add(new Candidate(c.type(), c.start(), c.end(), cases.decode(v, own.contains(Roles.key(v)))));
            } else if (c.value() instanceof DocumentNumberValue d) {
                out.add(new Candidate(c.type(), c.start(), c.end(), documents.resolve(d)));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
