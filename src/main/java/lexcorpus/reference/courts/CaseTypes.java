package lexcorpus.reference.courts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lexcorpus.extract.Resources;

/**
 * The case type codes (类型代字) of court case numbers: the 2015 standard's table, the special-trial code of the
 * 2018 amendment written before it (知民初), and the grammar of the codes before 2016 (民一（民）初, 刑再终, 执).
 * A finder asks whether a code is one; the resolve stage asks what it means. Immutable and thread-safe.
 */
public final class CaseTypes {
    private static final String DIR = "/lexcorpus/reference/courts/";
    private static final CaseTypes SHARED = new CaseTypes();

    /** What a type code means: the kind of case and the procedure, each null where the tables do not say. */
    public record CaseType(String caseType, String procedure) {
    }

    /** A legacy prefix cut into the court's abbreviation (null when none is written) and the type code. */
    public record LegacySplit(String court, String type) {
    }

    private final Map<String, CaseType> table = new LinkedHashMap<>();
    private final Map<String, String> specialTrials = new HashMap<>();
    private final Map<String, String> divisions = new HashMap<>();
    private final Map<String, String> procedures = new HashMap<>();
    private final Map<String, CaseType> standalone = new HashMap<>();
    /** Standalone codes that follow only an abbreviation naming itself a court (监, 申, 再), or none. */
    private final Set<String> afterCourtOnly = new HashSet<>();
    private final Set<Character> procedureChars = new HashSet<>();
    /** Tribunal and procedure marks written before the division (少民初, 立民终) or after it (刑速初). */
    private final Set<Character> marksBefore = new HashSet<>();
    private final Set<Character> marksWithin = new HashSet<>();
    private final int longestDivision;

    private CaseTypes() {
        for (String[] r : Resources.rows(DIR + "case_types.tsv")) {
            table.putIfAbsent(r[0], new CaseType(r[1], r[2]));
        }
        for (String[] r : Resources.rows(DIR + "special_trials.tsv")) {
            specialTrials.put(r[0], r[1]);
        }
        int longest = 0;
        for (String[] r : Resources.rows(DIR + "legacy_types.tsv")) {
            switch (r[0]) {
                case "division" -> {
                    divisions.put(r[1], r[2]);
                    longest = Math.max(longest, r[1].length());
                }
                case "procedure" -> {
                    procedures.put(r[1], r[2]);
                    if (r[1].length() == 1) {
                        procedureChars.add(r[1].charAt(0));
                    }
                }
                case "standalone" -> {
                    standalone.put(r[1], new CaseType(dash(r[2]), dash(r[3])));
                    if ("court".equals(r[4])) {
                        afterCourtOnly.add(r[1]);
                    }
                }
                case "mark" -> {
                    char c = r[1].charAt(0);
                    switch (r[3]) {
                        case "before" -> marksBefore.add(c);
                        case "within" -> marksWithin.add(c);
                        case "both" -> {
                            marksBefore.add(c);
                            marksWithin.add(c);
                        }
                        default -> throw new IllegalStateException(DIR + "legacy_types.tsv: mark position " + r[3]);
                    }
                }
                default -> throw new IllegalStateException(DIR + "legacy_types.tsv: unknown kind " + r[0]);
            }
        }
        longestDivision = longest;
    }

    private static String dash(String s) {
        return "-".equals(s) ? null : s;
    }

    public static CaseTypes shared() {
        return SHARED;
    }

    /** The codes of the 2015 table, for a finder's alternation. */
    public Set<String> codes() {
        return Collections.unmodifiableSet(table.keySet());
    }

    /** The special-trial chars (知). */
    public Set<String> specialTrialCodes() {
        return Collections.unmodifiableSet(specialTrials.keySet());
    }

    /** Whether a code of a 2016-format number is in the table, with or without a special-trial char before it. */
    public boolean isModern(String code) {
        return table.containsKey(code) || code.length() > 1 && specialTrials.containsKey(code.substring(0, 1))
                && table.containsKey(code.substring(1));
    }

    /** The meaning of a 2016-format type code, or null. */
    public CaseType modern(String code) {
        CaseType t = table.get(code);
        if (t != null) {
            return t;
        }
        if (code.length() > 1) {
            String special = specialTrials.get(code.substring(0, 1));
            CaseType base = special == null ? null : table.get(code.substring(1));
            if (base != null) {
                return new CaseType(special + base.caseType(), base.procedure());
            }
        }
        return null;
    }

