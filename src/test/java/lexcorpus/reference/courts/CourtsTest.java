package lexcorpus.reference.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import lexcorpus.extract.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CourtsTest {
    private final Courts courts = Courts.shared();

    @Test
    void theTableIsConsistent() {
        Map<String, String[]> rows = new HashMap<>();
        for (String[] r : Resources.rows("/lexcorpus/reference/courts/courts.tsv")) {
            assertEquals(4, r.length, () -> String.join("|", r));
            assertNull(rows.put(r[0], r), () -> "code twice: " + r[0]);
            assertTrue(r[0].matches("最高法|[\\u4e00-\\u9fa5]([0-9]{2}([0-9]{2})?)?"), () -> "code: " + r[0]);
            assertTrue(r[1].endsWith("法院") || r[1].endsWith("分院"), () -> "name: " + r[1]);
            assertTrue(Set.of("最高", "高级", "中级", "基层", "专门").contains(r[2]), () -> "level: " + r[2]);
        }
        Set<Character> provinces = new HashSet<>();
        for (String[] r : Resources.rows("/lexcorpus/reference/courts/provinces.tsv")) {
            provinces.add(r[0].charAt(0));
            assertEquals("高级", rows.get(r[0])[2], () -> "a high court for " + r[0]);
            assertTrue(rows.get(r[0])[1].startsWith(r[2]), () -> "the high court of " + r[2]);
        }
        assertEquals(31, provinces.size());
        for (String[] r : rows.values()) {
            if (r[0].equals("最高法")) {
                continue;
            }
            // every court but the SPC has a court above it in the table, one level up
            String[] up = rows.get(r[3]);
            assertNotNull(up, () -> "the court above " + r[0] + ": " + r[3]);
            if (r[2].equals("基层")) {
                assertTrue(Set.of("中级", "专门").contains(up[2]), () -> r[0] + " under " + r[3]);
            } else if (r[2].equals("中级")) {
                assertTrue(Set.of("高级").contains(up[2]), () -> r[0] + " under " + r[3]);
            } else if (r[2].equals("高级")) {
                assertEquals("最高法", r[3]);
            }
            if (r[0].length() > 1 && provinces.contains(r[0].charAt(0)) && !r[2].equals("专门") && r[1].endsWith("人民法院")) {
                String province = Resources.rows("/lexcorpus/reference/courts/provinces.tsv").stream()
                        .filter(p -> p[0].charAt(0) == r[0].charAt(0)).findFirst().orElseThrow()[2];
                // the full name (广东省…) or the short one (广东自由贸易区南沙片区人民法院)
                assertTrue(r[1].startsWith(province.substring(0, 2)), () -> "a court's name starts with its province: " + r[1]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "最高法,最高人民法院,最高",
        "京,北京市高级人民法院,高级", "京01,北京市第一中级人民法院,中级", "京0105,北京市朝阳区人民法院,基层", "京73,北京知识产权法院,专门",
        "京0491,北京互联网法院,基层", "京74,北京金融法院,专门", "津0104,天津市南开区人民法院,基层", "津72,天津海事法院,专门",
        "冀02,河北省唐山市中级人民法院,中级", "冀0828,河北省围场满族蒙古族自治县人民法院,基层", "晋0621,山西省山阴县人民法院,基层",
        "内06,内蒙古自治区鄂尔多斯市中级人民法院,中级", "辽08,辽宁省营口市中级人民法院,中级", "辽72,大连海事法院,专门",
        "吉01,吉林省长春市中级人民法院,中级", "黑07,黑龙江省伊春市中级人民法院,中级", "沪,上海市高级人民法院,高级",
        "沪0101,上海市黄浦区人民法院,基层", "沪74,上海金融法院,专门", "苏1182,江苏省扬中市人民法院,基层",
        "苏0831,江苏省金湖县人民法院,基层", "浙02,浙江省宁波市中级人民法院,中级", "浙0192,杭州互联网法院,基层",
        "皖0404,安徽省淮南市谢家集区人民法院,基层", "闽0922,福建省古田县人民法院,基层", "赣1002,江西省抚州市临川区人民法院,基层",
        "鲁02,山东省青岛市中级人民法院,中级", "鲁72,青岛海事法院,专门", "豫1002,河南省许昌市魏都区人民法院,基层",
        "鄂0204,湖北省黄石市下陆区人民法院,基层", "鄂72,武汉海事法院,专门", "湘0623,湖南省华容县人民法院,基层",
        "粤03,广东省深圳市中级人民法院,中级", "粤73,广州知识产权法院,专门", "粤0192,广州互联网法院,基层",
        "桂0403,广西壮族自治区梧州市万秀区人民法院,基层", "琼96,海南省第一中级人民法院,中级", "渝0152,重庆市潼南区人民法院,基层",
        "川1403,四川省眉山市彭山区人民法院,基层", "黔0521,贵州省大方县人民法院,基层", "云04,云南省玉溪市中级人民法院,中级",
        "藏0127,西藏自治区墨竹工卡县人民法院,基层", "陕0329,陕西省麟游县人民法院,基层", "甘3001,甘肃省合作市人民法院,基层",
        "青2324,青海省河南蒙古族自治县人民法院,基层", "宁0425,宁夏回族自治区彭阳县人民法院,基层",
        "新2929,新疆维吾尔自治区柯坪县人民法院,基层", "兵05,新疆生产建设兵团第五师中级人民法院,中级",
        "京7101,北京铁路运输法院,专门"})
    void codesOfEveryProvinceAndLevelNameTheirCourt(String code, String name, String level) {
        Courts.Court c = courts.byCode(code);
        assertNotNull(c, code);
        assertEquals(name, c.name(), code);
        assertEquals(level, c.level(), code);
    }

    @Test
    void everyProvinceDecodesToItsHighCourtAndItsFirstIntermediateCourt() {
        for (String[] p : Resources.rows("/lexcorpus/reference/courts/provinces.tsv")) {
            Courts.Court high = courts.byCode(p[0]);
            assertEquals(p[2] + "高级人民法院", high.name(), p[0]);
            assertEquals("高级", high.level(), p[0]);
            Courts.Court first = courts.byCode(p[0] + "01");
            assertTrue(first.name().startsWith(p[2]) && first.name().endsWith("中级人民法院"), () -> p[0] + "01: " + first.name());
            assertEquals("中级", first.level(), p[0] + "01");
            assertTrue(courts.isAtOrAbove(p[0], p[0] + "01"), p[0]);
        }
    }

    @Test
    void inEveryProvinceACodeNoTableKnowsGivesNoName() {
        for (String[] p : Resources.rows("/lexcorpus/reference/courts/provinces.tsv")) {
            // 0100 is a prefecture's own code in GB/T 2260, never a county's; 00 and 0000 name nothing at all
            for (String tail : new String[] {"0100", "0199", "9999", "00", "0000", "86"}) {
                Courts.Court c = courts.byCode(p[0] + tail);
                assertTrue(c == null || c.name() == null, () -> p[0] + tail + " gives " + c);
            }
            assertNull(courts.byCode(p[0] + "0000"), p[0] + "0000");
            assertNull(courts.byCode(p[0] + "00"), p[0] + "00");
            assertEquals("基层", courts.byCode(p[0] + "0199").level(), p[0] + "0199: the number says a basic court");
        }
    }

    @ParameterizedTest
    @CsvSource({"鲁0116,山东省济南市莱芜区人民法院", "晋0404,山西省长治市上党区人民法院", "冀0284,河北省滦州市人民法院"})
    void aBasicCourtTheListingLacksIsNamedFromItsDivision(String code, String name) {
        Courts.Court c = courts.byCode(code);
        assertEquals(name, c.name());
        assertEquals("基层", c.level());
    }

    @ParameterizedTest
    @ValueSource(strings = {"京0199", "苏0188", "粤0399", "渝0171", "闽0999"})
    void aBasicCodeNoTableKnowsHasALevelAndNoName(String code) {
        Courts.Court c = courts.byCode(code);
        assertNotNull(c, code);
        assertNull(c.name(), code);
        assertEquals("基层", c.level());
    }

    @ParameterizedTest
    @ValueSource(strings = {"京86", "苏0000", "港01", "X01", "京1", "京012", "最高检"})
    void aCodeTheToolDoesNotKnowGivesNoCourt(String code) {
        Courts.Court c = courts.byCode(code);
        assertTrue(c == null || c.name() == null && c.level() == null, code);
        if (c != null) {
            assertNull(c.name());
        }
    }

    @Test
    void anIntermediateCodeTheListingLacksHasOnlyItsLevel() {
        assertEquals(new Courts.Court("渝74", null, "专门", "渝"), courts.byCode("渝74"));
        assertEquals(new Courts.Court("苏88", null, "中级", "苏"), courts.byCode("苏88"));
    }

    @ParameterizedTest
    @CsvSource({"最高法,最高人民法院", "渝高法,重庆市高级人民法院", "粤高法,广东省高级人民法院", "京高,北京市高级人民法院",
            "渝三中,重庆市第三中级人民法院", "渝四中法,重庆市第四中级人民法院", "沪一中,上海市第一中级人民法院",
            "鄂荆州中,湖北省荆州市中级人民法院", "鄂荆州区,湖北省荆州市荆州区人民法院", "苏扬中市,江苏省扬中市人民法院"})
    void aLegacyAbbreviationThatNamesOneCourtDecodes(String abbreviation, String name) {
        assertEquals(name, courts.legacy(abbreviation).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"宁", "苏", "云", "鄂荆中", "深中法", "甬海法", "海", "三", "彭法", "徐", "鄂沙市", "法", "院"})
    void anAmbiguousOrUnknownLegacyAbbreviationGivesNoCourt(String abbreviation) {
        assertNull(courts.legacy(abbreviation), abbreviation);
    }

    @Test
    void courtsAboveOthers() {
        assertTrue(courts.isAtOrAbove("京03", "京0105"));
        assertTrue(courts.isAtOrAbove("京", "京0105"));
        assertTrue(courts.isAtOrAbove("最高法", "苏1182"));
        assertTrue(!courts.isAtOrAbove("京01", "京0105"));
        assertTrue(!courts.isAtOrAbove("苏11", "京0105"));
    }
}
