package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript: turns that open with the speaker's name and a colon ({@code 孙硕：…}), the name a
 * person's (two to four Han characters, a transliteration with ·, a Latin name) and the line a speech, not a
 * title or a list label ({@code 欧盟：立法趋向统一}). A text is a transcript when turns by at least three speakers
 * make up most of it. The chair's linking turns are not speeches: a speaker is taken for a chair when the label
 * says so (主持人) or when at least two of their turns name whoever speaks next. Thread-safe.
 */
final class Speakers {
    /** A turn: its first line, the speaker's label as written (name and any role in brackets), and whether the speaker chairs. */
    record Turn(int line, String label, boolean chair) {
    }

    private static final int MIN_SPEAKERS = 3;
    private static final int MIN_TURNS = 4;
    private static final int MAX_HAN_NAME = 4;
    /** A turn's first line is a speech: this long, or ending a sentence or a greeting (各位来宾：). */
    private static final int SPEECH = 50;
    private static final String CHAIR = "主持";

    private final Pattern speaker;
    private final Set<String> notSpeakers;
    private final Tables tables;

    Speakers(Tables tables) {
        speaker = tables.pattern("speaker");
        notSpeakers = tables.notSpeakers;
        this.tables = tables;
    }

    /** The turns of a transcript, chairs' included; empty when the text is not one. */
    List<Turn> find(OutlineText t) {
        int n = t.size();
        List<Integer> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        long inTurns = 0;
        long all = 0;
        for (int i = 0; i < n; i++) {
            t.visit();
            if (!t.free(i)) {
                continue;
            }
            String c = t.clean(i);
            all += c.length();
            if (!lines.isEmpty()) {
                inTurns += c.length();
            }
            int colon = colon(c);
            if (colon < 0) {
                continue;
            }
            Matcher m = speaker.matcher(c.substring(0, Math.min(c.length(), colon + 1)));
            if (!m.matches()) {
                continue;
            }
            String name = m.group("name").strip();
            if (!personal(name) || notSpeakers.contains(name.toLowerCase(java.util.Locale.ROOT)) || tables.byline(c)
                    || !(c.length() >= SPEECH || Headings.endsASentence(c) || c.endsWith("：") || c.endsWith(":"))) {
                continue;
            }
            if (lines.isEmpty()) {
                inTurns += c.length();
            }
            lines.add(i);
            names.add(name);
            labels.add(c.substring(0, m.start("rest") - 1).strip());
        }
        if (new HashSet<>(names).size() < MIN_SPEAKERS || lines.size() < MIN_TURNS || inTurns * 2 < all) {
            return List.of();
        }
        Set<String> chairs = new HashSet<>();
        java.util.Map<String, Integer> linking = new java.util.HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            String name = names.get(k);
            if (name.contains(CHAIR)) {
                chairs.add(name);
                continue;
            }
            if (k + 1 < lines.size() && !names.get(k + 1).equals(name) && names(t, lines.get(k), lines.get(k + 1), names.get(k + 1))
                    && linking.merge(name, 1, Integer::sum) >= 2) {
                chairs.add(name);
            }
        }
        List<Turn> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            out.add(new Turn(lines.get(k), labels.get(k), chairs.contains(names.get(k))));
        }
        return out;
    }

    /** A person's name: two to four Han characters, a transliteration with ·, or Latin letters. */
    private static boolean personal(String name) {
        boolean han = name.codePointAt(0) >= 0x3400;
        return !han || name.indexOf('·') > 0 || name.indexOf('•') > 0 || name.length() <= MAX_HAN_NAME || name.contains(CHAIR);
    }

    /** Where the speaker's colon stands, if near the start of the line. */
    static int colon(String c) {
        int limit = Math.min(c.length(), 64);
        for (int k = 1; k < limit; k++) {
            char ch = c.charAt(k);
            if (ch == '：' || ch == ':') {
                return k;
            }
        }
        return -1;
    }

    /** Whether the turn over lines [from, to) names {@code next}. */
    private static boolean names(OutlineText t, int from, int to, String next) {
        for (int i = from; i < to; i++) {
            t.visit();
            if (t.clean(i).contains(next)) {
                return true;
            }
        }
        return false;
    }
}
