package lexcorpus.extract.statute;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Trie;

/**
 * The law names the tool knows: short name to full official name, for national laws, regulations,
 * treaties and the judicial interpretations users cite most; plus the names that are also fields of
 * study. Immutable and thread-safe.
 */
final class LawLexicon {
    private static final String PRC = "中华人民共和国";
    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Trie names;

    LawLexicon(String dir) {
        for (String[] row : Resources.rows(dir + "laws.tsv")) {
            String name = row[0].strip();
            String full = row[1].strip().equals("+") ? PRC + name : row[1].strip();
            canonical.put(name, full);
            canonical.put(full, full);
            if (row.length > 2 && row[2].strip().equals("ambiguous")) {
                ambiguous.add(name);
            }
        }
        Map<String, String> interpretations = Resources.map(dir + "interpretations.tsv");
        canonical.putAll(interpretations);
        for (String full : interpretations.values()) {
            canonical.put(full, full);
        }
        names = new Trie(canonical.keySet());
    }

    /** All known names, longest first: matched without brackets. */
    Trie names() {
        return names;
    }

    boolean isAmbiguous(String name) {
        return ambiguous.contains(name);
    }

    /** The full official name of a law written {@code law}; {@code law} itself when unknown. */
    String canonical(String law) {
        String normalized = law.replace('<', '〈').replace('>', '〉');
        String full = canonical.get(normalized);
        if (full != null) {
            return full;
        }
        return normalized;
    }
}
