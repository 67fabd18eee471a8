package lexcorpus.extract.statute;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Trie;
import lexcorpus.model.EntityValue.ArticleRef;
import lexcorpus.reference.LawTable;
import lexcorpus.text.Normalizer;

/**
 * Finds statute mentions in a clean text, without deciding what they name: 《titles》 by the suffix rule (across
 * line breaks and page numbers left inside them), their version brackets, the short names defined after them and
 * their pinpoints; known names without brackets (from the law table), full official titles standing as headings,
 * lists closed by 等法律法规, and 本法/该法/同法/本条例 … with a pinpoint. Immutable and thread-safe.
 */
final class StatuteFinder {
    private static final String DIR = "/lexcorpus/statute/";
    /** How far a 《 may be from its 》, and how many line breaks a title may hold (a title broken over pages). */
    private static final int MAX_TITLE = 160;
    private static final int MAX_TITLE_BREAKS = 6;
    private static final int MAX_BRACKET = 90;
    /** A bracket closing the title's text: （试行） stays in the name, a version (（2017修正）) is set apart. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(]([^（）()]{1,30})[）)]$");
    /** Markdown link markup inside a title: [text](target) is read as its text. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    /** Markup a converter damaged inside a title: `<中华人民共和国刑事诉讼法>`{=html}. */
    private static final Pattern DAMAGED = Pattern.compile("`|\\{=[a-z]+\\}");
    private static final String LIST_STOP = "，。；：！？\n《》“”（）";
    private static final int MAX_LIST = 300;
    private static final String QUOTES = "“”\"「」『』‘’'";
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?s)\\s*\\d{4}\\s*年\\s*第\\s*\\d+\\s*期.*");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})\\s*年");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[，,、；\\s]+$");

    private final List<String> suffixes;
    private final List<String> notSuffixWords;
    private final List<String> statuteEndings;
    private final List<String> markers;
    private final Set<String> replyIssuers;
    private final List<String> bibliography;
    private final List<String> fieldWords;
    private final String boundaries;
    private final Set<String> continuations;
    private final String organizationEnds;
    private final List<String> referenceHosts;
    private final Trie references;
    private final Trie countries;
    private final Trie issuers;
    private final Trie names;
    private final Set<String> bareNames;
    private final Set<String> fieldNames = new HashSet<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Pattern version;
    private final Pattern innerVersion;
    private final Pattern listClose;
    private final Pattern yearBefore;
    private final Pattern demonstrative;
    private final Pinpoints pinpoints;

    StatuteFinder(LawTable table) {
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv");
        version = Pattern.compile(p.get("version"));
        innerVersion = Pattern.compile(p.get("inner_version"));
        listClose = Pattern.compile(p.get("list_close"));
        yearBefore = Pattern.compile(p.get("year_before"));
        demonstrative = Pattern.compile(p.get("demonstrative"));
        suffixes = Resources.list(DIR + "suffixes.tsv");
        notSuffixWords = Resources.list(DIR + "not_suffix_words.tsv");
        statuteEndings = Resources.list(DIR + "statute_endings.tsv");
        markers = Resources.list(DIR + "abbreviation_markers.tsv");
        replyIssuers = Set.copyOf(Resources.list(DIR + "reply_issuers.tsv"));
        bibliography = Resources.list(DIR + "bibliography.tsv");
        fieldWords = Resources.list(DIR + "field_words.tsv");
        boundaries = String.join("", Resources.list(DIR + "name_boundaries.tsv"));
        continuations = Set.copyOf(Resources.list(DIR + "name_continuations.tsv"));
        organizationEnds = String.join("", Resources.list(DIR + "organization_ends.tsv"));
        referenceHosts = Resources.list(DIR + "reference_hosts.tsv");
        references = new Trie(Resources.list(DIR + "reference_words.tsv"));
        countries = new Trie(Resources.list(DIR + "countries.tsv"));
        issuers = new Trie(Resources.list(DIR + "issuers.tsv"));
        List<String> bare = new ArrayList<>();
        for (LawTable.Name n : table.names()) {
            if (!n.bare()) {
                continue;
            }
            bare.add(n.name());
            if (n.name().indexOf('（') >= 0) {
                bare.add(n.name().replace('（', '(').replace('）', ')')); // 刑法修正案(七)
            }
            if (n.field()) {
                fieldNames.add(n.name());
            }
            if (n.kind().equals("abbreviation")) {
                abbreviations.add(n.name());
            }
        }
        names = new Trie(bare);
        bareNames = Set.copyOf(bare);
        pinpoints = new Pinpoints(DIR + "pinpoints.tsv");
    }

    /** Every mention in the clean text, in no particular order. */
    List<Mention> find(String s) {
        List<Mention> out = new ArrayList<>();
        BitSet targets = linkTargets(s);
        BitSet titled = new BitSet(s.length()); // inside some 《》, statute or not
        findTitles(s, targets, titled, out);
        findBareNames(s, targets, titled, out);
        findDefinedNames(s, targets, titled, out);
        findHeadings(s, titled, out);
        findLists(s, titled, out);
        findReferences(s, targets, titled, out);
        return out;
    }

    /**
     * Link targets and addresses in the text, where nothing is a mention: the {@code ](…)} of markup up
     * to its {@code )} on the same line, and {@code http://} or {@code https://} up to a space or a closing bracket.
     * One pass: a {@code ](} whose line ends before any {@code )} tells that every {@code ](} before that line
     * break has none either.
     */
    static BitSet linkTargets(String s) {
        int n = s.length();
        BitSet targets = new BitSet(n);
        int unclosedUntil = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = -1;
            if (c == ']' && i + 1 < n && s.charAt(i + 1) == '(' && i >= unclosedUntil) {
                int j = i + 2;
                while (j < n && s.charAt(j) != ')' && s.charAt(j) != '\n') {
                    j++;
                }
                if (j < n && s.charAt(j) == ')') {
                    end = j + 1;
                } else {
                    unclosedUntil = j;
                }
            } else if (c == 'h' && s.startsWith("http", i)) {
                int k = s.startsWith("://", i + 4) ? i + 7 : s.startsWith("s://", i + 4) ? i + 8 : -1;
                if (k > 0) {
                    int j = k;
                    while (j < n && !endsAddress(s.charAt(j))) {
                        j++;
                    }
                    end = j > k ? j : -1;
                }
            }
            if (end > 0) {
                targets.set(i, end);
                i = end;
            } else {
                i++;
            }
        }
        return targets;
    }

    /** A space, tab, line break, vertical tab or form feed, or a closing bracket. */
    private static boolean endsAddress(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '）' || c == ')'
                || c == '》';
    }

    // ---- 《titles》

    private void findTitles(String s, BitSet targets, BitSet titled, List<Mention> out) {
        int from = 0;
        while (true) {
            int open = s.indexOf('《', from);
            if (open < 0) {
                return;
            }
            from = open + 1;
            if (targets.get(open) || titled.get(open)) {
                continue;
            }
            int close = closing(s, open);
            if (close < 0) {
                continue;
            }
            titled.set(open, close + 1);
            from = close + 1;
            Mention m = title(s, open, close, titled, out);
            if (m != null) {
                out.add(m);
            }
        }
    }

    /** The 》 closing the 《 at {@code open}, across line breaks and page numbers; -1 when there is none near. */
    private static int closing(String s, int open) {
        int breaks = 0;
        for (int i = open + 1; i < s.length() && i - open <= MAX_TITLE; i++) {
            char c = s.charAt(i);
            if (c == '》') {
                return i > open + 1 ? i : -1;
            }
            if (c == '\n' && ++breaks > MAX_TITLE_BREAKS) {
                return -1;
            }
            if (c == '。' || c == '《' && (i == 0 || s.charAt(i - 1) != '\n')) {
                return -1; // a sentence end, or a second title opened: this 《 is not closed here
            }
        }
        return -1;
    }

    /** The title's text as read: line breaks, page numbers, a stray 《 after a page break and link markup left out. */
    private static String read(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\n') {
                i++;
                if (i < to && Pinpoints.pageNumberLine(s, i)) {
                    while (i < to && s.charAt(i) != '\n') {
                        i++;
                    }
                }
                continue;
            }
            if (c == '《' && i > from && s.charAt(i - 1) == '\n') {
                i++;
                continue;
            }
            sb.append(c);
            i++;
        }
        String t = sb.indexOf("[") >= 0 ? LINK.matcher(sb).replaceAll("$1") : sb.toString();
        return t.strip();
    }

    private Mention title(String s, int open, int close, BitSet titled, List<Mention> out) {
        String content = read(s, open + 1, close);
        if (content.isEmpty()) {
            return null;
        }
        String lookup = content.indexOf('`') >= 0 || content.indexOf('{') >= 0 ? DAMAGED.matcher(content).replaceAll("") : content;
        lookup = lookup.replace('<', '〈').replace('>', '〉');
        String law = content;
        String stated = null;
        String base = lookup;
        Matcher inner = TRAILING_BRACKET.matcher(lookup);
        char last = lookup.charAt(lookup.length() - 1);
        if ((last == '）' || last == ')') && inner.find()) {
            base = lookup.substring(0, inner.start());
            if (innerVersion.matcher(inner.group(1).strip()).matches()) {
                stated = inner.group(1).replace(" ", "");
                Matcher w = TRAILING_BRACKET.matcher(content);
                law = w.find() ? content.substring(0, w.start()) : content;
                lookup = base;
            }
        }
        if (bibliographic(s, close + 1)) {
            return null;
        }
        String before = s.substring(Math.max(0, open - 30), open);
        String issuer = endingWord(issuers, before, true);
        String country = issuer == null ? endingWord(countries, before, false) : null;
        Matcher y = yearBefore.matcher(before);
        String year = y.find() ? y.group(1) : null;
        boolean refersBack = demonstrative.matcher(before).find() && isStatuteWord(base);
        boolean suffix = isStatuteTitle(withoutBrackets(base), issuer);

        int end = close + 1;
        String bracketVersion = null;
        List<Mention.Definition> definitions = new ArrayList<>();
        List<Mention> shorts = new ArrayList<>();
        int afterBracket = -1;
        boolean bracketCounts = false;
        int b = bracketStart(s, end);
        if (b >= 0) {
            int bc = bracketEnd(s, b);
            if (bc > 0) {
                Bracket br = bracket(s, b, bc);
                boolean sameLine = s.lastIndexOf('\n', b) < close;
                if (br.definitions.size() > 0) {
                    definitions.addAll(br.definitions);
                    shorts.addAll(br.shorts);
                    afterBracket = bc + 1;
                    bracketVersion = br.version;
                } else if (sameLine || br.version != null) {
                    afterBracket = bc + 1;
                    bracketVersion = br.version;
                    bracketCounts = br.version != null;
                }
            }
        }
        if (stated == null && bracketVersion != null) {
            stated = bracketVersion;
        }
        Pinpoints.Result pin = afterBracket > 0 ? pinpoints.read(s, afterBracket) : null;
        if (pin == null && afterBracket < 0) {
            pin = pinpoints.read(s, end);
        }
        List<ArticleRef> articles = List.of();
        if (pin != null) {
            articles = pin.articles();
            end = pin.end();
        } else if (bracketCounts && definitions.isEmpty()) {
            end = afterBracket; // a bracket that states a version is inside the span
        }
        Mention m = new Mention(Mention.Kind.TITLE, open, end, law, lookup, stated, articles, suffix, issuer, country, year,
                refersBack, null, definitions, null);
        for (Mention sh : shorts) {
            titled.set(sh.start(), sh.end());
            out.add(new Mention(Mention.Kind.SHORT, sh.start(), sh.end(), sh.written(), sh.lookup(), null, List.of(),
                    true, null, null, sh.year(), false, null, List.of(), m));
        }
        return m;
    }

    /** A title without the brackets stacked at its end (…办法（试行）（征求意见稿）): its last word before them. */
    private static String withoutBrackets(String title) {
        String t = title;
        for (int k = 0; k < 3; k++) {
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            if (last != '）' && last != ')') {
                break;
            }
            Matcher m = TRAILING_BRACKET.matcher(t);
            if (!m.find() || m.start() == 0) {
                break;
            }
            t = t.substring(0, m.start());
        }
        return t;
    }

    /** The 《title》 is a book or journal: a publisher, 年版 or an issue number follows it closely. */
    private boolean bibliographic(String s, int after) {
        if (after < s.length() && (s.charAt(after) == '（' || s.charAt(after) == '(')) {
            int close = bracketEnd(s, after);
            if (close > 0) {
                after = close + 1; // （2018年版） is the version of a statute, not a book's edition
            }
        }
        String next = s.substring(after, Math.min(s.length(), after + 14));
        for (String w : bibliography) {
            if (next.contains(w)) {
                return true;
            }
        }
        return ISSUE_NUMBER.matcher(next).matches();
    }

    /** The suffix rule on the last word, the words that only look like a suffix set aside; 批复 only from a court. */
    private boolean isStatuteTitle(String base, String issuer) {
        for (String w : statuteEndings) {
            if (base.endsWith(w)) {
                return true;
            }
        }
        for (String w : notSuffixWords) {
            if (base.endsWith(w)) {
                return false;
            }
        }
        if (base.endsWith("批复")) {
            for (String r : replyIssuers) {
                if (base.startsWith(r) || r.equals(issuer)) {
                    return true;
                }
            }
            return false;
        }
        for (String suffix : suffixes) {
            if (base.endsWith(suffix) && base.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** The title is only a statute word (法案, 条例): 该《法案》. */
    private boolean isStatuteWord(String base) {
        return suffixes.contains(base);
    }

    /** The longest word of {@code trie} that ends {@code before}; with {@code joined}, a run of them joined by 、. */
    private static String endingWord(Trie trie, String before, boolean joined) {
        String found = null;
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        String run = null;
        while (true) {
            String w = null;
            for (int i = Math.max(0, end - 14); i < end && w == null; i++) {
                String cand = trie.longestAt(before, i);
                if (cand != null && i + cand.length() == end) {
                    w = cand;
                    found = cand;
                    end = i;
                }
            }
            if (w == null) {
                break;
            }
            run = run == null ? w : w + "、" + run;
            if (!joined || end == 0 || before.charAt(end - 1) != '、') {
                break;
            }
            end--;
        }
        return found == null ? null : run;
    }

    /** The （ of a bracket right after a title: on the same line, or opening the next line. */
    private static int bracketStart(String s, int at) {
        int i = at;
        int breaks = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n') && i - at < 4) {
            if (s.charAt(i) == '\n') {
                breaks++;
            }
            i++;
        }
        return i < s.length() && breaks <= 1 && (s.charAt(i) == '（' || s.charAt(i) == '(') ? i : -1;
    }

    /** The bracket closing the one opened at {@code open}, titles and one nested bracket inside; -1 when none near. */
    private static int bracketEnd(String s, int open) {
        int depth = 0;
        boolean inTitle = false;
        for (int i = open; i < s.length() && i - open <= MAX_BRACKET; i++) {
            char c = s.charAt(i);
            if (c == '《') {
                inTitle = true;
            } else if (c == '》') {
                inTitle = false;
            } else if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (--depth == 0 && !inTitle) {
                    return i;
                }
            } else if (c == '。') {
                return -1;
            }
        }
        return -1;
    }

    private record Bracket(String version, List<Mention.Definition> definitions, List<Mention> shorts) {
    }

    /**
     * What the bracket [open, close] says: the short names it defines (after 以下简称 …, with or without quotes or
     * 《》, across line breaks; or a bracket holding only a 《title》), and the version it states.
     */
    private Bracket bracket(String s, int open, int close) {
        // the bracket's text without line breaks, with the position of each char kept
        StringBuilder flat = new StringBuilder();
        int[] at = new int[close - open];
        for (int i = open + 1; i < close; i++) {
            char c = s.charAt(i);
            if (c != '\n') {
                at[flat.length()] = i;
                flat.append(c);
            }
        }
        String f = flat.toString();
        List<Mention.Definition> defs = new ArrayList<>();
        List<Mention> shorts = new ArrayList<>();
        int markerAt = -1;
        int markerLen = 0;
        for (String mk : markers) {
            int k = f.indexOf(mk);
            if (k >= 0 && (markerAt < 0 || k < markerAt)) {
                markerAt = k;
                markerLen = mk.length();
            }
        }
        int nameFrom = -1;
        if (markerAt >= 0) {
            nameFrom = markerAt + markerLen;
        } else if (f.startsWith("《") && f.endsWith("》") && f.indexOf('《', 1) < 0) {
            nameFrom = 0; // （《网数条例》）
        }
        String versionText = markerAt > 0 ? TRAILING_MARKS.matcher(f.substring(0, markerAt)).replaceAll("") : (markerAt < 0 && nameFrom < 0 ? f : null);
        if (nameFrom >= 0) {
            int i = nameFrom;
            while (i < f.length() && (f.charAt(i) == '：' || f.charAt(i) == ':' || f.charAt(i) == '为' || f.charAt(i) == ' '
                    || QUOTES.indexOf(f.charAt(i)) >= 0)) {
                i++;
            }
            Matcher y = YEAR_FIRST.matcher(f.substring(i));
            String year = null;
            if (y.find() && f.indexOf('《', i) == i + y.end()) {
                year = y.group(1);
                i += y.end();
            }
            int nameStart = i;
            int nameEnd;
            String name;
            if (i < f.length() && f.charAt(i) == '《') {
                int depth = 0;
                int j = i;
                for (; j < f.length(); j++) {
                    if (f.charAt(j) == '《') {
                        depth++;
                    } else if (f.charAt(j) == '》' && --depth == 0) {
                        break;
                    }
                }
                if (j >= f.length()) {
                    return new Bracket(null, defs, shorts);
                }
                nameEnd = j + 1;
                name = f.substring(i + 1, j);
            } else {
                int j = i;
                while (j < f.length() && QUOTES.indexOf(f.charAt(j)) < 0 && "，、；,;）)".indexOf(f.charAt(j)) < 0) {
                    j++;
                }
                nameEnd = j;
                name = f.substring(i, j);
            }
            name = name.replace(" ", "");
            if (!name.isEmpty() && name.length() <= 40) {
                defs.add(new Mention.Definition(name, year));
                boolean titled = f.charAt(nameStart) == '《';
                // the short name is a mention too: in 《》 always, bare only when it is a statute's name (商标法, not GDPR)
                if (titled || endsInSuffix(name)) {
                    int st = at[nameStart];
                    int en = at[nameEnd - 1] + 1;
                    shorts.add(new Mention(Mention.Kind.SHORT, st, en, name, name, null, List.of(), true, null, null, year,
                            false, null, List.of(), null));
                }
            }
        }
        String v = versionText == null ? null : versionText.strip();
        if (v != null && (v.isEmpty() || !version.matcher(v).find())) {
            v = null;
        }
        return new Bracket(v, defs, shorts);
    }

    private boolean endsInSuffix(String name) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    // ---- names without brackets

    private void findBareNames(String s, BitSet targets, BitSet titled, List<Mention> out) {
        for (Trie.Hit hit : names.findAll(s)) {
            bare(s, hit.start(), hit.end(), hit.word(), targets, titled, out);
        }
    }

    /**
     * Later uses of the short names a text defines without 《》 (（以下简称网安法）… 依照网安法): bare names as
     * the table's are, from the definition on; the resolve stage ties them to the defined title.
     */
    private void findDefinedNames(String s, BitSet targets, BitSet titled, List<Mention> out) {
        Map<String, Integer> definedAt = new HashMap<>();
        for (Mention m : out) {
            if (m.kind() == Mention.Kind.SHORT && s.charAt(m.start()) != '《' && !bareNames.contains(m.lookup())) {
                definedAt.merge(m.lookup(), m.end(), Math::min);
            }
        }
        if (definedAt.isEmpty()) {
            return;
        }
        BitSet found = new BitSet(s.length());
        for (Mention m : out) {
            found.set(m.start(), m.end());
        }
        for (Trie.Hit hit : new Trie(definedAt.keySet()).findAll(s)) {
            int taken = found.nextSetBit(hit.start());
            if (hit.start() >= definedAt.get(hit.word()) && (taken < 0 || taken >= hit.end())) {
                bare(s, hit.start(), hit.end(), hit.word(), targets, titled, out);
            }
        }
    }

    /** The bare name {@code name} at [start, end), with what follows it, unless the text around says it is not one. */
    private void bare(String s, int start, int end, String name, BitSet targets, BitSet titled, List<Mention> out) {
        if (inside(titled, start, end) || inside(targets, start, end)) {
            return;
        }
        char prev = start > 0 ? s.charAt(start - 1) : '\n';
        if (Character.isLetterOrDigit(prev) && !Normalizer.isHan(prev)) {
            return; // part of a Latin word or a number
        }
        if (end < s.length() && continuations.contains(name.substring(name.length() - 1) + s.charAt(end))
                && !s.startsWith("规定", end)) {
            return; // 公司法定代表人, 土地管理法规, 网络安全法案 (but 刑法规定: the law and 规定)
        }
        String before = s.substring(Math.max(0, start - 12), start);
        String country = Normalizer.isHan(prev) ? endingWord(countries, before, false) : null;
        if (country == null && organizationEnds.indexOf(prev) >= 0 && Normalizer.isHan(prev)
                && (endingWord(issuers, before, false) == null || pinpoints.read(s, end) == null)) {
            // after an organization the name is part of its name (最高人民法院民法典贯彻实施工作领导小组); after an
            // issuer with an article of the instrument following, the issuer's instrument (国务院工伤保险条例第十四条)
            return;
        }
        Pinpoints.Result pin = pinpoints.read(s, end);
        if (fieldNames.contains(name) && country == null && pin == null && !meansTheLaw(s, start, end)) {
            return; // 刑法学, 研究劳动法, 刑法理论: the field, not the enacted law
        }
        if (abbreviations.contains(name) && pin == null && Normalizer.isHan(prev) && boundaries.indexOf(prev) < 0) {
            return; // 特殊诉讼时效规定: a common short name read inside a longer phrase
        }
        int st = country == null ? start : start - country.length();
        String written = country == null ? name : country + name;
        int stop = pin == null ? end : pin.end();
        List<Mention.Definition> defs = new ArrayList<>();
        List<Mention> shorts = new ArrayList<>();
        int b = bracketStart(s, end);
        if (pin == null && b == end) {
            int bc = bracketEnd(s, b);
            if (bc > 0) {
                Bracket br = bracket(s, b, bc);
                defs.addAll(br.definitions);
                shorts.addAll(br.shorts);
                if (!defs.isEmpty()) {
                    Pinpoints.Result p2 = pinpoints.read(s, bc + 1);
                    if (p2 != null) {
                        pin = p2;
                        stop = p2.end();
                    }
                }
            }
        }
        Mention m = new Mention(Mention.Kind.BARE, st, stop, written, written, null, pin == null ? List.of() : pin.articles(),
                true, null, country, null, false, null, defs, null);
        out.add(m);
        for (Mention sh : shorts) {
            out.add(new Mention(Mention.Kind.SHORT, sh.start(), sh.end(), sh.written(), sh.lookup(), null, List.of(), true,
                    null, null, sh.year(), false, null, List.of(), m));
        }
    }

    /** A name that is also a field of study stands for the enacted law here: a citing word before, no field word after. */
    private boolean meansTheLaw(String s, int start, int end) {
        char prev = start > 0 ? s.charAt(start - 1) : '\n';
        if (Normalizer.isHan(prev) && boundaries.indexOf(prev) < 0) {
            return false;
        }
        for (String w : fieldWords) {
            if (s.startsWith(w, end)) {
                return false;
            }
        }
        return true;
    }

    /** A full official title standing alone on its line (a heading, a line of a list of legal bases). */
    private void findHeadings(String s, BitSet titled, List<Mention> out) {
        int lineStart = 0;
        while (lineStart < s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            int a = lineStart;
            int e = lineEnd;
            while (a < e && s.charAt(a) == ' ') {
                a++;
            }
            while (e > a && s.charAt(e - 1) == ' ') {
                e--;
            }
            if (e - a >= 8 && e - a <= 80 && !inside(titled, a, e)) {
                String line = s.substring(a, e);
                boolean opens = line.startsWith("中华人民共和国") || startsWithIssuer(line);
                if (opens && isStatuteTitle(line, null) && line.indexOf('，') < 0 && line.indexOf('。') < 0
                        && !alreadyFound(out, a, e)) {
                    Pinpoints.Result pin = pinpoints.read(s, e);
                    int stop = pin == null ? e : pin.end();
                    out.add(new Mention(Mention.Kind.BARE, a, stop, line, line, null, pin == null ? List.of() : pin.articles(), true,
                            null, null, null, false, null, List.of(), null));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private boolean startsWithIssuer(String line) {
        String w = issuers.longestAt(line, 0);
        return w != null && line.length() > w.length() + 2;
    }

    private static boolean alreadyFound(List<Mention> out, int start, int end) {
        for (Mention m : out) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** A、B、C等法律法规: the later items that end in a statute word are named instruments too. */
    private void findLists(String s, BitSet titled, List<Mention> out) {
        Matcher m = listClose.matcher(s);
        while (m.find()) {
            int at = m.start();
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
                if (i == 0 || item.length() < 2 || item.length() > 30 || !isStatuteTitle(item, null) || inside(titled, start, end)
                        || alreadyFound(out, start, end)) {
                    continue;
                }
                out.add(new Mention(Mention.Kind.LIST_ITEM, start, end, item, item, null, List.of(), true, null, null, null, false,
                        null, List.of(), null));
            }
        }
    }

    /** 本法第十条, 该法第三条, 本条例第九条, 该法的第五十一条: a reference word that starts a word, with a pinpoint. */
    private void findReferences(String s, BitSet targets, BitSet titled, List<Mention> out) {
        for (Trie.Hit hit : references.findAll(s)) {
            if (targets.get(hit.start()) || titled.get(hit.start()) || insideHost(s, hit.end())) {
                continue;
            }
            int at = hit.end() < s.length() && s.charAt(hit.end()) == '的' ? hit.end() + 1 : hit.end(); // 该法的第五十一条
            Pinpoints.Result pin = pinpoints.read(s, at);
            if (pin == null || pin.end() > hit.end() && s.charAt(hit.end()) == '\n') {
                continue;
            }
            out.add(new Mention(Mention.Kind.REFERENCE, hit.start(), pin.end(), hit.word(), hit.word(), null, pin.articles(), true,
                    null, null, null, false, hit.word(), List.of(), null));
        }
    }

    /** A reference word inside a longer word: 同法 in 合同法, 本法 in 基本法. */
    private boolean insideHost(String s, int end) {
        for (String host : referenceHosts) {
            int from = end - host.length();
            if (from >= 0 && s.startsWith(host, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(BitSet set, int start, int end) {
        int next = set.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
