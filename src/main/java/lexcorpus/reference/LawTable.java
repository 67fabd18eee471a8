package lexcorpus.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The law table (resources {@code lexcorpus/reference/laws}, sourced in its SOURCES.md): instruments with their
 * levels, versions and repeals, and the names they are cited by. Answers what an instrument is, by any of its
 * names or numbers, and where it stood on a date. Loaded once; immutable and thread-safe.
 */
public final class LawTable {
    private static final String DIR = "/lexcorpus/reference/laws/";
    private static final String PRC = "中华人民共和国";
    /** Issuers written before a title, left out of the core a variant is matched on. */
    private static final Pattern ISSUERS = Pattern.compile(
            "^(?:(?:最高人民法院|最高人民检察院|公安部|国家安全部|司法部|国务院|全国人民代表大会常务委员会|全国人民代表大会)[、 ]?)+");
    private static final int SUFFIX = 3;

    /** One name of an instrument. */
    public record Name(String name, String lawId, String kind, boolean field, boolean ambiguous) {
        /** Matched in running text without 《》 (a nickname only inside 《》). */
        public boolean bare() {
            return !kind.equals("nickname");
        }
    }

    private static volatile LawTable shared;

    private final Map<String, Instrument> byId = new LinkedHashMap<>();
    private final Map<String, List<Name>> byName = new HashMap<>();
    private final List<Name> names = new ArrayList<>();
    private final Map<String, Instrument> byNumber = new HashMap<>();
    private final Map<String, List<Instrument>> byCore = new HashMap<>();
    private final Map<String, List<Instrument>> bySuffix = new HashMap<>();
    /** Each instrument's title as {@link #core} gives it, worked out once: variant compares it for every lookup. */
    private final Map<Instrument, String> coreOf = new java.util.IdentityHashMap<>();
    private final LocalDate asOf;

