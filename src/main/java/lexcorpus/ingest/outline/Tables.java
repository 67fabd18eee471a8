package lexcorpus.ingest.outline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lexcorpus.extract.Resources;

/**
 * The patterns and word lists the outline readers use, read once from {@code src/main/resources/lexcorpus/ingest/}.
 * Immutable and thread-safe.
 */
final class Tables {
    private static final String DIR = "/lexcorpus/ingest/";

    final Map<String, String> patterns;
    final Numbering numbering;
    final Set<String> frontMatter;
    final Set<String> boxTitles;
    final List<String> organisations;
    final Set<String> notSpeakers;

    Tables() {
        patterns = Resources.patterns(DIR + "structure.tsv");
        numbering = new Numbering(DIR + "numbering.tsv");
        frontMatter = keys(DIR + "front_matter.tsv");
        boxTitles = keys(DIR + "box_titles.tsv");
        organisations = Resources.list(DIR + "organisations.tsv");
        notSpeakers = keys(DIR + "not_speakers.tsv");
    }

    Pattern pattern(String name) {
        String p = patterns.get(name);
        if (p == null) {
            throw new IllegalStateException(DIR + "structure.tsv has no pattern " + name);
        }
        return Pattern.compile(p);
    }

    /** Whether {@code name} ends like the name of an organisation (协会, 研究院, 法院 …). */
    boolean organisation(String name) {
        for (String suffix : organisations) {
            if (name.length() > suffix.length() && name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(String path) {
        Set<String> out = new HashSet<>();
        for (String s : Resources.list(path)) {
            out.add(OutlineText.key(s).toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Tables instance;

    static synchronized Tables instance() {
        if (instance == null) {
            instance = new Tables();
        }
        return instance;
    }
}
