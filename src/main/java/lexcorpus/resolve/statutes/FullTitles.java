package lexcorpus.resolve.statutes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.statute.Mention;
import lexcorpus.reference.LawTable;

/**
 * One document's titles as the full forms of short ones (《证据规定》 for 最高人民法院关于民事诉讼证据的若干规定): a title
 * holds a short form when it is longer, ends in the same two chars and has all of its chars in order. The titles
 * named so far and the long titles mentioned later are kept in buckets by their last two chars, and what a search
 * for one short form has looked at is remembered, so that each short form goes through each title of its bucket
 * once: a document with many titles costs time linear in its titles, not their square. Per document, not shared.
 */
final class FullTitles {
    /** Titles of one ending: their compared form and their position (in the named titles, or in the mentions). */
    private static final class Bucket {
        final List<String> keys = new ArrayList<>();
        int[] at = new int[4];

        void add(String key, int position) {
            if (keys.size() == at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            at[keys.size()] = position;
            keys.add(key);
        }

        int size() {
            return keys.size();
        }
    }

    /** What the searches for one short form have found. */
    private static final class Memo {
        /** Named titles: the bucket's first {@code checked} entries are looked at; the last holder among them. */
        int checked;
        int nearest = -1;
        /** Later titles: entries before {@code next} are passed; {@code found}, the entry that holds the form, or -1. */
        int next;
        int found = -1;
        int lastIndex = -1;
    }

    private final int minLater;
    private final List<Mention> mentions;
    private final List<String> named = new ArrayList<>();
    private int indexed;
    private final Map<String, Bucket> namedByEnding = new HashMap<>();
    private Map<String, Bucket> laterByEnding;
    private final Map<String, Memo> memos = new HashMap<>();

    /** @param minLater a later title counts when its name is longer than this */
    FullTitles(List<Mention> mentions, int minLater) {
        this.mentions = mentions;
        this.minLater = minLater;
    }

    /** The next title named in reading order (its canonical name), in step with the resolver's list. */
    void named(String canonical) {
        named.add(canonical);
    }

    /** The position among the named titles of the last one that holds {@code key}, or -1. */
    int before(String key) {
        if (key.length() < 3) {
            return -1;
        }
        for (; indexed < named.size(); indexed++) {
            String c = LawTable.key(named.get(indexed));
            if (c.length() >= 4) {
                namedByEnding.computeIfAbsent(ending(c), e -> new Bucket()).add(c, indexed);
            }
        }
        Bucket b = namedByEnding.get(ending(key));
        if (b == null) {
            return -1;
        }
        Memo m = memos.computeIfAbsent(key, k -> new Memo());
        for (int i = b.size() - 1; i >= m.checked; i--) {
            if (holds(b.keys.get(i), key)) {
                m.nearest = b.at[i];
                break;
            }
        }
        m.checked = b.size();
        return m.nearest;
    }

    /**
     * The first mention after {@code index} that is a title longer than the limit and holds {@code key}, or -1.
     * Searches come in reading order; one that goes back starts over.
     */
    int after(String key, int index) {
        if (key.length() < 3) {
            return -1;
        }
        if (laterByEnding == null) {
            laterByEnding = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                Mention later = mentions.get(i);
                if (later.kind() == Mention.Kind.TITLE && later.lookup().length() > minLater) {
                    String c = LawTable.key(later.lookup());
                    if (c.length() >= 4) {
                        laterByEnding.computeIfAbsent(ending(c), e -> new Bucket()).add(c, i);
                    }
                }
            }
        }
        Bucket b = laterByEnding.get(ending(key));
        if (b == null) {
            return -1;
        }
        Memo m = memos.computeIfAbsent(key, k -> new Memo());
        if (index < m.lastIndex) {
            m.next = 0;
            m.found = -1;
        }
        m.lastIndex = index;
        if (m.found >= 0) {
            if (b.at[m.found] > index) {
                return b.at[m.found];
            }
            m.next = m.found + 1;
            m.found = -1;
        }
        for (; m.next < b.size(); m.next++) {
            if (b.at[m.next] > index && holds(b.keys.get(m.next), key)) {
                m.found = m.next;
                return b.at[m.found];
            }
        }
        return -1;
    }

    private static String ending(String key) {
        return key.substring(key.length() - 2);
    }

    /** Whether the compared form {@code c} of a title holds the short form {@code key} (both ends alike). */
    private static boolean holds(String c, String key) {
        return c.length() > key.length() && LawTable.subsequence(key, c);
    }
}