    private LawTable() {
        Map<String, List<Version>> versions = new HashMap<>();
        for (String[] r : rows("versions.tsv", 8)) {
            versions.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Version(r[1], r[2], date(r[3]), date(r[4]),
                    r[5].isEmpty() ? null : Integer.valueOf(r[5]), r[6].isEmpty() ? null : r[6]));
        }
        for (String[] r : rows("instruments.tsv", 8)) {
            boolean undated = r[4].equals("unknown");
            Instrument in = new Instrument(r[0], r[1], r[2], r[3].isEmpty() ? null : r[3], undated ? null : date(r[4]), undated,
                    r[5].isEmpty() ? null : r[5], r[6].equals("complete"), versions.getOrDefault(r[0], List.of()));
            if (byId.put(in.lawId(), in) != null) {
                throw new IllegalStateException(DIR + "instruments.tsv: law_id twice: " + in.lawId());
            }
            for (Version v : in.versions()) {
                if (v.number() != null) {
                    byNumber.putIfAbsent(key(v.number()), in);
                }
            }
            String core = core(in.title());
            coreOf.put(in, core);
            byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(in);
            if (core.length() >= SUFFIX) {
                bySuffix.computeIfAbsent(core.substring(core.length() - SUFFIX), k -> new ArrayList<>()).add(in);
            }
        }
        for (String[] r : rows("names.tsv", 4)) {
            if (!byId.containsKey(r[1])) {
                throw new IllegalStateException(DIR + "names.tsv: unknown law_id " + r[1] + " for " + r[0]);
            }
            Name n = new Name(r[0], r[1], r[2], r[3].contains("field"), r[3].contains("ambiguous"));
            names.add(n);
            byName.computeIfAbsent(key(n.name()), k -> new ArrayList<>()).add(n);
        }
        Map<String, String> meta = new HashMap<>();
        for (String[] r : rows("meta.tsv", 2)) {
            meta.put(r[0], r[1]);
        }
        asOf = date(meta.get("as_of"));
    }

    /** The table shipped with the tool. */
    public static LawTable shared() {
        LawTable t = shared;
        if (t == null) {
            synchronized (LawTable.class) {
                t = shared;
                if (t == null) {
                    t = new LawTable();
                    shared = t;
                }
            }
        }
        return t;
    }

    /** The date of the main source's snapshot: no version is given for a later date. */
    public LocalDate asOf() {
        return asOf;
    }

    public Instrument byId(String lawId) {
        return byId.get(lawId);
    }

    public java.util.Collection<Instrument> instruments() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public List<Name> names() {
        return Collections.unmodifiableList(names);
    }

    /** The names equal to {@code name} (spaces, bracket widths and 《》 inside a title aside). */
    public List<Name> named(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** The one instrument a name stands for; null when unknown or the name is shared by several. */
    public Instrument lookup(String name) {
        Instrument found = null;
        for (Name n : named(name)) {
            Instrument in = byId.get(n.lawId());
            if (found != null && found != in) {
                return null;
            }
            found = in;
        }
        return found;
    }

    /** The instrument a document number belongs to (法释〔2020〕17号, 国务院令第339号); null when unknown. */
    public Instrument byNumber(String number) {
        return byNumber.get(key(number));
    }

    /**
     * The instrument a title as written stands for when it is not one of its names: the official title with the
     * issuer or 中华人民共和国 left out (关于适用刑事诉讼法的解释), or with a function word dropped
     * (…立案追诉标准（二） for …立案追诉标准的规定（二）). Null unless exactly one instrument fits.
     */
    public Instrument variant(String written) {
        String core = core(written);
        List<Instrument> exact = byCore.get(core);
        if (exact != null) {
            return exact.size() == 1 ? exact.get(0) : null;
        }
        if (core.length() < 8) {
            return null;
        }
        Instrument found = null;
        for (Instrument in : bySuffix.getOrDefault(core.substring(core.length() - SUFFIX), List.of())) {
            String c = coreOf.get(in);
            if (c.length() - core.length() <= 8 && subsequence(core, c) && onlyFunctionWordsDropped(core, c)) {
                if (found != null && found != in) {
                    return null;
                }
                found = in;
            }
        }
        return found;
    }

    /** Words a title written short may leave out without naming another instrument: 的规定, 若干问题 … */
    private static final java.util.Set<String> DROPPABLE = java.util.Set.of("的规定", "的", "若干问题的", "若干问题", "若干", "有关");

    /** {@code small} is {@code big} with only droppable words left out (matched from the left). */
    private static boolean onlyFunctionWordsDropped(String small, String big) {
        int j = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < big.length(); i++) {
            if (j < small.length() && big.charAt(i) == small.charAt(j)) {
                if (run.length() > 0 && !DROPPABLE.contains(run.toString())) {
                    return false;
                }
                run.setLength(0);
                j++;
            } else {
                run.append(big.charAt(i));
            }
        }
        return j == small.length() && (run.length() == 0 || DROPPABLE.contains(run.toString()));
    }

    /** Every char of {@code small} appears in {@code big} in the same order. */
    public static boolean subsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }

    /** A title with its issuers, 中华人民共和国 and the 〈〉 of a title inside it left out. */
    static String core(String title) {
        String t = key(title);
        t = ISSUERS.matcher(t).replaceFirst("");
        return t.replace(PRC, "").replace("〈", "").replace("〉", "");
    }

    /** The form names are compared in: no spaces, 〈〉 for a title inside a title, full-width brackets. */
    public static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case ' ', '\n', '\t', '\u3000' -> {
                }
                case '《', '<' -> sb.append('〈');
                case '》', '>' -> sb.append('〉');
                case '(' -> sb.append('（');
                case ')' -> sb.append('）');
                case '[' -> sb.append('〔');
                case ']' -> sb.append('〕');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The instruments a user may mean by {@code query}: its law_id, a document or decree number, any of its names
     * (with or without 《》), or its official title with parts left out. Empty when none.
     */
    public List<Instrument> find(String query) {
        String q = query.strip();
        if (q.startsWith("《") && q.endsWith("》")) {
            q = q.substring(1, q.length() - 1);
        }
        if (byId.containsKey(q)) {
            return List.of(byId.get(q));
        }
        Instrument numbered = byNumber(q);
        if (numbered != null) {
            return List.of(numbered);
        }
        List<Instrument> out = new ArrayList<>();
        for (Name n : named(q)) {
            Instrument in = byId.get(n.lawId());
            if (!out.contains(in)) {
                out.add(in);
            }
        }
        if (out.isEmpty()) {
            Instrument v = variant(q);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The names of an instrument. */
    public List<Name> namesOf(Instrument in) {
        List<Name> out = new ArrayList<>();
        for (Name n : names) {
            if (n.lawId().equals(in.lawId())) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Where {@code in} stood over a period, from {@code from} to {@code to} (one day, or a month or year): what
     * holds on both ends, nulls for the rest.
     */
    public Standing standing(Instrument in, LocalDate from, LocalDate to) {
        Standing a = standing(in, from);
        if (to == null || to.equals(from)) {
            return a;
        }
        Standing b = standing(in, to);
        if (a.status() == null || !a.status().equals(b.status())) {
            return Standing.UNKNOWN;
        }
        return new Standing(a.status(), a.version() == b.version() ? a.version() : null, a.repealedOn(), a.successor());
    }

    /**
     * Where {@code in} stood on {@code date}. The status needs a known effective date on or before the date (or
     * a known repeal); the version needs a complete history and a date the snapshot covers. Before the first
     * version was adopted nothing is said: a text of that date names an earlier instrument of the same title the
     * table may lack (国家安全法 of 1993, 计算机软件保护条例 of 1991), not a law yet to come; the same holds between
     * the adoption and the effective date of the first version of anything but a national law. After the snapshot
     * only a repeal is said: the table cannot know what changed since.
     */
    public Standing standing(Instrument in, LocalDate date) {
        if (date == null) {
            return Standing.UNKNOWN;
        }
        if (in.repealed() != null && !date.isBefore(in.repealed())) {
            return new Standing(Standing.REPEALED, null, in.repealed(), in.repealedBy() == null ? null : byId(in.repealedBy()));
        }
        List<Version> vs = in.versions();
        if (vs.isEmpty() || date.isBefore(vs.get(0).date()) || date.isAfter(asOf)) {
            return Standing.UNKNOWN;
        }
        Version first = vs.get(0);
        if (first.effective() != null && date.isBefore(first.effective())) {
            // adopted, not yet in force: said of a national law only, whose history the source opens with its
            // adoption. A regulation, rule or interpretation is often a new text under an old title (信访条例 of
            // 2005, 机动车登记规定 of 2021) whose source holds the new text only; the old one was in force until then.
            return in.level().equals("法律") ? new Standing(Standing.NOT_YET_IN_FORCE, null, null, null) : Standing.UNKNOWN;
        }
        if (in.repealedUndated()) {
            return Standing.UNKNOWN; // no longer in force, but since when the source does not say
        }
        boolean inForce = false;
        for (Version v : vs) {
            if (!v.date().isAfter(date) && v.effective() != null && !v.effective().isAfter(date)) {
                inForce = true;
            }
        }
        if (!inForce) {
            return Standing.UNKNOWN;
        }
        Version current = null;
        if (in.historyComplete()) {
            for (int i = vs.size() - 1; i >= 0; i--) {
                Version v = vs.get(i);
                if (v.date().isAfter(date) || v.effective() != null && v.effective().isAfter(date)) {
                    continue; // not yet adopted, or adopted and not yet in force: an earlier version applies
                }
                current = v.effective() != null ? v : null; // adopted, effective date unknown: cannot tell
                break;
            }
        }
        return new Standing(Standing.IN_FORCE, current, null, null);
    }

    /**
     * The version a bracket after a title names (2017年修正, 2017修正, 2018年, or the version's own number): the one
     * version of that year (of that kind, where the bracket says 修正 or 修订); null when none or several fit.
     */
    public Version cited(Instrument in, String bracket) {
        if (bracket == null) {
            return null;
        }
        String b = key(bracket);
        Version found = null;
        int year = -1;
        for (int i = 0; i + 4 <= b.length(); i++) {
            if (isDigits(b, i, i + 4) && (i + 4 == b.length() || !Character.isDigit(b.charAt(i + 4)))) {
                year = Integer.parseInt(b.substring(i, i + 4));
                break;
            }
        }
        String kind = b.contains("修正") ? "修正" : b.contains("修订") ? "修订" : null;
        for (Version v : in.versions()) {
            boolean fits = v.number() != null && key(v.number()).equals(b)
                    || year > 0 && b.indexOf('〔') < 0 && v.date().getYear() == year && (kind == null || v.label().endsWith(kind));
            if (fits) {
                if (found != null) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String s) {
        return s == null || s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static List<String[]> rows(String file, int columns) {
        InputStream in = LawTable.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("resource missing from the jar: " + DIR + file);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(DIR + file + " line " + n + ": " + row.length + " columns, " + columns + " wanted");
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DIR + file, e);
        }
        return out;
    }
}
