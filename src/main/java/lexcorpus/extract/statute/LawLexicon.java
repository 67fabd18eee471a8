package lexcorpus.extract.statute;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lexcorpus.extract.Resources;

/**
 * The law names the tool knows: short name to full official name, for national laws, regulations,
 * treaties and the judicial interpretations users cite most; plus the names that are also fields of
 * study. Immutable and thread-safe.
 */
final class LawLexicon {
    private static final String PRC = "中华人民共和国";
    private final Map<String, String> canonical = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Pattern names;

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
        List<String> all = canonical.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .collect(Collectors.toList());
        names = Pattern.compile(all.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** All known names, longest first: matched without brackets. */
    Pattern names() {
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

    boolean knows(String name) {
        return canonical.containsKey(name.replace('<', '〈').replace('>', '〉'));
    }
}
