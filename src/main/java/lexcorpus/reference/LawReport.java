package lexcorpus.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/**
 * What the table knows of one instrument, for a person checking a result by hand (text) or a script (JSON):
 * title, level, issuer, names, versions with their dates, repeal and successor, and where it stood on a date.
 */
public final class LawReport {
    private final LawTable table;
    private final Instrument in;
    private final LocalDate from;
    private final LocalDate to;
    private final String on;

    /** @param on the date asked about as written (a day, month or year), null for none; from/to its first and last day */
    public LawReport(LawTable table, Instrument in, String on, LocalDate from, LocalDate to) {
        this.table = table;
        this.in = in;
        this.on = on;
        this.from = from;
        this.to = to;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(in.title()).append('\n');
        line(sb, "law_id", in.lawId());
        line(sb, "level", in.level());
        line(sb, "issuer", in.issuer());
        StringBuilder names = new StringBuilder();
        for (LawTable.Name n : table.namesOf(in)) {
            if (!n.name().equals(in.title())) {
                names.append(names.length() == 0 ? "" : "、").append(n.name());
            }
        }
        line(sb, "names", names.length() == 0 ? null : names.toString());
        if (in.versions().isEmpty()) {
            line(sb, "versions", "none known");
        } else {
            sb.append("  versions:\n");
            for (Version v : in.versions()) {
                sb.append("    ").append(v.label()).append("  adopted ").append(v.date())
                        .append(v.effective() == null ? "  effective date not known" : "  in force from " + v.effective());
                if (v.articles() != null) {
                    sb.append("  ").append(v.articles()).append(" articles");
                }
                if (v.number() != null) {
                    sb.append("  ").append(v.number());
                }
                sb.append('\n');
            }
            if (!in.historyComplete()) {
                sb.append("    (the source's history may be incomplete: no version is given for a date)\n");
            }
        }
        if (in.repealed() != null) {
            Instrument by = in.repealedBy() == null ? null : table.byId(in.repealedBy());
            line(sb, "repealed", in.repealed() + (by == null ? "" : ", replaced by " + by.title() + " (" + by.lawId() + ")"));
        } else if (in.repealedUndated()) {
            line(sb, "repealed", "no longer in force; the date is not known");
        }
        if (on != null) {
            Standing s = table.standing(in, from, to);
            StringBuilder st = new StringBuilder(s.status() == null ? "status not known" : s.status());
            if (s.version() != null) {
                st.append(", version ").append(s.version().label());
            } else if (Standing.IN_FORCE.equals(s.status())) {
                st.append(", version not known");
            }
            if (s.successor() != null) {
                st.append(", replaced by ").append(s.successor().title()).append(" on ").append(s.repealedOn());
            }
            line(sb, "on " + on, st.toString());
        }
        return sb.toString();
    }

    public ObjectNode json(ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("law_id", in.lawId());
        n.put("title", in.title());
        n.put("level", in.level());
        n.put("issuer", in.issuer());
        ArrayNode names = n.putArray("names");
        for (LawTable.Name x : table.namesOf(in)) {
            names.add(x.name());
        }
        ArrayNode versions = n.putArray("versions");
        for (Version v : in.versions()) {
            ObjectNode o = versions.addObject();
            o.put("label", v.label());
            o.put("kind", v.kind());
            o.put("date", v.date().toString());
            o.put("effective", v.effective() == null ? null : v.effective().toString());
            if (v.articles() == null) {
                o.putNull("articles");
            } else {
                o.put("articles", v.articles());
            }
            o.put("number", v.number());
        }
        n.put("history_complete", in.historyComplete());
        n.put("repealed", in.repealed() != null ? in.repealed().toString() : in.repealedUndated() ? "unknown" : null);
        Instrument by = in.repealedBy() == null ? null : table.byId(in.repealedBy());
        if (by == null) {
            n.putNull("repealed_by");
        } else {
            n.putObject("repealed_by").put("law_id", by.lawId()).put("title", by.title());
        }
        if (on != null) {
            Standing s = table.standing(in, from, to);
            ObjectNode o = n.putObject("on");
            o.put("date", on);
            o.put("status", s.status());
            o.put("version", s.version() == null ? null : s.version().label());
            o.put("repealed_by", s.successor() == null ? null : s.successor().title());
        }
        return n;
    }

    private static void line(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append("  ").append(key).append(": ").append(value).append('\n');
        }
    }

    /** Reports for every instrument {@code query} names. */
    public static List<LawReport> of(LawTable table, String query, String on, LocalDate from, LocalDate to) {
        return table.find(query).stream().map(in -> new LawReport(table, in, on, from, to)).toList();
    }
}
