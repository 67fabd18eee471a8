package lexcorpus.resolve.statutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.statute.Mention;
import lexcorpus.extract.statute.MentionResolver;
import lexcorpus.model.EntityValue.ArticleRef;
import lexcorpus.model.EntityValue.StatuteValue;
import lexcorpus.model.EntityValue.Successor;
import lexcorpus.reference.Instrument;
import lexcorpus.reference.LawTable;
import lexcorpus.reference.Standing;
import lexcorpus.reference.Version;

/**
 * Ties statute mentions to instruments, in reading order: short names to the titles they were defined for
 * (a redefinition replaces the old one; a year written with the definition keys it), 本法/本条例/该法/同法 and
 * 该《法案》 to the instrument last named that ends in the same word (or the document's own title), an issuer
 * before 《》 into the title, a country before a name to that country's law, other names through the law table
 * (its names, then the official title with the issuer or 中华人民共和国 left out). Then adds what the table knows
 * of the instrument on the document's date. Stateless and thread-safe: per-document state lives in one call.
 */
public final class StatuteResolver implements MentionResolver {
    /** Regions of the PRC: a name written after one is that region's law, but not a foreign law. */
    private static final List<String> REGIONS = List.of("香港", "澳门", "台湾");
    private static final int MAX_SHORT = 12;
    private static final java.util.regex.Pattern CLOSING_BRACKET = java.util.regex.Pattern.compile("（[^（）]*）$");
    private static final java.util.regex.Pattern NUMERAL_BRACKET = java.util.regex.Pattern.compile("（([一二三四五六七八九十]+)）");
    private final LawTable table;

    public StatuteResolver(LawTable table) {
        this.table = table;
    }

    /** What a mention was tied to: the canonical name, and the instrument when the table has it. */
    private record Target(String canonical, Instrument instrument, String level) {
    }

    @Override
    public List<StatuteValue> resolve(List<Mention> mentions, String text, LocalDate from, LocalDate to) {
        Map<String, Target> defined = new HashMap<>();
        Map<String, Target> definedByYear = new HashMap<>();
        Map<Mention, Target> targets = new IdentityHashMap<>();
        List<Target> named = new ArrayList<>();
        FullTitles fullTitles = new FullTitles(mentions, MAX_SHORT);
        List<StatuteValue> out = new ArrayList<>(mentions.size());
        for (int index = 0; index < mentions.size(); index++) {
            Mention m = mentions.get(index);
            Target t = switch (m.kind()) {
                case SHORT -> targets.get(m.definedBy());
                case REFERENCE -> reference(m.referenceWord(), named, text);
                case TITLE -> title(m, defined, definedByYear, named, fullTitles, mentions, index);
                case BARE, LIST_ITEM -> bare(m, defined);
            };
            if (t == null) {
                out.add(null);
                continue;
            }
            targets.put(m, t);
            if (m.kind() != Mention.Kind.REFERENCE) {
                named.add(t);
                fullTitles.named(t.canonical());
            }
            for (Mention.Definition d : m.definitions()) {
                String k = shortKey(d.name());
                defined.put(k, t);
                if (d.year() != null) {
                    definedByYear.put(d.year() + k, t);
                }
            }
            out.add(value(m, t, from, to));
        }
        return out;
    }

    private Target title(Mention m, Map<String, Target> defined, Map<String, Target> definedByYear, List<Target> named,
                         FullTitles fullTitles, List<Mention> mentions, int index) {
        String k = shortKey(m.lookup());
        if (m.year() != null && definedByYear.containsKey(m.year() + k)) {
            Target t = definedByYear.get(m.year() + k);
            defined.put(k, t); // a later use without a year follows the year written before it
            return t;
        }
        if (m.demonstrative()) {
            Target back = lastEndingIn(named, m.lookup());
            if (back != null) {
                return back;
            }
        }
        if (defined.containsKey(k)) {
            return defined.get(k);
        }
        if (!m.suffixRule() && m.issuer() == null && known(m.lookup()) == null) {
            return null; // not a statute word, not defined, not a title the table knows
        }
        if (m.country() != null) {
            return m.suffixRule() ? foreign(m.country(), m.written()) : null;
        }
        Instrument in = null;
        if (m.issuer() != null) {
            String full = m.issuer() + m.lookup();
            in = known(full);
            if (in == null) {
                return m.suffixRule() ? new Target(full, null, null) : null;
            }
        }
        if (in == null) {
            in = known(m.lookup());
        }
        if (in != null) {
            return target(in);
        }
        if (m.lookup().length() <= MAX_SHORT) {
            Target t = fullTitleOf(m, named, fullTitles, mentions, index);
            if (t != null) {
                return t;
            }
        }
        return new Target(m.lookup(), null, null);
    }

