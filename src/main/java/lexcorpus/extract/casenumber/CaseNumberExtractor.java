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
import lexcorpus.extract.Serials;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.reference.courts.CaseTypes;

/**
 * Finds court case numbers in the 2016 format ({@code （2019）浙02知民初368号}) and the legacy 字第 format
 * ({@code （2013）民提字第125号}), several sharing one prefix as separate entities. A number counts only with a
 * court case type code (the 2015 table, the 2018 special-trial char, the legacy grammar), so that the numbers
 * other bodies give in the same shape ({@code （1997）兰政字第6号}) are left to document numbers. What the codes
 * mean is the resolve stage's business. Thread-safe.
 */
public final class CaseNumberExtractor implements Extractor {
    private static final String DIR = "/lexcorpus/casenumber/";
    private final CaseTypes types = CaseTypes.shared();
    private final Pattern modern;
    private final Pattern legacy;
    private final Pattern notCourt;
    private final Pattern notAfter;
    private final Pattern notBefore;

    public CaseNumberExtractor() {
        String special = String.join("", types.specialTrialCodes());
        String codes = types.codes().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String alternation = "(?:[" + special + "]?(?:" + codes + "))";
        Map<String, String> p = Resources.patterns(DIR + "patterns.tsv", Map.of("types", alternation));
        modern = Pattern.compile(p.get("modern"));
        legacy = Pattern.compile(p.get("legacy"));
        notCourt = Pattern.compile(p.get("not_court"));
        notAfter = Pattern.compile(p.get("not_after"));
        notBefore = Pattern.compile(p.get("not_before"));
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
            String court = m.group("court");
            String type = m.group("type");
            if (court.length() == 1 && !types.isModern(type) || anotherBodys(s, m)) {
                return; // a bare province abbreviation and an unknown code: a document number's shape
            }
            emit(out, s, m, Integer.parseInt(m.group("year")), court, type, "2016");
        });
        Scan.each(legacy, s, OPEN, m -> {
            CaseTypes.LegacySplit split = types.splitLegacy(m.group("prefix").replace("\n", ""));
            if (split == null || split.court() != null && notCourt.matcher(split.court()).find() || anotherBodys(s, m)) {
                return;
            }
            emit(out, s, m, fullYear(m.group("year")), split.court(), split.type(), "legacy");
        });
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    /** Whether the words around a match name a notary's, an arbitration body's or an appraiser's document. */
    private boolean anotherBodys(String s, Matcher m) {
        if (notAfter.matcher(s).region(m.end(), s.length()).lookingAt()) {
            return true;
        }
        int from = Math.max(0, m.start() - BEFORE);
        return notBefore.matcher(s).region(from, m.start()).useTransparentBounds(false).find();
    }

    /** How far before a number its issuer's name is looked for. */
    private static final int BEFORE = 12;

    /**
     * A year as written: four digits, or two of the 1980s and 1990s numbers (86 → 1986); two digits below 50 are
     * read as this century's (03 → 2003), since the legacy form ended in 2015.
     */
    static int fullYear(String written) {
        int y = Integer.parseInt(written);
        return written.length() > 2 ? y : y >= 50 ? 1900 + y : 2000 + y;
    }

    /** The brackets a case number opens with (and the backslash of a Markdown escape): where its patterns are tried. */
    private static final boolean[] OPEN = Scan.table("（(〔[【\\");

    /** One entity per serial of the match. */
    private static void emit(List<Candidate> out, String s, Matcher m, int year, String court, String type, String format) {
        for (Serials.Serial serial : Serials.read(s, m.start(), m.start("serials"), m.end("serials"), m.end(), m.group("after"))) {
            out.add(new Candidate(Entity.CASE_NUMBER, serial.start(), serial.end(),
                    CaseNumberValue.found(year, court, type, serial.number(), serial.suffix(), format)));
        }
    }
}
