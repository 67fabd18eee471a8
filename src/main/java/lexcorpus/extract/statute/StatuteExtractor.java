package lexcorpus.extract.statute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.StatuteValue;
import lexcorpus.reference.LawTable;

/**
 * Statute references: the mentions {@link StatuteFinder} finds, resolved by the {@link MentionResolver} given
 * (what each names, and what the law table knows of it on the document's date). Thread-safe.
 */
public final class StatuteExtractor implements Extractor {
    private final StatuteFinder finder;
    private final MentionResolver resolver;

    public StatuteExtractor(LawTable table, MentionResolver resolver) {
        this.finder = new StatuteFinder(table);
        this.resolver = resolver;
    }

    @Override
    public String type() {
        return Entity.STATUTE;
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Mention> mentions = new ArrayList<>(finder.find(s));
        // reading order; at one start the longer mention first (the defining title before the short name in it)
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<StatuteValue> values = resolver.resolve(mentions, s, ctx.from(), ctx.to());
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            if (values.get(i) != null) {
                out.add(new Candidate(Entity.STATUTE, mentions.get(i).start(), mentions.get(i).end(), values.get(i)));
            }
        }
        return out;
    }
}
