package lexcorpus.extract.statute;

import java.util.List;
import lexcorpus.model.EntityValue.StatuteValue;

/** The resolve stage of statutes: what each mention found names (lexcorpus.resolve.statutes holds the implementation). */
public interface MentionResolver {
    /**
     * The value of each mention, in the order given (mentions in reading order), or null for a mention that
     * names no statute (a 《title》 that failed the suffix rule and is neither defined nor known).
     *
     * @param text the clean text the mentions were found in
     * @param from the first day of the document's date (its day, or the first day of its month or year); null
     * @param to   the last day of the document's date; null when unknown
     */
    List<StatuteValue> resolve(List<Mention> mentions, String text, java.time.LocalDate from, java.time.LocalDate to);
}
