package lexcorpus.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lexcorpus.io.Json;
import lexcorpus.model.Document;
import lexcorpus.model.Entity;
import lexcorpus.model.Structure;
import lexcorpus.text.CodePoints;

/**
 * The records export writes, one kind each, built from document records. Field order is fixed; each
 * record names its kind and schema version in {@code schema} (docs/schema/*.json). Stateless.
 */
public final class Records {
    public static final List<String> KINDS = List.of("entities", "documents", "articles", "headings", "paragraphs", "sentences", "tokens",
            "links");
    private static final lexcorpus.resolve.links.CitationLinks LINKS = new lexcorpus.resolve.links.CitationLinks();

    private Records() {
    }

    /** Each kind's schema name, made once: records are built by the million. */
    private static final java.util.Map<String, String> SCHEMAS = KINDS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
            k -> k, k -> "lexcorpus." + k.replaceFirst("s$", "").replace("entitie", "entity") + "/1"));

    static String schema(String kind) {
        String s = SCHEMAS.get(kind);
        return s != null ? s : "lexcorpus." + kind.replaceFirst("s$", "").replace("entitie", "entity") + "/1";
    }

    /** An entity in the shape of the entity specification, plus its schema. */
    public static ObjectNode entity(Entity e) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("doc", e.doc());
        n.put("type", e.type());
        n.put("text", e.text());
        n.put("start", e.start());
        n.put("end", e.end());
        n.set("value", Json.mapper().valueToTree(e.value()));
        n.put("schema", schema("entities"));
        return n;
    }

    /** The records of one kind for one document, in order of their start. */
    public static List<ObjectNode> of(String kind, Document d) {
        String text = d.text();
        CodePoints cps = CodePoints.of(text);
        List<ObjectNode> out = new ArrayList<>();
        Structure s = d.structure();
        switch (kind) {
            case "entities" -> {
                if (d.entities() != null) {
                    d.entities().stream()
                            .sorted(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end).thenComparing(Entity::type))
                            .forEach(e -> out.add(entity(e.withDoc(d.id()))));
                }
            }
            case "documents" -> {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("doc", d.id());
                var m = d.metadata();
                n.put("title", m == null ? null : m.title());
                putInt(n, "issue", m == null ? null : m.issue());
                putInt(n, "issue_total", m == null ? null : m.issueTotal());
                n.put("date", d.date() != null ? d.date() : (m == null ? null : m.date()));
                n.put("publisher", m == null ? null : m.publisher());
                n.put("encoding", d.encoding());
                n.put("start", 0);
                n.put("end", cps.toCodePoint(text.length()));
                ArrayNode sections = n.putArray("sections");
                if (s != null) {
                    s.sections().forEach(x -> sections.add(x.title()));
                }
                putInt(n, "articles", s == null ? null : s.articles().size());
                putInt(n, "sentences", s == null ? null : s.sentences().size());
                putInt(n, "tokens", d.tokens() == null ? null : d.tokens().size());
                putInt(n, "entities", d.entities() == null ? null : d.entities().size());
                n.put("signed", d.signed());
                n.put("schema", schema(kind));
                out.add(n);
            }
            case "articles" -> {
                if (s != null) {
                    int i = 0;
                    for (Structure.Article a : s.articles()) {
                        ObjectNode n = Json.mapper().createObjectNode();
                        n.put("doc", d.id());
                        n.put("index", i++);
                        n.put("section", a.section());
                        n.put("headline", a.headline());
                        n.put("byline", a.byline());
                        ArrayNode b = n.putArray("bylines");
                        a.bylines().forEach(b::add);
                        n.put("footer", a.footer());
                        n.put("start", a.start());
                        n.put("end", a.end());
                        n.put("text", CodePoints.slice(text, cps, a.start(), a.end()));
                        n.put("schema", schema(kind));
                        out.add(n);
                    }
                }
            }
            case "headings" -> {
                if (s != null) {
                    int i = 0;
                    for (Structure.Heading h : s.headingsOrEmpty()) {
                        ObjectNode n = Json.mapper().createObjectNode();
                        n.put("doc", d.id());
                        n.put("index", i++);
                        n.put("level", h.level());
                        n.put("text", h.text());
                        n.put("line", h.line());
                        n.put("start", h.start());
                        n.put("end", h.end());
                        putInt(n, "parent", h.parent());
                        n.put("schema", schema(kind));
                        out.add(n);
                    }
                }
            }
            case "paragraphs" -> {
                if (s != null) {
                    int i = 0;
                    for (Structure.Span p : s.paragraphs()) {
                        out.add(span(kind, d.id(), i++, null, p.start(), p.end(), text, cps));
                    }
                }
            }
            case "sentences" -> {
                if (s != null) {
                    int i = 0;
                    for (Structure.Sentence p : s.sentences()) {
                        out.add(span(kind, d.id(), i++, p.article(), p.start(), p.end(), text, cps));
                    }
                }
            }
            case "tokens" -> {
                if (d.tokens() != null) {
                    int i = 0;
                    for (int[] t : d.tokens()) {
                        out.add(span(kind, d.id(), i++, null, t[0], t[1], text, cps));
                    }
                }
            }
            case "links" -> {
                if (d.entities() != null) {
                    out.addAll(links(d.id(), d.entities()));
                }
            }
            default -> throw new IllegalArgumentException("unknown record kind " + kind);
        }
        return out;
    }

    /** The citation links of one document's entities (lexcorpus.resolve.links), as records. */
    public static List<ObjectNode> links(String doc, List<Entity> entities) {
        List<ObjectNode> out = new ArrayList<>();
        for (lexcorpus.resolve.links.CitationLinks.Link l : LINKS.of(doc, entities)) {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("doc", l.doc());
            n.put("kind", l.kind());
            n.put("from", l.from());
            n.put("to", l.to());
            n.put("to_type", l.toType());
            putInt(n, "article", l.article());
            putInt(n, "paragraph", l.paragraph());
            putInt(n, "item", l.item());
            n.put("text", l.text());
            n.put("start", l.start());
            n.put("end", l.end());
            n.put("schema", schema("links"));
            out.add(n);
        }
        return out;
    }

    private static ObjectNode span(String kind, String doc, int index, Integer article, int start, int end, String text, CodePoints cps) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("doc", doc);
        n.put("index", index);
        if (article != null) {
            n.put("article", article);
        }
        n.put("text", CodePoints.slice(text, cps, start, end));
        n.put("start", start);
        n.put("end", end);
        n.put("schema", schema(kind));
        return n;
    }

    private static void putInt(ObjectNode n, String field, Integer v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v);
        }
    }
}
