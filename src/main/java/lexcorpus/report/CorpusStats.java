package lexcorpus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import lexcorpus.io.Json;

/**
 * What the overview of a report shows, counted one entity at a time: entities per type, the dates
 * mentioned per year, the instruments and articles cited, case numbers per court and year, document
 * numbers per issuer. Fields a record lacks (a statute's {@code status}, a case number's {@code court},
 * a document number's {@code issuer}) fall back to what it has. Documents must come one after another
 * (all entities of one before the next). Not thread-safe.
 */
final class CorpusStats {
    static final int TOP = 50;

    long documents;
    long characters;
    final Map<String, Long> perType = new LinkedHashMap<>();
    /** year → granularity → count */
    final TreeMap<Integer, Map<String, Long>> years = new TreeMap<>();
    final Map<String, Tally> instruments = new HashMap<>();
    final Map<String, Tally> articles = new HashMap<>();
    /** court → year → count */
    final Map<String, Tally> courts = new HashMap<>();
    final Map<String, Tally> issuers = new HashMap<>();
    private String doc;

    /** Counts of one thing: mentions, the documents they are in, and what else is worth showing of it. */
    static final class Tally {
        final String label;
        long mentions;
        long documents;
        private String lastDoc;
        final Map<String, Long> status = new TreeMap<>();
        final TreeMap<Integer, Long> byYear = new TreeMap<>();
        String repealedBy;
        String level;
        String instrument;

        Tally(String label) {
            this.label = label;
        }

        void count(String doc) {
            mentions++;
            if (!doc.equals(lastDoc)) {
                documents++;
                lastDoc = doc;
            }
        }
    }

    void document(String id, long characters) {
        documents++;
        this.characters += characters;
        doc = id;
    }

    void entity(String type, JsonNode value) {
        perType.merge(type, 1L, Long::sum);
        if (value == null || !value.isObject()) {
            return;
        }
        switch (type) {
            case "date" -> date(value);
            case "statute" -> statute(value);
            case "case_number" -> caseNumber(value);
            case "document_number" -> documentNumber(value);
            default -> {
            }
        }
    }

    private void date(JsonNode v) {
        String d = text(v, "date");
        if (d != null && d.length() >= 4 && d.chars().limit(4).allMatch(Character::isDigit)) {
            String g = text(v, "granularity");
            years.computeIfAbsent(Integer.parseInt(d.substring(0, 4)), y -> new TreeMap<>()).merge(g == null ? "?" : g, 1L, Long::sum);
        }
    }

    private void statute(JsonNode v) {
        String name = first(text(v, "canonical"), text(v, "law"));
        if (name == null) {
            return;
        }
        String key = first(text(v, "law_id"), name);
        Tally t = instruments.computeIfAbsent(key, k -> new Tally(name));
        t.count(doc);
        String status = text(v, "status");
        if (status != null) {
            t.status.merge(status, 1L, Long::sum);
        }
        if (t.repealedBy == null && v.path("repealed_by").isObject()) {
            t.repealedBy = first(text(v.get("repealed_by"), "canonical"), text(v.get("repealed_by"), "law"));
        }
        if (t.level == null) {
            t.level = text(v, "level");
        }
        for (JsonNode a : v.path("articles")) {
            if (a.path("article").isNumber()) {
                String article = "第" + a.get("article").asInt() + "条" + (a.hasNonNull("suffix") ? a.get("suffix").asText() : "");
                Tally at = articles.computeIfAbsent(key + "\u0000" + article, k -> new Tally(article));
                at.instrument = name;
                at.count(doc);
            }
        }
    }

    private void caseNumber(JsonNode v) {
        String court = first(text(v, "court"), text(v, "court_code") == null ? null : text(v, "court_code") + " (code)");
        Tally t = courts.computeIfAbsent(court == null ? "(no court)" : court, Tally::new);
        t.count(doc);
        if (v.path("year").isNumber()) {
            t.byYear.merge(v.get("year").asInt(), 1L, Long::sum);
        }
    }