    /**
     * A short form of a title the same text names in full (《证据规定》 for 最高人民法院关于民事诉讼证据的若干规定):
     * the nearest title before it whose name holds the short form's chars in order and ends as it does, else the
     * nearest such title after it.
     */
    private Target fullTitleOf(Mention m, List<Target> named, FullTitles fullTitles, List<Mention> mentions, int index) {
        String key = LawTable.key(m.lookup());
        int before = fullTitles.before(key);
        if (before >= 0) {
            return named.get(before);
        }
        int after = fullTitles.after(key, index);
        if (after >= 0) {
            Mention later = mentions.get(after);
            Instrument in = known(later.issuer() == null ? later.lookup() : later.issuer() + later.lookup());
            return in != null ? target(in) : new Target(later.lookup(), null, null);
        }
        return null;
    }

    /** An instrument of the table by one of its names, or by its official title with parts left out. */
    private Instrument known(String name) {
        Instrument in = table.lookup(name);
        return in != null ? in : table.variant(name);
    }

    private Target bare(Mention m, Map<String, Target> defined) {
        if (m.country() != null) {
            return foreign(m.country(), m.written());
        }
        Target t = defined.get(shortKey(m.lookup()));
        if (t != null) {
            return t;
        }
        Instrument in = table.lookup(m.lookup());
        return in != null ? target(in) : new Target(m.lookup(), null, null);
    }

    private static Target foreign(String country, String written) {
        boolean region = REGIONS.stream().anyMatch(country::contains);
        return new Target(written, null, region ? null : "外国法");
    }

    private static Target target(Instrument in) {
        return new Target(in.title(), in, in.level());
    }

    /** 本法, 该条例, 本解释: the instrument last named that ends in the word; 同法: the law last named. */
    private Target reference(String word, List<Target> named, String text) {
        String kind = word.substring(1);
        Target t = lastEndingIn(named, kind);
        if (t != null) {
            return t;
        }
        // inside the text of an instrument that names none before: the instrument itself, by its title line
        String own = ownTitle(text);
        if (own != null && own.endsWith(kind)) {
            Instrument in = known(own);
            return in != null ? target(in) : new Target(own, null, null);
        }
        return null;
    }

    private static Target lastEndingIn(List<Target> named, String word) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Target t = named.get(i);
            String c = t.canonical();
            if (c.indexOf('）') >= 0) {
                c = CLOSING_BRACKET.matcher(c).replaceFirst("");
            }
            if (c.endsWith(word) && !(word.equals("法") && (c.endsWith("办法") || c.endsWith("法规")))) {
                return t;
            }
        }
        return null;
    }

    /** The text's first line when it reads as a title (a regulation's own text opens with its name). */
    private static String ownTitle(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == ' ' || text.charAt(i) == '#')) {
            i++;
        }
        int nl = text.indexOf('\n', i);
        String line = text.substring(i, nl < 0 ? text.length() : nl).strip();
        if (line.startsWith("《") && line.endsWith("》")) {
            line = line.substring(1, line.length() - 1);
        }
        return line.length() >= 4 && line.length() <= 60 && line.indexOf('，') < 0 && line.indexOf('。') < 0 ? line : null;
    }

    /** A short name as compared: brackets around a numeral dropped (立案追诉标准（二） = 立案追诉标准二). */
    static String shortKey(String name) {
        String key = LawTable.key(name);
        return key.indexOf('（') < 0 ? key : NUMERAL_BRACKET.matcher(key).replaceAll("$1");
    }

    private StatuteValue value(Mention m, Target t, LocalDate from, LocalDate to) {
        Instrument in = t.instrument();
        String lawId = in == null ? null : in.lawId();
        String status = null;
        String versionOnDate = null;
        Successor successor = null;
        Boolean pinpointsValid = null;
        Version inForce = null;
        if (in != null && from != null) {
            Standing st = table.standing(in, from, to); // a date given by month or year: what holds for all of it
            status = st.status();
            inForce = st.version();
            if (inForce != null) {
                versionOnDate = inForce.label();
            }
            if (Standing.REPEALED.equals(status) && st.successor() != null) {
                successor = new Successor(st.successor().title(), st.repealedOn().toString());
            }
        }
        if (in != null) {
            // pinpoints count in the version the text cites where it names one (a version the table cannot
            // tell apart: not said), else in the version in force on the date
            Version basis = m.version() == null ? inForce : table.cited(in, m.version());
            if (basis != null) {
                pinpointsValid = valid(m.articles(), basis);
            }
        }
        return new StatuteValue(m.written(), t.canonical(), m.version(), m.articles(), lawId, t.level(), status, versionOnDate,
                successor, pinpointsValid);
    }

    /** All pinpoints within the articles of the version; null when there are none or the count is unknown. */
    private static Boolean valid(List<ArticleRef> articles, Version v) {
        if (articles.isEmpty() || v.articles() == null) {
            return null;
        }
        for (ArticleRef a : articles) {
            if (a.article() > v.articles() || a.article() < 1) {
                return false;
            }
        }
        return true;
    }
}
