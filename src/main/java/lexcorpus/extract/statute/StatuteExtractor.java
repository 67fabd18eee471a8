package lexcorpus.extract.statute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.extract.Trie;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.ArticleRef;
import lexcorpus.model.EntityValue.StatuteValue;
import lexcorpus.text.Normalizer;

/**
 * Finds references to laws: 《titles》 by the suffix rule with their version bracket and pinpoints,
 * known law names without brackets, abbreviations defined in the text, and 本法/该法 with a pinpoint.
 * Thread-safe: the tables are loaded once; per-document state lives in {@link #find}.
 */
public final class StatuteExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/statute/";
    /** A bracket closing a title: a version (（2017修正）) is set apart, （试行） stays in the name. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(]([^（）()]{1,30})[）)]$");
    private final Pattern title;
    private final Pattern bracket;
    private final Pattern listClose;
    /** Chars that end the clause an enumeration stands in, and its longest length. */
    private static final String LIST_STOP = "，。；：！？\n《》“”（）";
    private static final int MAX_LIST = 300;
    private final Pattern citingWords;
    private final Pattern wordContinues;
    private final Trie references;
    private final List<String> referenceHosts;
    private final Pattern countries;
    private final List<String> suffixes;
    private final List<String> notSuffixWords;
    private final List<String> abbreviationMarkers;
    private final LawLexicon lexicon;
    private final Pinpoints pinpoints;

    public StatuteExtractor() {
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv");
        title = Pattern.compile(p.get("title"));
        bracket = Pattern.compile(p.get("bracket"));
        listClose = Pattern.compile(p.get("list_close"));
        citingWords = Pattern.compile(p.get("citing_words"));
        wordContinues = Pattern.compile(p.get("word_continues"));
        suffixes = Resources.list(DIR + "suffixes.tsv");
        notSuffixWords = Resources.list(DIR + "not_suffix_words.tsv");
        abbreviationMarkers = Resources.list(DIR + "abbreviation_markers.tsv");
        references = new Trie(Resources.list(DIR + "reference_words.tsv"));
        referenceHosts = Resources.list(DIR + "reference_hosts.tsv");
        countries = Pattern.compile("(?:" + String.join("|", Resources.list(DIR + "countries.tsv")) + ")$");
        lexicon = new LawLexicon(DIR);
        pinpoints = new Pinpoints(p);
    }

    @Override
    public String type() {
        return Entity.STATUTE;
    }

    /** A law mention found so far, in reading order, for 本法 and abbreviation resolution. */
    private record Named(int start, String law, String canonical) {
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        Map<String, String> abbreviations = new HashMap<>();
        java.util.BitSet titleSpans = new java.util.BitSet(s.length());
        List<Named> named = new ArrayList<>();

        List<int[]> titles = new ArrayList<>();
        Scan.each(title, s, m -> titles.add(new int[] {m.start(), m.end()}));
        for (int[] t : titles) {
            int ts = t[0];
            int te = t[1];
            titleSpans.set(ts, te);
            String content = s.substring(ts + 1, te - 1);
            String law = content;
            String version = null;
            Matcher inner = TRAILING_BRACKET.matcher(content);
            String base = content;
            if (inner.find()) {
                base = content.substring(0, inner.start());
                if (inner.group(1).matches(".*(修正|修订|修改|年).*")) {
                    version = inner.group(1);
                    law = base;
                }
            }
            String defined = abbreviations.get(content);
            if (defined == null && !isStatuteTitle(base)) {
                continue;
            }
            String canonical = defined != null ? defined : lexicon.canonical(law);
            int end = te;
            Candidate abbreviation = null;
            Matcher b = bracket.matcher(s).region(end, s.length());
            if (b.lookingAt()) {
                String inside = b.group("bracket");
                String marker = abbreviationMarkers.stream().filter(inside::startsWith).findFirst().orElse(null);
                if (marker != null) {
                    String abbr = inside.substring(marker.length()).strip();
                    int abbrStart = b.start("bracket") + marker.length();
                    if (abbr.startsWith("《") && abbr.endsWith("》")) {
                        String name = abbr.substring(1, abbr.length() - 1);
                        abbreviations.put(name, canonical);
                        abbreviation = new Candidate(Entity.STATUTE, abbrStart, abbrStart + abbr.length(),
                                new StatuteValue(name, canonical, null, List.of()));
                        titleSpans.set(abbrStart, abbrStart + abbr.length());
                    } else if (!abbr.isEmpty() && isStatuteTitle(abbr)) {
                        abbreviations.put(abbr, canonical);
                    }
                    Pinpoints.Result pin = pinpoints.read(s, b.end());
                    if (pin != null) {
                        end = pin.end();
                        out.add(new Candidate(Entity.STATUTE, ts, end, new StatuteValue(law, canonical, version, pin.articles())));
                    } else {
                        out.add(new Candidate(Entity.STATUTE, ts, te, new StatuteValue(law, canonical, version, List.of())));
                    }
                    out.add(abbreviation != null ? abbreviation : null);
                    out.removeIf(c -> c == null);
                    named.add(new Named(ts, law, canonical));
                    continue;
                }
                if (version == null) {
                    version = inside;
                    end = b.end();
                }
            }
            Pinpoints.Result pin = pinpoints.read(s, end);
            List<ArticleRef> articles = List.of();
            if (pin != null) {
                articles = pin.articles();
                end = pin.end();
            }
            out.add(new Candidate(Entity.STATUTE, ts, end, new StatuteValue(law, canonical, version, articles)));
            named.add(new Named(ts, law, canonical));
        }

        findBareNames(s, titleSpans, out, named, abbreviations);
        findNameLists(s, titleSpans, out);
        findReferences(s, out, named);
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /** The suffix rule on the title's last word, with the words that only look like a suffix set aside. */
    private boolean isStatuteTitle(String base) {
        for (String w : notSuffixWords) {
            if (base.endsWith(w)) {
                return false;
            }
        }
        for (String suffix : suffixes) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(java.util.BitSet titles, int start, int end) {
        int next = titles.nextSetBit(start);
        return next >= 0 && next < end;
    }

    /** Known law names written without brackets: 民事诉讼法第一百条, 数据安全法、个人信息保护法. */
    private void findBareNames(String s, java.util.BitSet titleSpans, List<Candidate> out, List<Named> named,
                               Map<String, String> abbreviations) {
        for (Trie.Hit hit : lexicon.names().findAll(s)) {
            int start = hit.start();
            int end = hit.end();
            if (inside(titleSpans, start, end)) {
                continue;
            }
            String name = hit.word();
            if (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)) && !Normalizer.isHan(s.charAt(start - 1)))) {
                continue;
            }
            if (end < s.length() && wordContinues.matcher(s).region(end, end + 1).lookingAt()) {
                continue;
            }
            Pinpoints.Result pin = pinpoints.read(s, end);
            String before = s.substring(Math.max(0, start - 6), start);
            if (lexicon.isAmbiguous(name) && pin == null && !citingWords.matcher(before).find()
                    && !(start > 0 && isBoundary(s.charAt(start - 1)))) {
                continue; // 刑法学, 研究劳动法: the field, not the enacted law
            }
            if (start > 0 && Normalizer.isHan(s.charAt(start - 1))) {
                // a country written before the name belongs to it (日本著作权法): a foreign law, not expanded
                Matcher c = countries.matcher(before);
                if (c.find()) {
                    start = start - (before.length() - c.start());
                    String law = s.substring(start, end);
                    addBare(s, out, named, start, end, law, law, pin);
                    continue;
                }
            }
            addBare(s, out, named, start, end, name, lexicon.canonical(name), pin);
        }
    }

    private static boolean isBoundary(char c) {
        return "的对在于是以据照反按用守为违即".indexOf(c) >= 0;
    }

    private void addBare(String s, List<Candidate> out, List<Named> named, int start, int end, String law, String canonical,
                         Pinpoints.Result pin) {
        int stop = pin == null ? end : pin.end();
        out.add(new Candidate(Entity.STATUTE, start, stop,
                new StatuteValue(law, canonical, null, pin == null ? List.of() : pin.articles())));
        named.add(new Named(start, law, canonical));
    }

    /** A、B、C等法律法规: the later items that end in a statute suffix are named instruments too. */
    private void findNameLists(String s, java.util.BitSet titleSpans, List<Candidate> out) {
        List<Integer> closes = new ArrayList<>();
        Scan.each(listClose, s, m -> closes.add(m.start()));
        for (int at : closes) {
            // the enumeration runs back from 等 to the start of its clause
            int from = at;
            while (from > 0 && at - from < MAX_LIST && LIST_STOP.indexOf(s.charAt(from - 1)) < 0) {
                from--;
            }
            String list = s.substring(from, at);
            if (list.indexOf('、') < 0) {
                continue;
            }
            String[] items = list.split("、", -1);
            int pos = from;
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                int start = pos;
                int end = pos + item.length();
                pos = end + 1;
                if (i == 0 || item.length() < 2 || item.length() > 30 || !isStatuteTitle(item) || inside(titleSpans, start, end)
                        || overlapsAny(out, start, end)) {
                    continue;
                }
                out.add(new Candidate(Entity.STATUTE, start, end, new StatuteValue(item, lexicon.canonical(item), null, List.of())));
            }
        }
    }

    private static boolean overlapsAny(List<Candidate> out, int start, int end) {
        for (Candidate c : out) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** A reference word must start a word: 同法 in 合同法, 本法 in 基本法 are not references. */
    private boolean insideHost(String s, int end) {
        for (String host : referenceHosts) {
            int from = end - host.length();
            if (from >= 0 && s.startsWith(host, from)) {
                return true;
            }
        }
        return false;
    }

    /** 本法第十条, 该法第三条: resolved to the law last named before it. */
    private void findReferences(String s, List<Candidate> out, List<Named> named) {
        named.sort(Comparator.comparingInt(Named::start));
        int k = -1; // the last named law before the reference
        for (Trie.Hit hit : references.findAll(s)) {
            Pinpoints.Result pin = pinpoints.read(s, hit.end());
            if (pin == null || insideHost(s, hit.end())) {
                continue;
            }
            while (k + 1 < named.size() && named.get(k + 1).start() < hit.start()) {
                k++;
            }
            if (k < 0) {
                continue;
            }
            Named last = named.get(k);
            out.add(new Candidate(Entity.STATUTE, hit.start(), pin.end(),
                    new StatuteValue(last.law(), last.canonical(), null, pin.articles())));
        }
    }
}
