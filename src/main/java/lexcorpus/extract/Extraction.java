package lexcorpus.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import lexcorpus.extract.casenumber.CaseNumberExtractor;
import lexcorpus.extract.date.DateExtractor;
import lexcorpus.extract.docnumber.DocumentNumberExtractor;
import lexcorpus.extract.money.MoneyExtractor;
import lexcorpus.extract.statute.StatuteExtractor;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.reference.LawTable;
import lexcorpus.resolve.numbers.NumberResolution;
import lexcorpus.resolve.statutes.StatuteResolver;
import lexcorpus.text.AlignedText;
import lexcorpus.text.Normalizer;

/**
 * Runs the extractors of the chosen types over one clean text, settles overlaps, and reports every
 * entity with its original text and code-point offsets. Thread-safe: build once, share across threads.
 */
public final class Extraction {
    private final List<Extractor> extractors;

    private final Set<String> types;

    /** Case and document numbers decoded (courts, case types, roles, issuers), after the overlaps are settled. */
    private final NumberResolution numbers = new NumberResolution();

    public Extraction(Set<String> types) {
        this.types = Set.copyOf(types);
        // the overlap policy needs case and document numbers for dates and money, case numbers for document numbers,
        // and statutes for money, even when not asked for
        boolean dates = types.contains(Entity.DATE);
        boolean money = types.contains(Entity.MONEY);
        boolean documents = types.contains(Entity.DOCUMENT_NUMBER);
        List<Extractor> chosen = new ArrayList<>();
        if (dates) {
            chosen.add(new DateExtractor());
        }
        if (money) {
            chosen.add(new MoneyExtractor());
        }
        if (money || types.contains(Entity.STATUTE)) {
            chosen.add(new StatuteExtractor(LawTable.shared(), new StatuteResolver(LawTable.shared())));
        }
        if (dates || money || documents || types.contains(Entity.CASE_NUMBER)) {
            chosen.add(new CaseNumberExtractor());
        }
        if (dates || money || documents) {
            chosen.add(new DocumentNumberExtractor());
        }
        extractors = List.copyOf(chosen);
    }

    /** The document with its entities (the extract stage of one document). */
    public Document extract(Document d) {
        return d.withEntities(extract(d.id(), d.text(), d.date(), d.metadata() == null ? null : d.metadata().date(), d.signed()));
    }

    /** As {@link #extract(Document)}, on the document's clean text already made (by ingest, in the same process). */
    public Document extract(Document d, AlignedText clean) {
        String own = d.date();
        return d.withEntities(extract(d.id(), clean, own != null ? own : d.metadata() == null ? null : d.metadata().date(), d.signed()));
    }

    /**
     * The entities of a document's original text: found in its clean text, a year left out inferred from the
     * document's own date, else from its masthead's; statutes resolved on the date it was {@code signed}, where
     * there is one.
     */
    public List<Entity> extract(String doc, String original, String ownDate, String mastheadDate, String signed) {
        return extract(doc, Normalizer.normalize(original), ownDate != null ? ownDate : mastheadDate, signed);
    }

    public List<Entity> extract(String doc, AlignedText text, String documentDate) {
        return extract(doc, text, documentDate, null);
    }

    /** As above; statutes are resolved on the date a judgment was {@code signed}, where there is one. */
    public List<Entity> extract(String doc, AlignedText text, String documentDate, String signed) {
        ExtractionContext ctx = ExtractionContext.of(text, documentDate, signed);
        List<Candidate> candidates = new ArrayList<>();
        for (Extractor e : extractors) {
            candidates.addAll(e.find(ctx));
        }
        List<Entity> out = new ArrayList<>();
        for (Candidate c : numbers.resolve(OverlapPolicy.resolve(candidates), ctx)) {
            if (!types.contains(c.type())) {
                continue;
            }
            int[] span = text.toOriginalSpan(c.start(), c.end());
            String surface = text.originalSlice(c.start(), c.end());
            out.add(new Entity(doc, c.type(), surface, span[0], span[1], c.value()));
        }
        out.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end).thenComparing(Entity::type));
        return out;
    }
}
