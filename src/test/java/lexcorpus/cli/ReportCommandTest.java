package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lexcorpus.io.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lexcorpus report}, read as a browser's parser reads it (jsoup) but without running its scripts:
 * a page that needs nothing outside itself, whose data hold every document and entity of the records it
 * was made from, and whose overview counts them. The page in a real browser: .ci/checks/60-report.sh.
 */
class ReportCommandTest {
    private static byte[] extracted;
    private static List<JsonNode> entities;

    @TempDir
    Path dir;

    @BeforeAll
    static void extract() throws IOException {
        Cli.Result ingested = Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString());
        assertEquals(0, ingested.code(), ingested.stderr());
        Cli.Result ex = Cli.runWithInput(ingested.stdout(), "extract", "-q");
        assertEquals(0, ex.code(), ex.stderr());
        extracted = ex.stdout();
        entities = jsonl(Cli.runWithInput(extracted, "export", "-q", "--format", "jsonl").stdout());
    }

    private static List<JsonNode> jsonl(byte[] out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                records.add(Json.mapper().readTree(line));
            }
        }
        return records;
    }

    /** A page and what its data elements hold. */
    private record Page(org.jsoup.nodes.Document html, JsonNode corpus, Map<String, JsonNode> docs) {
        List<String> types() {
            List<String> t = new ArrayList<>();
            corpus.get("types").forEach(x -> t.add(x.get("name").asText()));
            return t;
        }

        /** The entities of the page's data as [doc, type, start, end, value], in the export's order. */
        List<List<Object>> entities() {
            List<List<Object>> out = new ArrayList<>();
            List<String> types = types();
            for (JsonNode d : docs.values()) {
                for (JsonNode e : d.get("e")) {
                    out.add(List.of(d.get("id").asText(), types.get(e.get(0).asInt()), e.get(1).asInt(), e.get(2).asInt(), e.get(3)));
                }
            }
            return out;
        }
    }

    private static Page parse(byte[] html) throws IOException {
        org.jsoup.nodes.Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        JsonNode corpus = Json.mapper().readTree(doc.getElementById("corpus").data());
        Map<String, JsonNode> docs = new TreeMap<>();
        for (Element e : doc.select("script[type=application/json][id^=doc-]")) {
            JsonNode d = Json.mapper().readTree(e.data());
            docs.put(d.get("id").asText(), d);
        }
        return new Page(doc, corpus, docs);
    }

    private static List<List<Object>> exported(List<JsonNode> records) {
        List<List<Object>> out = new ArrayList<>();
        for (JsonNode e : records) {
            out.add(List.of(e.get("doc").asText(), e.get("type").asText(), e.get("start").asInt(), e.get("end").asInt(), e.get("value")));
        }
        return out;
    }

    private static String sha256(String s) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    @Test
    void thePageNeedsNothingOutsideItselfAndHoldsEveryEntity() throws Exception {
        Path out = dir.resolve("report.html");
        Cli.Result r = Cli.runWithInput(extracted, "report", "-q", "-o", out.toString());
        assertEquals(0, r.code(), r.stderr());
        byte[] bytes = Files.readAllBytes(out);
        Page p = parse(bytes);

        // scripts and styles inside; the policy runs those scripts and nothing else, and allows no connection
        String csp = p.html().selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'; script-src 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-eval") || csp.contains("connect-src") || csp.contains("http"), csp);
        List<Element> code = p.html().select("script:not([type])");
        assertEquals(2, code.size(), "ECharts and the page's script");
        for (Element s : code) {
            assertTrue(csp.contains(sha256(s.data())), "the policy names the script of " + s.data().length() + " chars");
            assertFalse(s.hasAttr("src"));
        }
        assertTrue(code.get(0).data().contains("echarts") && code.get(0).data().length() > 500_000, "ECharts from its WebJar");
        assertTrue(p.html().select("link, iframe, img, object, embed, base, form").isEmpty());
        for (Element e : p.html().getAllElements()) {
            for (String a : List.of("src", "href", "action", "srcset", "poster")) {
                assertTrue(!e.hasAttr(a) || e.attr(a).startsWith("#"), e.tagName() + " " + a + "=" + e.attr(a));
            }
        }
        // entity elements are made when a document is opened: none in the page as written, so that scripts
        // counting [data-entity-type] count entities only
        assertTrue(p.html().select("[data-entity-type]").isEmpty());

        // the data: every document, with its text and exactly the entities of the export
        List<JsonNode> documents = jsonl(Cli.runWithInput(extracted, "export", "-q", "--what", "documents").stdout());
        assertEquals(documents.size(), p.docs().size());
        assertEquals(documents.size(), p.corpus().get("docs").size());
        assertEquals(exported(entities), p.entities());
        for (JsonNode d : p.docs().values()) {
            String text = d.get("text").asText();
            for (JsonNode e : d.get("e")) {
                String slice = text.substring(text.offsetByCodePoints(0, e.get(1).asInt()), text.offsetByCodePoints(0, e.get(2).asInt()));
                assertTrue(entities.stream().anyMatch(x -> x.get("doc").asText().equals(d.get("id").asText())
                        && x.get("start").asInt() == e.get(1).asInt() && x.get("text").asText().equals(slice)), slice);
            }
        }
        // the index of the list: per document, its entities per type
        List<String> types = p.types();
        for (JsonNode row : p.corpus().get("docs")) {
            String id = row.get(0).asText();
            for (int t = 0; t < types.size(); t++) {
                String type = types.get(t);
                long n = entities.stream().filter(e -> e.get("doc").asText().equals(id) && e.get("type").asText().equals(type)).count();
                assertEquals(n, row.get(4).get(t).asLong(), id + " " + type);
            }
        }

        // the overview
        assertEquals(String.valueOf(entities.size()), p.html().getElementById("n-entities").text());
        assertEquals(String.valueOf(documents.size()), p.html().getElementById("n-documents").text());
        assertEquals("0", p.html().getElementById("n-failures").text());
        for (String type : types) {
            long n = entities.stream().filter(e -> e.get("type").asText().equals(type)).count();
            assertEquals(String.valueOf(n), p.html().selectFirst(".card[data-type=" + type + "] b").text(), type);
        }
        Map<String, Long> cited = new HashMap<>();
        entities.stream().filter(e -> e.get("type").asText().equals("statute"))
                .forEach(e -> cited.merge(e.get("value").get("canonical").asText(), 1L, Long::sum));
        long most = cited.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        Element first = p.html().select("#overview table.list").get(0).selectFirst("tbody tr");
        assertEquals(most, Long.parseLong(first.child(2).text()));
        assertEquals(most, cited.get(first.child(1).ownText().strip()), first.child(1).text());
        long caseNumbers = entities.stream().filter(e -> e.get("type").asText().equals("case_number")).count();
        long inCourtTable = 0;
        for (Element row : p.html().select("table.grid tbody tr")) {
            inCourtTable += Long.parseLong(row.child(row.childrenSize() - 2).text());
        }
        assertEquals(caseNumbers, inCourtTable, "every case number in the table of courts (fewer than 20 courts)");
        JsonNode timeline = p.corpus().get("charts").get("timeline");
        long dated = 0;
        for (JsonNode series : timeline.get("series")) {
            for (JsonNode n : series) {
                dated += n.asLong();
            }
        }
        assertEquals(entities.stream().filter(e -> e.get("type").asText().equals("date")).count(), dated, "every date on the timeline");

        // the same records give the same bytes
        Cli.Result again = Cli.runWithInput(extracted, "report", "-q");
        assertArrayEquals(bytes, again.stdout());
    }

    @Test
    void aCorpusAndEntityRecordsAloneGiveTheSameEntities() throws Exception {
        Path corpus = dir.resolve("work");
        assertEquals(0, Cli.run("ingest", "--no-tokens", "-q", Cli.SAMPLES.toString(), "--corpus", corpus.toString()).code());
        assertEquals(0, Cli.run("extract", "-q", "--corpus", corpus.toString()).code());
        Cli.Result fromCorpus = Cli.run("report", "-q", "--corpus", corpus.toString());
        assertEquals(0, fromCorpus.code(), fromCorpus.stderr());
        Page c = parse(fromCorpus.stdout());
        Page piped = parse(Cli.runWithInput(extracted, "report", "-q").stdout());
        assertEquals(piped.docs(), c.docs());
        assertEquals("work", c.html().title());

        // entity records (what export writes): no text, each entity with its own
        byte[] records = Cli.runWithInput(extracted, "export", "-q").stdout();
        Page e = parse(Cli.runWithInput(records, "report", "-q").stdout());
        assertEquals(exported(entities), e.entities());
        for (JsonNode d : e.docs().values()) {
            assertFalse(d.has("text"));
            for (JsonNode x : d.get("e")) {
                assertTrue(entities.stream().anyMatch(y -> y.get("doc").asText().equals(d.get("id").asText())
                        && y.get("start").asInt() == x.get(1).asInt() && y.get("text").asText().equals(x.get(4).asText())));
            }
        }
    }

    private static int cp(String text, String mention) {
        int at = text.indexOf(mention);
        assertTrue(at >= 0, mention);
        return text.codePointCount(0, at);
    }

    private static ObjectNode entity(String text, String type, String mention, String value) throws IOException {
        ObjectNode e = Json.mapper().createObjectNode();
        int start = cp(text, mention);
        e.put("type", type).put("text", mention).put("start", start).put("end", start + mention.codePointCount(0, mention.length()));
        e.set("value", Json.mapper().readTree(value));
        return e;
    }

    /** Records with the fields that statutes, case numbers and outlines may carry, and text that is markup. */
    private static byte[] richRecords() throws IOException {
        String a = "𠀀第一章 总则\n依据《中华人民共和国合同法》第五十二条，原告于2019年3月1日起诉，案号（2019）京0105民初123号，"
                + "另见国发〔2016〕5号。\n第二章 附则\n正文</script><script>alert(1)</script><!-- 完 --> & 结束";
        ObjectNode da = Json.mapper().createObjectNode();
        da.put("schema", "lexcorpus.document/1").put("id", "a.txt").put("date", "2022-05-01").put("text", a);
        ObjectNode sa = da.putObject("structure");
        ArrayNode headings = sa.putArray("headings");
        headings.addObject().put("level", 1).put("text", "第一章 总则").put("start", cp(a, "第一章")).put("end", cp(a, "依据"));
        headings.addObject().put("level", 2).put("text", "第二章 附则").put("start", cp(a, "第二章")).put("end", cp(a, "正文"));
        sa.putArray("sections").addObject().put("title", "not shown: headings win").put("start", 0).put("end", 3);
        ArrayNode ea = da.putArray("entities");
        ea.add(entity(a, "statute", "《中华人民共和国合同法》第五十二条", "{\"law\":\"中华人民共和国合同法\",\"canonical\":\"中华人民共和国合同法\","
                + "\"version\":null,\"articles\":[{\"article\":52,\"paragraph\":null,\"item\":null}],\"law_id\":\"contract-law-1999\","
                + "\"status\":\"repealed\",\"repealed_by\":{\"canonical\":\"中华人民共和国民法典\",\"date\":\"2021-01-01\"}}"));
        ea.add(entity(a, "date", "2019年3月1日", "{\"date\":\"2019-03-01\",\"granularity\":\"day\"}"));
        ea.add(entity(a, "case_number", "（2019）京0105民初123号", "{\"year\":2019,\"court_code\":\"京0105\",\"type_code\":\"民初\","
                + "\"serial\":123,\"format\":\"2016\",\"court\":\"北京市朝阳区人民法院\",\"case_type\":\"民事\",\"role\":\"cited\"}"));
        ea.add(entity(a, "document_number", "国发〔2016〕5号", "{\"issuer_code\":\"国发\",\"year\":2016,\"serial\":5,\"kind\":\"document\",\"issuer\":\"国务院\"}"));
        String b = "一 动态\n标题甲\n正文一\n二 案例\n标题乙\n正文二，《中华人民共和国合同法》第五十二条。";
        ObjectNode db = Json.mapper().createObjectNode();
        db.put("schema", "lexcorpus.document/1").put("id", "b.txt").put("text", b);
        db.putObject("metadata").put("title", "某通讯").put("date", "2020-01");
        ObjectNode sb = db.putObject("structure");
        sb.putArray("sections").addObject().put("title", "动态").put("start", cp(b, "一 动态")).put("end", cp(b, "二 案例"));
        sb.withArray("sections").addObject().put("title", "案例").put("start", cp(b, "二 案例")).put("end", b.length());
        sb.putArray("articles").addObject().put("headline", "标题乙").put("start", cp(b, "标题乙")).put("end", b.length());
        db.putArray("entities").add(entity(b, "statute", "《中华人民共和国合同法》第五十二条", "{\"law\":\"中华人民共和国合同法\","
                + "\"canonical\":\"中华人民共和国合同法\",\"version\":null,\"articles\":[{\"article\":52,\"paragraph\":null,\"item\":null}],"
                + "\"law_id\":\"contract-law-1999\",\"status\":\"in_force\"}"));
        return (Json.mapper().writeValueAsString(da) + "\n" + Json.mapper().writeValueAsString(db) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fieldsOfNewerRecordsAreShownWhereTheyAreAndTextStaysText() throws Exception {
        Cli.Result r = Cli.runWithInput(richRecords(), "report", "-q", "--title", "Test <corpus>");
        assertEquals(0, r.code(), r.stderr());
        Page p = parse(r.stdout());
        assertEquals("Test <corpus>", p.html().title());
        // text that is markup stays text: the page has its own scripts only, and the data read back the same
        assertEquals(2, p.html().select("script:not([type])").size());
        assertEquals(2 + 1, p.html().select("script[type=application/json]").size());
        assertTrue(p.docs().get("a.txt").get("text").asText().endsWith("正文</script><script>alert(1)</script><!-- 完 --> & 结束"));
        assertFalse(new String(r.stdout(), StandardCharsets.UTF_8).contains("alert(1)</script>"));
        assertEquals(List.of("date", "statute", "case_number", "document_number"), p.types());

        // the outline: headings with their levels where there are headings, else sections and articles
        JsonNode tocA = p.docs().get("a.txt").get("toc");
        assertEquals(2, tocA.size());
        assertEquals(List.of(1, "第一章 总则", 1), List.of(tocA.get(0).get(0).asInt(), tocA.get(0).get(1).asText(), tocA.get(0).get(2).asInt()));
        assertEquals(2, tocA.get(1).get(0).asInt());
        JsonNode tocB = p.docs().get("b.txt").get("toc");
        assertEquals(List.of("动态", "案例", "标题乙"), List.of(tocB.get(0).get(1).asText(), tocB.get(1).get(1).asText(), tocB.get(2).get(1).asText()));
        assertEquals(List.of(1, 1, 2), List.of(tocB.get(0).get(0).asInt(), tocB.get(1).get(0).asInt(), tocB.get(2).get(0).asInt()));
        assertEquals("某通讯", p.docs().get("b.txt").get("title").asText());
        assertEquals("2020-01", p.docs().get("b.txt").get("date").asText());

        // an instrument repealed on the date of one of its mentions is marked, with its successor
        Element instruments = p.html().select("#overview table.list").get(0);
        Element row = instruments.selectFirst("tbody tr");
        assertTrue(row.hasClass("repealed"));
        assertEquals("中华人民共和国合同法 repealed → 中华人民共和国民法典", row.child(1).text());
        assertEquals("中华人民共和国合同法", row.child(1).ownText().strip());
        assertEquals("repealed on the date of 1 of 2 mentions", row.selectFirst(".badge").attr("title"));
        assertEquals(List.of("2", "2"), List.of(row.child(2).text(), row.child(3).text()));
        Element article = p.html().select("#overview table.list").get(1).selectFirst("tbody tr");
        assertEquals(List.of("中华人民共和国合同法", "第52条", "2", "2"),
                List.of(article.child(1).text(), article.child(2).text(), article.child(3).text(), article.child(4).text()));
        // courts by their names, issuers by theirs
        Element court = p.html().selectFirst("table.grid tbody tr");
        assertEquals("北京市朝阳区人民法院", court.child(0).text());
        assertEquals(List.of("2019"), p.html().select("table.grid thead th").eachText().subList(1, 2));
        Element issuer = p.html().select("#overview table.list").get(3).selectFirst("tbody tr");
        assertEquals(List.of("国务院", "1", "1", "2016"), issuer.children().eachText());
    }

    @Test
    void badRecordsAndEarlierFailuresAreListedAndTheRestIsShown() throws Exception {
        Path failed = dir.resolve("failed.jsonl");
        Files.writeString(failed, "{\"input\":\"issues/broken.txt\",\"error\":\"not valid UTF-8 and not GB18030 text\"}\n");
        // offsets that do not fit the text: entities of another version of it
        ObjectNode stale = (ObjectNode) Json.mapper().readTree(new String(richRecords(), StandardCharsets.UTF_8).split("\n")[1]);
        stale.put("id", "stale.txt");
        ((ObjectNode) stale.get("entities").get(0)).put("start", 500).put("end", 510);
        byte[] input = (new String(extracted, StandardCharsets.UTF_8) + "{not json\n{\"title\":\"no id\"}\n" + Json.mapper().writeValueAsString(stale) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path out = dir.resolve("r.html");
        Cli.Result r = Cli.runWithInput(input, "report", "-o", out.toString(), "--failures", failed.toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.code());
        assertTrue(r.stderr().contains("lexcorpus: stdin:5: not valid JSON"), r.stderr());
        assertTrue(r.stderr().contains("stdin:6: neither a document record"), r.stderr());
        assertTrue(r.stderr().contains("lexcorpus: stale.txt: 1 entities whose offsets do not fit the text"), r.stderr());
        assertTrue(r.stderr().contains("lexcorpus report: 7 inputs, 5 documents, 102 entities, 3 failed"), r.stderr());
        Page p = parse(Files.readAllBytes(out));
        assertEquals("4", p.html().getElementById("n-failures").text());
        List<String> listed = p.html().select("#overview table.list").get(4).select("tbody tr td:first-child").eachText();
        assertEquals(Set.of("stdin:5", "stdin:6", "stale.txt", "issues/broken.txt"), new HashSet<>(listed));
        assertEquals(5, p.docs().size());

        assertEquals(ExitCodes.USAGE, Cli.runWithInput(extracted, "report", "x.jsonl", "--corpus", dir.toString()).code());
        Cli.Result noCorpus = Cli.run("report", "--corpus", dir.resolve("none").toString());
        assertEquals(ExitCodes.FATAL, noCorpus.code());
        assertNotNull(noCorpus.stderr());
        assertTrue(noCorpus.stderr().startsWith("lexcorpus: "), noCorpus.stderr());
    }
}
