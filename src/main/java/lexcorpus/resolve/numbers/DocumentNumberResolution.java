package lexcorpus.resolve.numbers;

import lexcorpus.model.EntityValue.DocumentNumberValue;
import lexcorpus.reference.issuers.IssuerCodes;

/**
 * The resolve stage for document numbers: the issuer where the issuer tables know the code. The instrument's
 * title is left absent until a law table that carries document numbers is at hand. Stateless and thread-safe.
 */
public final class DocumentNumberResolution {
    private final IssuerCodes issuers = IssuerCodes.shared();

    public DocumentNumberValue resolve(DocumentNumberValue v) {
        return v.resolved(issuers.issuer(v.issuerCode(), v.kind()), null);
    }
}
