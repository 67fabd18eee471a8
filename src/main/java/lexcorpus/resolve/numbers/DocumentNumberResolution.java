package lexcorpus.resolve.numbers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lexcorpus.model.EntityValue.DocumentNumberValue;
import lexcorpus.reference.Instrument;
import lexcorpus.reference.LawTable;
import lexcorpus.reference.Version;
import lexcorpus.reference.issuers.IssuerCodes;

/**
 * The resolve stage for document numbers: the issuer where the issuer tables know the code, and the title of the
 * instrument the number promulgated where the law table gives that number to one instrument. Stateless and
 * thread-safe.
 */
public final class DocumentNumberResolution {
    private final IssuerCodes issuers = IssuerCodes.shared();

    public DocumentNumberValue resolve(DocumentNumberValue v) {
        String number = written(v);
        return v.resolved(issuers.issuer(v.issuerCode(), v.kind()), number == null ? null : Titles.MAP.get(number));
    }

    private static final String STATE = "中华人民共和国";

    /** The number as the law table writes it: 法释〔2020〕17号, 国务院令第339号; null without a code. */
    static String written(DocumentNumberValue v) {
        if (v.issuerCode() == null || v.serialPrefix() != null) {
            return null;
        }
        String code = v.issuerCode().endsWith("字") ? v.issuerCode().substring(0, v.issuerCode().length() - 1) : v.issuerCode();
        if (code.startsWith(STATE) && code.length() > STATE.length() + 1) {
            code = code.substring(STATE.length()); // 中华人民共和国国务院令 → 国务院令
        }
        return v.year() == null ? code + "第" + v.serial() + "号" : code + "〔" + v.year() + "〕" + v.serial() + "号";
    }

    /**
     * Numbers the law table gives a text of its own (the first text, or a revised one: 制定, 修订), each to one
     * instrument. An amending decision's number is left out (one decision often amends many instruments), and so is
     * a number the table gives to two instruments.
     */
    private static final class Titles {
        static final Map<String, String> MAP = build();

        private static Map<String, String> build() {
            Map<String, String> out = new HashMap<>();
            Set<String> twice = new HashSet<>();
            for (Instrument in : LawTable.shared().instruments()) {
                for (Version ver : in.versions()) {
                    if (ver.number() == null || !("制定".equals(ver.kind()) || "修订".equals(ver.kind()))) {
                        continue;
                    }
                    String key = LawTable.key(ver.number());
                    String before = out.put(key, in.title());
                    if (before != null && !before.equals(in.title())) {
                        twice.add(key);
                    }
                }
            }
            twice.forEach(out::remove);
            return Map.copyOf(out);
        }
    }
}
