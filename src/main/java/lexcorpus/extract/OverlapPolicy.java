package lexcorpus.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lexcorpus.model.Entity;

/**
 * The one place that decides between candidates that claim the same text. Types are annotated
 * independently (the 2023年 of a statute's version bracket is also a date), with two exceptions: a date
 * or an amount inside a case number is neither, and an amount inside a statute is not money. Within one
 * type, the earlier (then longer) candidate wins, except that a statute may hold the abbreviation it
 * defines. Stateless and thread-safe.
 */
public final class OverlapPolicy {
    private OverlapPolicy() {
    }

    public static List<Candidate> resolve(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparing(Candidate::type));
        List<Candidate> cases = sorted.stream().filter(c -> c.type().equals(Entity.CASE_NUMBER)).toList();
        List<Candidate> statutes = sorted.stream().filter(c -> c.type().equals(Entity.STATUTE)).toList();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if ((c.type().equals(Entity.DATE) || c.type().equals(Entity.MONEY)) && overlapsAny(c, cases)) {
                continue;
            }
            if (c.type().equals(Entity.MONEY) && overlapsAny(c, statutes)) {
                continue;
            }
            boolean clash = false;
            for (int i = kept.size() - 1; i >= 0 && !clash; i--) {
                Candidate k = kept.get(i);
                if (!k.type().equals(c.type()) || !k.overlaps(c)) {
                    continue;
                }
                boolean nested = c.type().equals(Entity.STATUTE) && c.within(k) && (c.start() > k.start() || c.end() < k.end());
                clash = !nested;
            }
            if (!clash) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static boolean overlapsAny(Candidate c, List<Candidate> others) {
        for (Candidate o : others) {
            if (o.overlaps(c)) {
                return true;
            }
        }
        return false;
    }
}
