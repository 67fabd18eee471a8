package lexcorpus.extract;

import java.util.List;

/**
 * Finds one entity type in a document's clean text. Implementations are stateless after construction
 * and thread-safe: one instance serves every document and thread.
 */
public interface Extractor {
    /** The entity type this extractor finds. */
    String type();

    /** Every candidate in the clean text, in any order, possibly overlapping each other. */
    List<Candidate> find(ExtractionContext context);
}
