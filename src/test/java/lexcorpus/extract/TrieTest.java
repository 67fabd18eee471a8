package lexcorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TrieTest {
    @Test
    void longestWordAtAPositionAndLeftmostLongestWords() {
        Trie t = new Trie(List.of("民法", "民法典", "刑法", "法典", ""));
        assertEquals("民法典", t.longestAt("依照民法典第十条", 2));
        assertEquals("民法", t.longestAt("民法通则", 0));
        assertNull(t.longestAt("民", 0));
        assertNull(t.longestAt("民法", 2));
        assertEquals(List.of(new Trie.Hit(0, "民法典"), new Trie.Hit(4, "刑法")), t.findAll("民法典与刑法典"));
        assertEquals(List.of(), new Trie(List.of()).findAll("民法典"));
    }

    /** Against a search of every word at every position: nodes with one child and with hundreds (a common prefix). */
    @Test
    void sameWordsAsAFullSearch() {
        Random r = new Random(27);
        String alphabet = "中华人民共和国法律条例规定办法决定解释刑民商行政诉讼0123456789abc（）";
        Set<String> words = new TreeSet<>();
        for (int i = 0; i < 600; i++) {
            words.add("中华人民共和国" + (char) ('\u4e00' + r.nextInt(20000)) + random(r, alphabet, r.nextInt(4)));
        }
        for (int i = 0; i < 300; i++) {
            words.add(random(r, alphabet, 1 + r.nextInt(6)));
        }
        Trie t = new Trie(words);
        List<String> list = new ArrayList<>(words);
        for (int k = 0; k < 200; k++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                sb.append(r.nextInt(3) == 0 ? list.get(r.nextInt(list.size())) : random(r, alphabet, 1 + r.nextInt(3)));
            }
            String s = sb.toString();
            List<Trie.Hit> expected = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                String best = null;
                for (String w : words) {
                    if (s.startsWith(w, i) && (best == null || w.length() > best.length())) {
                        best = w;
                    }
                }
                assertEquals(best, t.longestAt(s, i), s + " at " + i);
                if (best != null) {
                    expected.add(new Trie.Hit(i, best));
                    i += best.length();
                } else {
                    i++;
                }
            }
            assertEquals(expected, t.findAll(s), s);
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
