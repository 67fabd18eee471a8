package lexcorpus.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import lexcorpus.io.Json;

/**
 * The page itself: the Mustache template {@code lexcorpus/report/report.mustache} filled with the overview
 * (counts and tables, readable without scripts), the data of the charts and of the documents, the page's
 * own script and style, and ECharts from its WebJar. Nothing is fetched: every script is in the file, and
 * the page's Content-Security-Policy allows those scripts alone (by their SHA-256) and no connection at all.
 */
final class Page {
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";
    /** Colours of the types the page knows; others take the spare ones in turn. */
    private static final Map<String, String> COLOURS = Map.of("date", "#1f77b4", "money", "#2ca02c", "statute", "#d62728",
            "case_number", "#9467bd", "document_number", "#ff7f0e");
    private static final List<String> SPARE = List.of("#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22");
    private static final int FAILURES_SHOWN = 200;
    private static final int COURTS_SHOWN = 20;
    private static final int YEARS_SHOWN = 12;

    private final String title;
    private final String version;
    private final List<String> sources;
    private final List<String> types;
    private final CorpusStats stats;
    private final List<String[]> failures;
    private final ArrayNode index;

    Page(String title, String version, List<String> sources, List<String> types, CorpusStats stats, List<String[]> failures, ArrayNode index) {
        this.title = title;
        this.version = version;
        this.sources = sources;
        this.types = types;
        this.stats = stats;
        this.failures = failures;
        this.index = index;
    }

    static String colour(List<String> types, String type) {
        if (COLOURS.containsKey(type)) {
            return COLOURS.get(type);
        }
        int spare = (int) types.stream().filter(t -> !COLOURS.containsKey(t)).takeWhile(t -> !t.equals(type)).count();
        return SPARE.get(spare % SPARE.size());
    }

    /** Writes the page; the documents' data are the lines 0 … count-1 of {@code data}. */
    void write(OutputStream out, Spill data, int count) throws IOException {
        String echarts = resource(ECHARTS);
        String app = resource("/lexcorpus/report/report.js");
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("version", version);
        page.put("sources", String.join(", ", sources));
        page.put("csp", "default-src 'none'; script-src " + hash(echarts) + " " + hash(app)
                + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        page.put("css", resource("/lexcorpus/report/report.css"));
        page.put("echarts", echarts);
        page.put("app", app);
        overview(page);
        ObjectNode corpus = Json.mapper().createObjectNode();
        ArrayNode ts = corpus.putArray("types");
        for (String t : types) {
            ts.addObject().put("name", t).put("colour", colour(types, t));
        }
        corpus.set("docs", index);
        corpus.set("charts", stats.charts());
        page.put("corpus", HtmlJson.string(corpus));
        page.put("documents", (Iterable<Map<String, Object>>) () -> documents(data, count));
        Mustache m = new DefaultMustacheFactory("lexcorpus/report").compile("report.mustache");
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(new NoClose(out), StandardCharsets.UTF_8), 1 << 16);
        try {
            m.execute(w, page);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (com.github.mustachejava.MustacheException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        w.flush();
    }

    /** The documents' data one at a time, as the template reaches them. */
    private static Iterator<Map<String, Object>> documents(Spill data, int count) {
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Map<String, Object> next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                try {
                    byte[] json = data.get(String.valueOf(next)).get(0);
                    return Map.of("n", next++, "json", new String(json, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void overview(Map<String, Object> page) {
        page.put("documents_count", stats.documents);
        page.put("characters", stats.characters);
        page.put("entities_count", stats.perType.values().stream().mapToLong(Long::longValue).sum());
        List<Map<String, Object>> perType = new ArrayList<>();
        for (String t : types) {
            perType.add(Map.of("type", t, "count", stats.perType.getOrDefault(t, 0L), "colour", colour(types, t)));
        }
        page.put("types", perType);
        page.put("failures_count", failures.size());
        List<Map<String, Object>> fs = new ArrayList<>();
        failures.stream().limit(FAILURES_SHOWN).forEach(f -> fs.add(Map.of("input", f[0], "error", f[1])));
        page.put("failures", fs);
        page.put("failures_more", failures.size() > FAILURES_SHOWN ? failures.size() - FAILURES_SHOWN : null);

        List<Map<String, Object>> instruments = new ArrayList<>();
        int rank = 1;
        for (CorpusStats.Tally t : CorpusStats.top(stats.instruments, CorpusStats.TOP)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("label", t.label);
            row.put("mentions", t.mentions);
            row.put("documents", t.documents);
            row.put("level", t.level);
            if (CorpusStats.repealed(t)) {
                long repealed = t.status.getOrDefault("repealed", 0L);
                row.put("repealed", repealed > 0 ? "repealed on the date of " + repealed + " of " + t.mentions + " mentions" : "repealed");
                row.put("repealed_by", t.repealedBy);
            }
            instruments.add(row);
        }
        page.put("instruments", instruments);
        page.put("instruments_total", stats.instruments.size());
        page.put("statuses", stats.instruments.values().stream().anyMatch(t -> !t.status.isEmpty()));

        List<Map<String, Object>> articles = new ArrayList<>();
        rank = 1;
        for (CorpusStats.Tally t : CorpusStats.top(stats.articles, CorpusStats.TOP)) {
            articles.add(Map.of("rank", rank++, "instrument", t.instrument, "article", t.label, "mentions", t.mentions, "documents", t.documents));
        }
        page.put("articles", articles);

        // courts × years: the latest years apart, the earlier ones together
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        stats.courts.values().forEach(t -> years.addAll(t.byYear.keySet()));
        List<Integer> shown = new ArrayList<>(years.descendingSet().stream().limit(YEARS_SHOWN).sorted().toList());
        boolean earlier = years.size() > shown.size();
        List<Object> head = new ArrayList<>();
        if (earlier) {
            head.add("≤ " + (shown.get(0) - 1));
        }
        head.addAll(shown);
        page.put("court_years", head);
        List<Map<String, Object>> courts = new ArrayList<>();
        for (CorpusStats.Tally t : CorpusStats.top(stats.courts, COURTS_SHOWN)) {
            List<Object> cells = new ArrayList<>();
            if (earlier) {
                cells.add(t.byYear.headMap(shown.get(0)).values().stream().mapToLong(Long::longValue).sum());
            }
            shown.forEach(y -> cells.add(t.byYear.getOrDefault(y, 0L)));
            courts.add(Map.of("court", t.label, "mentions", t.mentions, "documents", t.documents,
                    "cells", cells.stream().map(c -> Map.of("n", c, "zero", Long.valueOf(0L).equals(c))).toList()));
        }
        page.put("courts", courts);
        page.put("courts_total", stats.courts.size());

        List<Map<String, Object>> issuers = new ArrayList<>();
        for (CorpusStats.Tally t : CorpusStats.top(stats.issuers, CorpusStats.TOP)) {
            String span = t.byYear.isEmpty() ? "" : t.byYear.firstKey().equals(t.byYear.lastKey()) ? String.valueOf(t.byYear.firstKey())
                    : t.byYear.firstKey() + "–" + t.byYear.lastKey();
            issuers.add(Map.of("issuer", t.label, "mentions", t.mentions, "documents", t.documents, "years", span));
        }
        page.put("issuers", issuers);
        page.put("issuers_total", stats.issuers.size());
        page.put("has_dates", !stats.years.isEmpty());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A CSP source for a script: its SHA-256, base64. */
    static String hash(String script) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's stream stays open: its owner commits it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
