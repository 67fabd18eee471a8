package lexcorpus.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The law table's own consistency, and what it answers for instruments whose history is public knowledge. */
class LawTableTest {
    private static final LawTable TABLE = LawTable.shared();
    private static final Set<String> LEVELS = Set.of("法律", "行政法规", "司法解释", "部门规章", "地方性法规", "国际条约", "外国法", "其他");

    @Test
    void everyRowIsConsistent() {
        List<String> problems = new ArrayList<>();
        for (Instrument in : TABLE.instruments()) {
            String id = in.lawId();
            if (!LEVELS.contains(in.level())) {
                problems.add(id + ": level " + in.level());
            }
            if (in.repealedBy() != null && TABLE.byId(in.repealedBy()) == null) {
                problems.add(id + ": successor " + in.repealedBy() + " is not in the table");
            }
            if (id.equals(in.repealedBy())) {
                problems.add(id + ": replaced by itself");
            }
            LocalDate previous = null;
            LocalDate previousEffective = null;
            for (Version v : in.versions()) {
                if (previous != null && v.date().isBefore(previous)) {
                    problems.add(id + ": " + v.label() + " adopted before the version before it");
                }
                if (v.effective() != null && previousEffective != null && v.effective().isBefore(previousEffective)) {
                    problems.add(id + ": " + v.label() + " took effect before the version before it");
                }
                if (v.articles() != null && v.articles() <= 0) {
                    problems.add(id + ": " + v.label() + " has " + v.articles() + " articles");
                }
                if (!v.label().matches("\\d{4}年(修正|修订)?") || !v.label().startsWith(Integer.toString(v.date().getYear()))) {
                    problems.add(id + ": label " + v.label() + " for a version of " + v.date());
                }
                // the first version is the original, unless the source's history starts later (then it is partial);
                // a later 制定 is a new text under the same title that replaced the old one, and must say when
                if (!Set.of("制定", "修正", "修订").contains(v.kind())
                        || previous != null && v.kind().equals("制定") && (v.effective() == null || !in.historyComplete())
                        || previous == null && !v.kind().equals("制定") && in.historyComplete()) {
                    problems.add(id + ": kind " + v.kind() + " of " + v.label());
                }
                previous = v.date();
                previousEffective = v.effective() != null ? v.effective() : previousEffective;
            }
            if (in.repealed() != null && !in.versions().isEmpty() && in.repealed().isBefore(in.versions().get(0).date())) {
                problems.add(id + ": repealed before it was adopted");
            }
            if (in.repealed() != null && in.repealedUndated()) {
                problems.add(id + ": repealed both on a date and on none");
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems: " + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void aNameStandsForOneInstrumentUnlessMarkedAmbiguous() {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Boolean> marked = new HashMap<>();
        for (LawTable.Name n : TABLE.names()) {
            ids.computeIfAbsent(n.name(), k -> new HashSet<>()).add(n.lawId());
            marked.merge(n.name(), n.ambiguous(), Boolean::logicalAnd);
        }
        List<String> wrong = new ArrayList<>();
        ids.forEach((name, set) -> {
            if (set.size() > 1 != marked.get(name)) {
                wrong.add(name + " " + set + (marked.get(name) ? " marked ambiguous" : ""));
            }
        });
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        for (Instrument in : TABLE.instruments()) {
            assertTrue(TABLE.named(in.title()).stream().anyMatch(n -> n.lawId().equals(in.lawId())), in.title() + " is not one of its own names");
        }
    }

    @Test
    void officialTitlesOfRegulationsAreKeptAsTheyAre() {
        // most State Council regulations do not open with 中华人民共和国; some do
        assertEquals("计算机软件保护条例", TABLE.lookup("计算机软件保护条例").title());
        assertNull(TABLE.lookup("中华人民共和国计算机软件保护条例"));
        assertEquals("中华人民共和国专利法实施细则", TABLE.lookup("专利法实施细则").title());
        assertNull(TABLE.lookup("合同法实施条例"));
        assertNull(TABLE.lookup("反不正当竞争法实施细则"));
    }

    @Test
    void namesAndNumbersFindTheirInstrument() {
        assertEquals("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释", TABLE.lookup("民诉法解释").title());
        assertEquals("最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（三）", TABLE.lookup("公司法解释（三）").title());
        assertEquals("中华人民共和国刑法修正案（十一）", TABLE.lookup("刑法修正案（十一）").title());
        assertEquals("保护工业产权巴黎公约", TABLE.lookup("巴黎公约").title());
        assertEquals("最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释", TABLE.variant("关于适用刑事诉讼法的解释").title());
        assertEquals("最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）",
                TABLE.variant("最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准（二）").title());
        // a content word left out names another instrument: no variant
        assertNull(TABLE.variant("关于适用若干问题的意见"));
        Instrument software = TABLE.byNumber("国务院令第339号");
        assertNotNull(software);
        assertEquals("计算机软件保护条例", software.title());
    }

    @Test
    void standingOnADate() {
        Instrument contract = TABLE.lookup("合同法");
        Standing s2019 = TABLE.standing(contract, LocalDate.of(2019, 12, 20));
        assertEquals(Standing.IN_FORCE, s2019.status());
        assertNull(s2019.version(), "the source of the Contract Law lists no complete history");
        Standing s2022 = TABLE.standing(contract, LocalDate.of(2022, 3, 1));
        assertEquals(Standing.REPEALED, s2022.status());
        assertEquals("中华人民共和国民法典", s2022.successor().title());
        assertEquals(LocalDate.of(2021, 1, 1), s2022.repealedOn());

        Instrument code = TABLE.lookup("民法典");
        assertEquals(Standing.NOT_YET_IN_FORCE, TABLE.standing(code, LocalDate.of(2020, 8, 1)).status());
        Standing s2021 = TABLE.standing(code, LocalDate.of(2021, 6, 1));
        assertEquals("2020年", s2021.version().label());
        assertEquals(1260, s2021.version().articles());

        Instrument company = TABLE.lookup("公司法");
        assertEquals("2018年修正", TABLE.standing(company, LocalDate.of(2024, 3, 1)).version().label());
        assertEquals("2023年修订", TABLE.standing(company, LocalDate.of(2024, 7, 1)).version().label());

        Instrument procedure = TABLE.lookup("民事诉讼法");
        assertEquals("2021年修正", TABLE.standing(procedure, LocalDate.of(2023, 12, 31)).version().label());
        assertEquals("2023年修正", TABLE.standing(procedure, LocalDate.of(2024, 1, 1)).version().label());
        assertEquals("2017年修正", TABLE.standing(procedure, LocalDate.of(2019, 6, 1)).version().label());
        assertEquals("2013年修正", TABLE.standing(company, LocalDate.of(2015, 6, 1)).version().label());
        // the revision of 2005-10-27, effective date not in the table: the version of late 2005 is not given
        assertNull(TABLE.standing(company, LocalDate.of(2005, 12, 1)).version());
        assertEquals(Standing.IN_FORCE, TABLE.standing(company, LocalDate.of(2005, 12, 1)).status());
        // after the snapshot no version is given: the law may have changed since
        assertNull(TABLE.standing(procedure, TABLE.asOf().plusDays(1)).version());
        assertNull(TABLE.standing(procedure, null).status());
    }

    @Test
    void whatTheTableCannotKnowIsNotSaid() {
        // the National Security Law of 2015 replaced one of 1993 under the same title that the table does not hold:
        // a text of 2010 names the old law, which was in force; the table says nothing rather than "not yet"
        Instrument security = TABLE.lookup("国家安全法");
        assertEquals(LocalDate.of(2015, 7, 1), security.versions().get(0).date());
        assertNull(TABLE.standing(security, LocalDate.of(2010, 5, 1)).status());
        assertEquals(Standing.IN_FORCE, TABLE.standing(security, LocalDate.of(2016, 5, 1)).status());
        // after the snapshot: a repeal stays known, being in force is not
        LocalDate later = TABLE.asOf().plusDays(1);
        assertNull(TABLE.standing(TABLE.lookup("民法典"), later).status());
        assertEquals(Standing.REPEALED, TABLE.standing(TABLE.lookup("合同法"), later).status());
        // the criminal procedure interpretation: the text of 2012, replaced under the same title from 2021-03-01
        Instrument criminal = TABLE.lookup("刑诉法解释");
        assertEquals("2012年", TABLE.standing(criminal, LocalDate.of(2021, 2, 1)).version().label());
        assertEquals("2020年", TABLE.standing(criminal, LocalDate.of(2021, 3, 1)).version().label());
        assertEquals(criminal, TABLE.byNumber("法释〔2012〕21号"));
        assertEquals(criminal, TABLE.byNumber("法释[2021]1号"));
    }

    @Test
    void lawsAndChangesAfterTheFirstSnapshotAreKnownWithoutAStatus() {
        Instrument privateEconomy = TABLE.lookup("民营经济促进法");
        assertEquals("中华人民共和国民营经济促进法", privateEconomy.title());
        assertEquals(LocalDate.of(2025, 5, 20), privateEconomy.versions().get(0).effective());
        Instrument security = TABLE.lookup("治安管理处罚法");
        Version revised = TABLE.cited(security, "2025年修订");
        assertEquals(LocalDate.of(2026, 1, 1), revised.effective());
        assertEquals(144, revised.articles());
        assertNull(TABLE.standing(security, LocalDate.of(2026, 2, 1)).status(), "after the snapshot only a repeal is said");
        assertEquals("2012年修正", TABLE.standing(security, LocalDate.of(2025, 1, 1)).version().label());
        assertEquals(96, TABLE.lookup("长江保护法").versions().get(0).articles());
    }

    @Test
    void aNewTextUnderAnOldTitleIsNotSaidToBeNotYetInForce() {
        // the rule of 2021-12-17 (in force 2022-05-01) repealed the rule of 2008 of the same title, in force until
        // then (its article 93); the table holds the new text only
        Instrument registration = TABLE.lookup("机动车登记规定");
        assertEquals(LocalDate.of(2021, 12, 17), registration.versions().get(0).date());
        assertNull(TABLE.standing(registration, LocalDate.of(2022, 3, 10)).status());
        assertEquals("2021年", TABLE.standing(registration, LocalDate.of(2022, 6, 1)).version().label());
        // 信访条例 of 2005-01-10, in force 2005-05-01, repealed the one of 1995 (its article 51)
        Instrument petitions = TABLE.lookup("信访条例");
        assertNull(TABLE.standing(petitions, LocalDate.of(2005, 3, 1)).status());
        // the personal injury interpretation of 2003 took effect on 2004-05-01 (法释〔2003〕20号)
        Instrument injury = TABLE.lookup("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释");
        assertNull(TABLE.standing(injury, LocalDate.of(2004, 4, 1)).status());
        assertEquals("2003年", TABLE.standing(injury, LocalDate.of(2019, 8, 14)).version().label());
        assertEquals(injury, TABLE.byNumber("法释〔2003〕20号"));
        // the labour dispute and construction contract interpretations were repealed on 2021-01-01 (法释〔2020〕16号),
        // by a decision, not replaced by a named instrument
        Instrument construction = TABLE.lookup("最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释");
        assertEquals("2004年", TABLE.standing(construction, LocalDate.of(2019, 8, 21)).version().label());
        Standing after = TABLE.standing(construction, LocalDate.of(2022, 3, 10));
        assertEquals(Standing.REPEALED, after.status());
        assertEquals(LocalDate.of(2021, 1, 1), after.repealedOn());
        assertNull(after.successor());
        assertEquals(Standing.REPEALED, TABLE.standing(TABLE.lookup("最高人民法院关于审理劳动争议案件适用法律若干问题的解释（四）"),
                LocalDate.of(2021, 1, 1)).status());
        // the amendments made by one decision take its effective date: 关于修改部分法律的决定 of 2009-08-27, in force
        // when promulgated, amended the Labour Law; the decision of 2017-09-01 took effect on 2018-01-01
        Instrument labour = TABLE.lookup("劳动法");
        assertEquals("2009年修正", TABLE.standing(labour, LocalDate.of(2012, 5, 1)).version().label());
        Instrument penalties = TABLE.lookup("行政处罚法");
        assertEquals("2009年修正", TABLE.standing(penalties, LocalDate.of(2017, 12, 31)).version().label());
        assertEquals("2017年修正", TABLE.standing(penalties, LocalDate.of(2018, 1, 1)).version().label());
        // amendments whose effective dates come from the orders that promulgated them
        Instrument criminalProcedure = TABLE.lookup("刑事诉讼法");
        assertEquals("1996年修正", TABLE.standing(criminalProcedure, LocalDate.of(2012, 6, 15)).version().label());
        assertEquals("2012年修正", TABLE.standing(criminalProcedure, LocalDate.of(2016, 6, 15)).version().label());
        assertEquals("2010年修正", TABLE.standing(TABLE.lookup("著作权法"), LocalDate.of(2017, 2, 21)).version().label());
        assertEquals("2013年修正", TABLE.standing(TABLE.lookup("商标法"), LocalDate.of(2015, 6, 1)).version().label());
        // a national law adopted and not yet in force is said to be so
        assertEquals(Standing.NOT_YET_IN_FORCE, TABLE.standing(TABLE.lookup("民法典"), LocalDate.of(2020, 12, 31)).status());
    }

    @Test
    void aBracketNamesTheVersionItCites() {
        Instrument company = TABLE.lookup("公司法");
        assertEquals("2018年修正", TABLE.cited(company, "2018年修正").label());
        assertEquals("2018年修正", TABLE.cited(company, "2018修正").label());
        assertEquals("2023年修订", TABLE.cited(company, "2023年").label());
        assertNull(TABLE.cited(company, "2019年修正"), "no version of that year");
        assertNull(TABLE.cited(company, "2018年修订"), "the version of 2018 is an amendment, not a revision");
        assertNull(TABLE.cited(company, "试行"));
        Instrument criminal = TABLE.lookup("刑诉法解释");
        assertEquals("2012年", TABLE.cited(criminal, "法释〔2012〕21号").label());
        assertNull(TABLE.cited(criminal, "法释〔2015〕5号"));
    }
}