    private void documentNumber(JsonNode v) {
        String issuer = first(text(v, "issuer"), text(v, "issuer_code"));
        Tally t = issuers.computeIfAbsent(issuer == null ? "(no issuer)" : issuer, Tally::new);
        t.count(doc);
        if (v.path("year").isNumber()) {
            t.byYear.merge(v.get("year").asInt(), 1L, Long::sum);
        }
    }

    static String text(JsonNode v, String field) {
        JsonNode n = v == null ? null : v.get(field);
        return n == null || n.isNull() || n.asText().isEmpty() ? null : n.asText();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** The most mentioned first (then by label), at most {@code n}. */
    static List<Tally> top(Map<String, Tally> tallies, int n) {
        return tallies.values().stream()
                .sorted(Comparator.comparingLong((Tally t) -> -t.mentions).thenComparing(t -> t.label)
                        .thenComparing(t -> t.instrument == null ? "" : t.instrument))
                .limit(n).toList();
    }

    /** The data of the overview's charts, for the page's script. */
    ObjectNode charts() {
        ObjectNode c = Json.mapper().createObjectNode();
        ObjectNode timeline = c.putObject("timeline");
        ArrayNode ys = timeline.putArray("years");
        ObjectNode series = timeline.putObject("series");
        List<String> grains = List.of("day", "month", "year", "?");
        if (!years.isEmpty()) {
            // every year between the first and the last, so that gaps show; sparse when the span is very long
            List<Integer> axis = new ArrayList<>();
            int first = years.firstKey();
            int last = years.lastKey();
            if (last - first <= 300) {
                for (int y = first; y <= last; y++) {
                    axis.add(y);
                }
            } else {
                axis.addAll(years.keySet());
            }
            axis.forEach(ys::add);
            for (String g : grains) {
                if (years.values().stream().noneMatch(m -> m.containsKey(g))) {
                    continue;
                }
                ArrayNode data = series.putArray(g);
                for (int y : axis) {
                    data.add(years.getOrDefault(y, Map.of()).getOrDefault(g, 0L));
                }
            }
        }
        ArrayNode ins = c.putArray("instruments");
        for (Tally t : top(instruments, 15)) {
            ins.addArray().add(t.label).add(t.mentions).add(repealed(t));
        }
        ArrayNode iss = c.putArray("issuers");
        for (Tally t : top(issuers, 15)) {
            iss.addArray().add(t.label).add(t.mentions);
        }
        // case numbers per year, the eight courts with most of them apart, the others together
        ObjectNode cy = c.putObject("courts");
        TreeSet<Integer> allYears = new TreeSet<>();
        courts.values().forEach(t -> allYears.addAll(t.byYear.keySet()));
        ArrayNode cyYears = cy.putArray("years");
        allYears.forEach(cyYears::add);
        ArrayNode cySeries = cy.putArray("series");
        List<Tally> top = top(courts, 8);
        Map<Integer, Long> rest = new TreeMap<>();
        courts.values().stream().filter(t -> !top.contains(t)).forEach(t -> t.byYear.forEach((y, n) -> rest.merge(y, n, Long::sum)));
        for (Tally t : top) {
            ObjectNode s = cySeries.addObject();
            s.put("name", t.label);
            ArrayNode d = s.putArray("data");
            allYears.forEach(y -> d.add(t.byYear.getOrDefault(y, 0L)));
        }
        if (!rest.isEmpty()) {
            ObjectNode s = cySeries.addObject();
            s.put("name", "other courts");
            ArrayNode d = s.putArray("data");
            allYears.forEach(y -> d.add(rest.getOrDefault(y, 0L)));
        }
        return c;
    }

    /** Whether any mention of an instrument says it was repealed on its document's date. */
    static boolean repealed(Tally t) {
        return t.status.containsKey("repealed") || t.repealedBy != null;
    }
}
