package lexcorpus.reference.issuers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Resources;

/**
 * The issuers of document numbers: central bodies' codes (国发 → 国务院, 法释 → 最高人民法院), codes that begin
 * with a body's prefix (发改… → 国家发展和改革委员会), and decrees and announcements named by their issuer (海关总署令, 国家税务总局公告). Null where the
 * tables do not know the code. Immutable and thread-safe.
 */
public final class IssuerCodes {
    private static final String DIR = "/lexcorpus/reference/issuers/";
    private static final IssuerCodes SHARED = new IssuerCodes();

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    private final List<String> decreeSuffixes = new ArrayList<>();
    private final Map<String, String> decreeWholes = new HashMap<>();

    private IssuerCodes() {
        for (String[] r : Resources.rows(DIR + "issuers.tsv")) {
            switch (r[2]) {
                case "exact" -> exact.put(r[0], r[1]);
                case "prefix" -> prefixes.put(r[0], r[1]);
                default -> throw new IllegalStateException(DIR + "issuers.tsv: match must be exact or prefix: " + r[0]);
            }
        }
        for (String[] r : Resources.rows(DIR + "decrees.tsv")) {
            switch (r[0]) {
                case "suffix" -> decreeSuffixes.add(r[1]);
                case "whole" -> decreeWholes.put(r[1], r[2]);
                default -> throw new IllegalStateException(DIR + "decrees.tsv: unknown kind " + r[0]);
            }
        }
    }

    public static IssuerCodes shared() {
        return SHARED;
    }

    /**
     * Whether a body's name that ends in {@code suffix} holds another body's end before it: several bodies issuing
     * jointly (财政部税务总局公告), whose issuers one name cannot give. 银行 stands inside names (中国银行保险…).
     */
    private boolean jointly(String body, String suffix) {
        String head = body.substring(0, body.length() - suffix.length());
        for (String s : decreeSuffixes) {
            if (!"银行".equals(s) && head.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The issuer of a number with this code and kind, or null. */
    public String issuer(String code, String kind) {
        if (code == null) {
            return null;
        }
        String word = "decree".equals(kind) && code.endsWith("令") ? "令" : code.endsWith("公告") ? "公告" : null;
        if (word != null) {
            String body = code.substring(0, code.length() - word.length());
            String whole = decreeWholes.get(body);
            if (whole != null) {
                return whole;
            }
            for (String s : decreeSuffixes) {
                if (body.length() > s.length() && body.endsWith(s)) {
                    return jointly(body, s) ? null : body;
                }
            }
            return null;
        }
        String name = exact.get(code);
        if (name != null) {
            return name;
        }
        for (int n = code.length() - 1; n >= 1; n--) {
            name = prefixes.get(code.substring(0, n));
            if (name != null) {
                return name;
            }
        }
        return null;
    }
}
