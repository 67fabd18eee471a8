package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import lexcorpus.io.Json;
import org.junit.jupiter.api.Test;

class LawsCommandTest {
    @Test
    void aRepealedLawOnADate() {
        Cli.Result r = Cli.run("laws", "合同法", "--on", "2022-03-01");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.out().startsWith("中华人民共和国合同法\n"), r.out());
        assertTrue(r.out().contains("repealed: 2021-01-01, replaced by 中华人民共和国民法典 (law:民法典)"), r.out());
        assertTrue(r.out().contains("on 2022-03-01: repealed, replaced by 中华人民共和国民法典 on 2021-01-01"), r.out());
    }

    @Test
    void jsonForScripts() throws Exception {
        Cli.Result r = Cli.run("laws", "《公司法》", "--on", "2024-08-01", "--format", "json");
        assertEquals(0, r.code(), r.stderr());
        JsonNode law = Json.mapper().readTree(r.stdout()).get(0);
        assertEquals("law:公司法", law.path("law_id").asText());
        assertEquals("法律", law.path("level").asText());
        assertEquals("in_force", law.path("on").path("status").asText());
        assertEquals("2023年修订", law.path("on").path("version").asText());
        assertEquals("2024-07-01", law.path("versions").get(law.path("versions").size() - 1).path("effective").asText());
    }

    @Test
    void byDecreeNumber() {
        Cli.Result r = Cli.run("laws", "国务院令第339号");
        assertEquals(0, r.code(), r.stderr());
        assertTrue(r.out().startsWith("计算机软件保护条例\n"), r.out());
    }

    @Test
    void unknownNamesAndBadDates() {
        Cli.Result r = Cli.run("laws", "合同法实施条例");
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("no instrument named 合同法实施条例"), r.stderr());
        assertEquals("", r.out());
        Cli.Result bad = Cli.run("laws", "民法典", "--on", "2021-13-01");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.stderr().contains("--on 2021-13-01 is not a date"), bad.stderr());
    }

    @Test
    void aJudgmentIsResolvedOnTheDateItWasSigned() throws Exception {
        String judgment = "依照《中华人民共和国合同法》第五十二条的规定，判决如下：驳回上诉。\n审判长 张某\n二〇二一年三月五日\n书记员 李某\n";
        String record = Json.mapper().writeValueAsString(java.util.Map.of("id", "j", "text", judgment)) + "\n";
        Cli.Result ingested = Cli.runWithInput(record.getBytes(java.nio.charset.StandardCharsets.UTF_8), "ingest", "-q", "--no-tokens",
                "--format", "jsonl", "-");
        assertEquals(0, ingested.code(), ingested.stderr());
        assertEquals("2021-03-05", Json.mapper().readTree(ingested.stdout()).path("signed").asText());
        Cli.Result extracted = Cli.runWithInput(ingested.stdout(), "extract", "-q", "--types", "statute");
        assertEquals(0, extracted.code(), extracted.stderr());
        JsonNode value = Json.mapper().readTree(extracted.stdout()).path("entities").get(0).path("value");
        assertEquals("repealed", value.path("status").asText(), value.toString());
        assertEquals("中华人民共和国民法典", value.path("repealed_by").path("canonical").asText());
        assertEquals("2021-01-01", value.path("repealed_by").path("date").asText());
    }
}