    /**
     * Cuts the prefix of a legacy number (what stands between the year and 字) into the court's abbreviation and
     * the longest type code that the grammar accepts at its end; null when no ending is a type code, as in the
     * numbers other bodies give (兰政, 京国证民, 彭海处告). A division or a procedure alone (津海法商, 广海法初)
     * or a standalone 监, 申, 再 counts only after an abbreviation that names itself a court.
     */
    public LegacySplit splitLegacy(String prefix) {
        for (int cut = 0; cut < prefix.length(); cut++) {
            String type = prefix.substring(cut);
            String court = cut == 0 ? null : prefix.substring(0, cut);
            String base = stripped(type);
            if (parse(base) != null) {
                if (court != null && afterCourtOnly.contains(base) && !courtLike(court)) {
                    continue; // 监, 申, 再 alone follow a court's own abbreviation only (…高, …法)
                }
                return new LegacySplit(court, type);
            }
            if (court != null && bare(base) && courtLike(court)) {
                return new LegacySplit(court, type);
            }
        }
        return null;
    }

    /** A division alone (商) or a named procedure alone (初): a type only after a court's own abbreviation. */
    private boolean bare(String base) {
        return divisions.containsKey(base) || base.length() == 1 && procedures.get(base) != null && !"-".equals(procedures.get(base));
    }

    /** A legacy court abbreviation that names itself a court: ends in 法, 院, 高 or 中 (渝高法, 渝三中). */
    private static boolean courtLike(String court) {
        char last = court.charAt(court.length() - 1);
        return last == '法' || last == '院' || last == '高' || last == '中';
    }

    /** Whether a legacy type code is one by the grammar (a division alone is one only after a court's name). */
    public boolean isLegacyType(String type) {
        return parse(stripped(type)) != null;
    }

    /**
     * The meaning of a legacy type code: the table's for its base (民三终 → 民终), else the grammar's parts; a
     * division alone gives its case type and no procedure. Null when the code is none.
     */
    public CaseType legacy(String type) {
        String base = stripped(type);
        CaseType t = parse(base);
        if (t == null && divisions.containsKey(base)) {
            t = new CaseType(divisions.get(base), null);
        } else if (t == null && bare(base)) {
            t = new CaseType(null, procedures.get(base));
        }
        return t;
    }

    /** A base code (chamber numbers and brackets set aside), with at most one mark before it: 少民初, 立执. */
    private CaseType parse(String base) {
        if (base.isEmpty()) {
            return null;
        }
        // the mark first: 立执 is the filing division's enforcement case, not a division 立 with a procedure 执
        CaseType t = base.length() > 1 && marksBefore.contains(base.charAt(0)) ? parseUnmarked(base.substring(1)) : null;
        return t != null ? t : parseUnmarked(base);
    }

    /** The table's code, a standalone code, or [special-trial char] division [mark] one or two procedure chars. */
    private CaseType parseUnmarked(String base) {
        CaseType t = modern(base);
        if (t == null) {
            t = standalone.get(base);
        }
        if (t != null) {
            return t;
        }
        String special = base.length() > 2 ? specialTrials.get(base.substring(0, 1)) : null;
        int from = special == null ? 0 : 1;
        for (int d = Math.min(longestDivision, base.length() - from - 1); d >= 1; d--) {
            String division = base.substring(from, from + d);
            if (!divisions.containsKey(division)) {
                continue;
            }
            int at = from + d;
            if (at < base.length() - 1 && marksWithin.contains(base.charAt(at)) && procedureRun(base, at + 1)) {
                at++;
            }
            if (procedureRun(base, at)) {
                String proc = base.substring(at);
                String procedure = procedures.containsKey(division + proc) ? procedures.get(division + proc) : procedures.get(proc);
                String caseType = divisions.get(division);
                if (special != null && !caseType.startsWith(special)) {
                    caseType = special + caseType;
                }
                return new CaseType(caseType, dash(procedure == null ? "-" : procedure));
            }
        }
        return null;
    }

    /** One or two procedure chars to the end of {@code s} from {@code at}. */
    private boolean procedureRun(String s, int at) {
        int n = s.length() - at;
        if (n < 1 || n > 2) {
            return false;
        }
        for (int i = at; i < s.length(); i++) {
            if (!procedureChars.contains(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A legacy type without its chamber numbers and bracketed sub-division: 民一（民）初 → 民初, 刑二初 → 刑初. */
    static String stripped(String type) {
        StringBuilder sb = new StringBuilder(type.length());
        int depth = 0;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && !(i > 0 && "一二三四五六七八九十".indexOf(c) >= 0)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every code the 2015 table and the special-trial rule make, longest first (for tests and docs). */
    public List<String> modernCodes() {
        List<String> out = new ArrayList<>(table.keySet());
        for (String s : specialTrials.keySet()) {
            for (String c : table.keySet()) {
                out.add(s + c);
            }
        }
        out.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return out;
    }
}
