package lexcorpus.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A dictionary of literal words matched at every position of a text, longest word first, in time linear
 * in the text times the longest word (a regex alternation of hundreds of names tries each at every char).
 * Immutable after construction; thread-safe.
 */
public final class Trie {
    /** A node: its children's chars sorted, searched by bisection (no boxing, no hashing). */
    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        String word;
        /** Bit (c mod 64) set for each child char c: most misses end here, before the bisection. */
        long mask;

        Node get(char c) {
            if ((mask & (1L << c)) == 0) {
                return null;
            }
            int i = java.util.Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node add(char c) {
            int i = java.util.Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] n = new Node[kids.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(kids, 0, n, 0, at);
            k[at] = c;
            mask |= 1L << c;
            n[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(kids, at, n, at + 1, kids.length - at);
            keys = k;
            kids = n;
            return n[at];
        }
    }

    /** The nodes of the words' first chars, indexed by char: most positions of a text are rejected here, in one lookup. */
    private final Node[] first = new Node[Character.MAX_VALUE + 1];
    /** The same first chars as bits: 8 KB that stay in the cache, where the table above is 256 KB. */
    private final long[] firstBits = new long[(Character.MAX_VALUE + 1) / 64];

    public Trie(Collection<String> words) {
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            Node n = first[w.charAt(0)];
            if (n == null) {
                n = first[w.charAt(0)] = new Node();
                firstBits[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            }
            for (int i = 1; i < w.length(); i++) {
                n = n.add(w.charAt(i));
            }
            n.word = w;
        }
    }

    /** The longest word starting at {@code at}, or null. */
    public String longestAt(String s, int at) {
        Node n = at < s.length() ? first[s.charAt(at)] : null;
        if (n == null) {
            return null;
        }
        String best = n.word;
        for (int i = at + 1; i < s.length(); i++) {
            n = n.get(s.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word != null) {
                best = n.word;
            }
        }
        return best;
    }

    /** A found word and where it starts. */
    public record Hit(int start, String word) {
        public int end() {
            return start + word.length();
        }
    }

    /** Leftmost-longest, non-overlapping words of the text. */
    public List<Hit> findAll(String s) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            String w = (firstBits[c >>> 6] & (1L << c)) != 0 ? longestAt(s, i) : null;
            if (w != null) {
                out.add(new Hit(i, w));
                i += w.length();
            } else {
                i++;
            }
        }
        return out;
    }
}
