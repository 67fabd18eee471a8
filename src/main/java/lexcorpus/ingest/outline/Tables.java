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
    final Set<String> contentsTitles;
    /** The first chars of {@link #contentsTitles}, in either case. */
    final boolean[] contentsFirst = new boolean[Character.MAX_VALUE + 1];
    /** The beginnings of front-matter and contents titles (前 of 前言): a title spelled one char a line goes on only through them. */
    final Set<String> titlePrefixes;
    /** The length of the longest front-matter title. */
    final int frontMatterLength;

    /** The labels of by-lines (bylines.tsv), in lower case. */
    final Set<String> bylineLabels;
    /** A figure's or table's caption: 图 1 …, 表 2：…, Figure 3 (lookingAt, on lines that start as one may). */
    final Pattern caption;

    Tables() {
        bylineLabels = keys(DIR + "bylines.tsv");
        patterns = Resources.patterns(DIR + "structure.tsv");
        caption = pattern("caption");
        numbering = new Numbering(DIR + "numbering.tsv");
        frontMatter = keys(DIR + "front_matter.tsv");
        boxTitles = keys(DIR + "box_titles.tsv");
        organisations = Resources.list(DIR + "organisations.tsv");
        notSpeakers = keys(DIR + "not_speakers.tsv");
        contentsTitles = keys(DIR + "contents_titles.tsv");
        for (String k : contentsTitles) {
            contentsFirst[k.charAt(0)] = true;
            contentsFirst[Character.toUpperCase(k.charAt(0))] = true;
        }
        frontMatterLength = frontMatter.stream().mapToInt(String::length).max().orElse(0);
        Set<String> prefixes = new HashSet<>();
        for (Set<String> titles : List.of(frontMatter, contentsTitles)) {
            for (String k : titles) {
                for (int i = 1; i < k.length(); i++) {
                    prefixes.add(k.substring(0, i));
                }
            }
        }
        titlePrefixes = Set.copyOf(prefixes);
    }

    Pattern pattern(String name) {
        String p = patterns.get(name);
        if (p == null) {
            throw new IllegalStateException(DIR + "structure.tsv has no pattern " + name);
        }
        return Pattern.compile(p);
    }

    /** How far into a line a by-line's label ends. */
    private static final int LABEL = 12;

    /**
     * Whether {@code s}, from {@code from}, is a by-line: a label of bylines.tsv (after 【 or [) and a colon,
     * {@code 来源：…}, {@code source: …}, or {@code 文/张三}. Read without a regex: it is asked of every line.
     */
    boolean byline(String s, int from) {
        int n = s.length();
        int k = from;
        while (k < n && (s.charAt(k) == '【' || s.charAt(k) == '[' || s.charAt(k) == ' ')) {
            k++;
        }
        int limit = Math.min(n, k + LABEL);
        for (int c = k + 1; c < limit; c++) {
            char ch = s.charAt(c);
            if (ch == '：' || ch == ':') {
                String label = s.substring(k, c).strip();
                return bylineLabels.contains(label.isEmpty() || label.charAt(0) >= 128 ? label : label.toLowerCase(java.util.Locale.ROOT));
            }
            if (ch == '/' || ch == '／') {
                return c == k + 1 && s.charAt(k) == '文';
            }
        }
        return false;
    }

    boolean byline(String s) {
        return byline(s, 0);
    }

    /** Whether a line (clean, not blank) is the title of a table of contents: 目录, 目 录, Contents. */
    boolean contentsTitle(String clean) {
        if (clean.length() > 30 || !contentsFirst[clean.charAt(0)]) {
            return false;
        }
        String key = OutlineText.key(clean);
        return contentsTitles.contains(key.charAt(0) < 128 ? key.toLowerCase(java.util.Locale.ROOT) : key);
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
