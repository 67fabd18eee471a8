package lexcorpus.extract.date;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Scan;
import lexcorpus.model.Entity;

/**
 * Finds calendar dates, months and years: at every numeral (and 元 of 元月) the grammar proposes its readings and
 * keeps one ({@link DateGrammar}); the dates among them then get the parts they leave out from context
 * ({@link DateResolver}). One pass over the text, each reading bounded: linear in the text. Thread-safe.
 */
public final class DateExtractor implements Extractor {
    /** Every date holds 年, 月, 日, 号 or a separator within this many chars of its start. */
    private static final int WINDOW = 12;
    private static final boolean[] NEEDED = Scan.table("年月日号世-/.");

    private final DateGrammar grammar = new DateGrammar();
    private final DateResolver resolver = new DateResolver(grammar.listMarks() + grammar.rangeMarks());

    @Override
    public String type() {
        return Entity.DATE;
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        int n = s.length();
        List<DateGrammar.Reading> dates = new ArrayList<>();
        int nextNeeded = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean start = c == '元' ? i + 1 < n && s.charAt(i + 1) == '月' : Scan.startsNumber(s, i);
            if (!start) {
                i++;
                continue;
            }
            if (nextNeeded < i) {
                nextNeeded = i;
                while (nextNeeded < n && !NEEDED[s.charAt(nextNeeded)]) {
                    nextNeeded++;
                }
            }
            if (nextNeeded - i > WINDOW) {
                i++;
                continue;
            }
            DateGrammar.Reading r = grammar.choose(s, i);
            if (r == null) {
                i++;
                continue;
            }
            if (r.kind() == DateGrammar.Kind.DATE) {
                dates.add(r);
            }
            i = Math.max(r.end(), i + 1);
        }
        return resolver.resolve(s, dates, ctx.docYear());
    }
}
