package lexcorpus.extract.casenumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lexcorpus.extract.Candidate;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.extract.Extractor;
import lexcorpus.extract.Resources;
import lexcorpus.extract.Scan;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.CaseNumberValue;

/**
 * Finds court case numbers in the 2016 format ({@code （2019）浙02知民初368号}) and the legacy 字第 format
 * ({@code （2013）民提字第125号}), several sharing one prefix as separate entities, and decodes court and
 * case type codes from the tables. Document numbers (国发〔2024〕1号) have no court code and do not match.
 * Thread-safe.
 */
public final class CaseNumberExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/casenumber/";
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private final Pattern modern;
    private final Pattern legacy;
    private final Pattern legacyTypeStart;
    private final Pattern notCourt;
    private final Map<String, String> caseTypes;
    private final Map<String, String> courts;

    public CaseNumberExtractor() {
        caseTypes = Resources.map(DIR + "case_types.tsv");
        courts = Resources.map(DIR + "courts.tsv");
        String types = caseTypes.keySet().stream().filter(t -> !t.endsWith("字"))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv", Map.of("types", "(?:" + types + ")"));
        modern = Pattern.compile(p.get("modern"));
        legacy = Pattern.compile(p.get("legacy"));
        legacyTypeStart = Pattern.compile(p.get("legacy_type_start"));
        notCourt = Pattern.compile(p.get("not_court"));
    }

    @Override
    public String type() {
        return Entity.CASE_NUMBER;
    }

    @Override
    public List<Candidate> find(ExtractionContext ctx) {
        String s = ctx.clean();
        List<Candidate> out = new ArrayList<>();
        Scan.each(modern, s, OPEN, m -> {
            int year = Integer.parseInt(m.group("year"));
            String court = m.group("court");
            String type = m.group("type");
            if (!caseTypes.containsKey(type) && court.length() == 1) {
                return; // a bare province abbreviation and an unknown code: a document number's shape
            }
            emit(out, m.start(), m.start("serials"), m.group("serials"), m.end(),
                    serial -> new CaseNumberValue(year, court, type, serial, "2016", courtName(court), caseTypes.get(type)));
        });
        Scan.each(legacy, s, OPEN, l -> {
            String prefix = l.group("prefix");
            if (notCourt.matcher(prefix).find()) {
                return;
            }
            int year = Integer.parseInt(l.group("year"));
            String court = null;
            String type = prefix;
            int cut = legacyTypeCut(prefix);
            if (cut > 0) {
                court = prefix.substring(0, cut);
                type = prefix.substring(cut);
            }
            String courtCode = court;
            String typeCode = type;
            emit(out, l.start(), l.start("lserials"), l.group("lserials"), l.end(),
                    serial -> new CaseNumberValue(year, courtCode, typeCode, serial, "legacy", null, caseTypes.get(typeCode)));
        });
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** The brackets a case number opens with: where its patterns are tried. */
    private static final boolean[] OPEN = Scan.table("（(〔[【");

    /** Where the case type starts in a legacy prefix: after a court abbreviation ending in 法, else at the first type char. */
    private int legacyTypeCut(String prefix) {
        int fa = prefix.indexOf('法');
        if (fa > 0 && fa < prefix.length() - 1) {
            return fa + 1;
        }
        if (fa == 0) {
            return 0; // 法委赔: a type code of its own, no court
        }
        Matcher t = legacyTypeStart.matcher(prefix);
        return t.find() ? t.start() : 0;
    }

    /**
     * The court a code names: from the table, else the level a numbered code implies within its province
     * (two digits: an intermediate court, 71–79 a specialised one; four digits: a basic court).
     */
    private String courtName(String code) {
        String name = courts.get(code);
        if (name != null || code.length() < 3) {
            return name;
        }
        String high = courts.get(code.substring(0, 1));
        if (high == null || !high.endsWith("高级人民法院")) {
            return null;
        }
        String province = high.substring(0, high.length() - "高级人民法院".length());
        String digits = code.substring(1);
        if (digits.length() == 2) {
            return province + (digits.startsWith("7") ? "辖区专门人民法院" : "辖区中级人民法院");
        }
        return province + "辖区基层人民法院";
    }

    /** One entity per serial: the first spans the prefix and its serial, the later ones their serial (and 号 at the end). */
    private static void emit(List<Candidate> out, int start, int serialsStart, String serials, int end,
                             java.util.function.LongFunction<CaseNumberValue> value) {
        Matcher d = DIGITS.matcher(serials);
        List<int[]> spans = new ArrayList<>();
        while (d.find()) {
            spans.add(new int[] {serialsStart + d.start(), serialsStart + d.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] sp = spans.get(i);
            boolean last = i == spans.size() - 1;
            int from = i == 0 ? start : (i > 0 && serials.charAt(sp[0] - serialsStart - 1) == '第' ? sp[0] - 1 : sp[0]);
            int to = last ? end : sp[1];
            long serial = Long.parseLong(serials.substring(sp[0] - serialsStart, sp[1] - serialsStart));
            out.add(new Candidate(Entity.CASE_NUMBER, from, to, value.apply(serial)));
        }
    }
}
