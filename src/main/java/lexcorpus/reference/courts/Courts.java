package lexcorpus.reference.courts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexcorpus.extract.Resources;

/**
 * The courts of the court codes: every court of the court-code standard's listing by its code (京0105 → 北京市朝阳区
 * 人民法院), a basic court the listing lacks by its county's division code, the level a code's shape gives where
 * no name is known, and the court a legacy abbreviation names where it names one court only (渝高法 → 重庆市高级人民
 * 法院). A code the tables do not know gives no court rather than a guessed one. Immutable and thread-safe.
 */
public final class Courts {
    private static final String DIR = "/lexcorpus/reference/courts/";
    private static final Courts SHARED = new Courts();

    /** A court: its name (null where only the level is known), level, and the code of the court above it (or null). */
    public record Court(String code, String name, String level, String parent) {
    }

    private final Map<String, Court> byCode = new HashMap<>();
    private final Map<Character, String> provinceCodes = new HashMap<>();
    private final Map<Character, String> provinceNames = new HashMap<>();
    private final Map<String, String> divisions = new HashMap<>();
    /** Per province abbreviation, its intermediate and basic courts, for legacy abbreviations. */
    private final Map<Character, List<Court>> byProvince = new HashMap<>();

    private Courts() {
        for (String[] r : Resources.rows(DIR + "courts.tsv")) {
            Court c = new Court(r[0], r[1], r[2], r[3].isEmpty() ? null : r[3]);
            if (byCode.putIfAbsent(r[0], c) != null) {
                throw new IllegalStateException(DIR + "courts.tsv: code twice: " + r[0]);
            }
            if (r[0].length() > 1 && Character.isDigit(r[0].charAt(1))) {
                byProvince.computeIfAbsent(r[0].charAt(0), k -> new ArrayList<>()).add(c);
            }
        }
        for (String[] r : Resources.rows(DIR + "provinces.tsv")) {
            provinceCodes.put(r[0].charAt(0), r[1]);
            provinceNames.put(r[0].charAt(0), r[2]);
        }
        for (String[] r : Resources.rows(DIR + "divisions.tsv")) {
            divisions.put(r[0], r[1]);
        }
    }

    public static Courts shared() {
        return SHARED;
    }

    /** The court of a 2016-format court code, or null where the tables know neither its name nor its level. */
    public Court byCode(String code) {
        Court c = byCode.get(code);
        if (c != null) {
            return c;
        }
        if (code.length() != 3 && code.length() != 5 || !provinceCodes.containsKey(code.charAt(0))) {
            return null;
        }
        int head = Integer.parseInt(code.substring(1, 3));
        if (code.length() == 3) {
            // the numbers the 2018 rules give: 71-85 specialised intermediate courts, 87-99 other intermediate ones
            String level = head >= 1 && head <= 70 || head >= 87 ? "中级" : head >= 71 && head <= 85 ? "专门" : null;
            return level == null ? null : new Court(code, null, level, String.valueOf(code.charAt(0)));
        }
        int tail = Integer.parseInt(code.substring(3));
        String parent = code.substring(0, 3);
        if (head >= 71 && head <= 85) {
            return new Court(code, null, "专门", byCode.containsKey(parent) ? parent : null);
        }
        if (head < 1 || head > 70 && head < 87 || tail == 0) {
            return null;
        }
        // a county's last two digits: 01-69 districts and counties, 81-89 county-level cities; 70-79 are statistical
        // zones and 90-99 the courts' own numbers (development zones), which no division names
        String name = head <= 70 && (tail < 70 || tail >= 81 && tail <= 89) ? divisionCourt(code) : null;
        return new Court(code, name, "基层", null);
    }

