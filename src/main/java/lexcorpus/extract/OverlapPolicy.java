package lexcorpus.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.model.Entity;

/**
 * The one place that decides between candidates that claim the same text. Types are annotated
 * independently (the 2023年 of a statute's version bracket is also a date; a document number in it is kept too),
 * with these exceptions: a date or an amount inside a case or document number is neither, a document number
 * inside a case number is not one, and an amount inside a statute is not money. Within one
 * type, the earlier (then longer) candidate wins, except that a statute may hold the abbreviation it
 * defines. One sweep in start order: linear in the number of candidates. Stateless and thread-safe.
 */
public final class OverlapPolicy {
    private OverlapPolicy() {
    }

    public static List<Candidate> resolve(List<Candidate> all) {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed())
                .thenComparing(Candidate::type));
        BitSet cases = new BitSet();
        BitSet documents = new BitSet();
        BitSet statutes = new BitSet();
        for (Candidate c : sorted) {
            if (c.type().equals(Entity.CASE_NUMBER)) {
                cases.set(c.start(), c.end());
            } else if (c.type().equals(Entity.DOCUMENT_NUMBER)) {
                documents.set(c.start(), c.end());
            } else if (c.type().equals(Entity.STATUTE)) {
                statutes.set(c.start(), c.end());
            }
        }
        Map<String, Candidate> reach = new HashMap<>(); // per type, the kept candidate that ends last
        List<Candidate> kept = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : sorted) {
            // one candidate per type and span: in this order those of one type and span are next to each other
            boolean repeated = previous != null && previous.start() == c.start() && previous.end() == c.end()
                    && previous.type().equals(c.type());
            previous = c;
            if (repeated) {
                continue;
            }
            if ((c.type().equals(Entity.DATE) || c.type().equals(Entity.MONEY)) && (covers(cases, c) || covers(documents, c))) {
                continue;
            }
            if (c.type().equals(Entity.DOCUMENT_NUMBER) && covers(cases, c)) {
                continue;
            }
            if (c.type().equals(Entity.MONEY) && covers(statutes, c)) {
                continue;
            }
            Candidate k = reach.get(c.type());
            if (k != null && c.start() < k.end()) {
                boolean nested = c.type().equals(Entity.STATUTE) && c.within(k) && (c.start() > k.start() || c.end() < k.end());
                if (!nested) {
                    continue;
                }
                kept.add(c);
                continue; // the outer statute still reaches furthest
            }
            kept.add(c);
            reach.put(c.type(), c);
        }
        return kept;
    }

    private static boolean covers(BitSet spans, Candidate c) {
        int next = spans.nextSetBit(c.start());
        return next >= 0 && next < c.end();
    }
}