    /**
     * A basic court named from its county's division code (GB/T 2260): province, the prefecture before a 区, the
     * county, 人民法院 (鲁0116 → 山东省济南市莱芜区人民法院); null where the division is not known.
     */
    private String divisionCourt(String code) {
        String gb = provinceCodes.get(code.charAt(0)) + code.substring(1);
        String county = divisions.get(gb);
        if (county == null) {
            return null;
        }
        String prefecture = divisions.get(gb.substring(0, 4) + "00");
        boolean named = prefecture != null && !prefecture.equals("市辖区") && !prefecture.equals("县")
                && !prefecture.endsWith("直辖县级行政区划");
        String city = county.endsWith("区") && named ? prefecture : "";
        return provinceNames.get(code.charAt(0)) + city + county + "人民法院";
    }

    /**
     * The court a legacy abbreviation names, where it names one only: 最高法; a province and 高 (渝高法); a province,
     * a number and 中 (渝三中 → 重庆市第三中级人民法院); a province, a city and 中 (鄂荆州中 → 湖北省荆州市中级人民法院); a
     * province, a district or county and 区/县/市 (鄂荆州区 → 湖北省荆州市荆州区人民法院). Null otherwise (鄂荆中: 荆州 or
     * 荆门; a bare 宁: 宁夏 or 南京).
     */
    public Court legacy(String abbreviation) {
        if (abbreviation == null || abbreviation.isEmpty()) {
            return null;
        }
        String a = abbreviation.endsWith("法") || abbreviation.endsWith("院") ? abbreviation.substring(0, abbreviation.length() - 1)
                : abbreviation;
        if (a.isEmpty()) {
            return null; // 法 alone: no court named
        }
        if (a.equals("最高")) {
            return byCode.get("最高法");
        }
        char p = a.charAt(0);
        if (!provinceNames.containsKey(p) || a.length() < 2) {
            return null;
        }
        String rest = a.substring(1);
        if (rest.equals("高")) {
            return byCode.get(String.valueOf(p));
        }
        List<Court> courts = byProvince.getOrDefault(p, List.of());
        String province = provinceNames.get(p);
        if (rest.length() == 2 && rest.endsWith("中") && "一二三四五".indexOf(rest.charAt(0)) >= 0) {
            return unique(courts, province + "第" + rest.charAt(0) + "中级人民法院", true);
        }
        if (rest.length() >= 2 && rest.endsWith("中")) {
            return unique(courts, province + rest.substring(0, rest.length() - 1), false, "中级人民法院");
        }
        char last = rest.charAt(rest.length() - 1);
        if (rest.length() >= 2 && (last == '区' || last == '县' || last == '市')) {
            return uniqueContaining(courts, rest + "人民法院");
        }
        return null;
    }

    private static Court unique(List<Court> courts, String name, boolean exact) {
        Court hit = null;
        for (Court c : courts) {
            if (c.name().equals(name)) {
                if (hit != null) {
                    return null;
                }
                hit = c;
            }
        }
        return hit;
    }

    /** The one intermediate court whose name starts with {@code start} and ends with {@code end}. */
    private static Court unique(List<Court> courts, String start, boolean exact, String end) {
        Court hit = null;
        for (Court c : courts) {
            if (c.name().startsWith(start) && c.name().endsWith(end) && "中级".equals(c.level())) {
                if (hit != null) {
                    return null;
                }
                hit = c;
            }
        }
        return hit;
    }

    /** The one basic court whose name ends with {@code end} right after a city's or province's name. */
    private static Court uniqueContaining(List<Court> courts, String end) {
        Court hit = null;
        for (Court c : courts) {
            if ("基层".equals(c.level()) && c.name().endsWith(end)) {
                if (hit != null) {
                    return null;
                }
                hit = c;
            }
        }
        return hit;
    }

    /** Whether the court {@code above} is {@code below}'s court, or one above it. */
    public boolean isAtOrAbove(String above, String below) {
        String c = below;
        for (int i = 0; c != null && i < 4; i++) {
            if (c.equals(above)) {
                return true;
            }
            Court court = byCode(c);
            c = court == null ? null : court.parent();
        }
        return false;
    }
}
