package lexcorpus.resolve.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lexcorpus.model.Entity;
import lexcorpus.model.EntityValue.ArticleRef;
import lexcorpus.model.EntityValue.CaseNumberValue;
import lexcorpus.model.EntityValue.DocumentNumberValue;
import lexcorpus.model.EntityValue.StatuteValue;
import lexcorpus.reference.courts.Courts;

/**
 * The citation links of one document, from its entities: document → instrument (one per article pinpoint),
 * document → document number, document → its own case number and the case numbers it cites, and case → case
 * where the document's own number and a cited one are the same case at two stages (an appeal of a first-instance
 * judgment, a retrial or a review of an earlier decision). Each link carries the mention that makes it.
 * Stateless and thread-safe.
 */
public final class CitationLinks {
    private final Courts courts = Courts.shared();

    /**
     * One link. {@code from} is the document's id, or for a case → case link the document's own case number;
     * {@code to} the instrument's canonical title, the document number or the case number, as written normally.
     */
    public record Link(String doc, String kind, String from, String to, String toType, Integer article, Integer paragraph,
                       Integer item, String text, int start, int end) {
    }

    public List<Link> of(String doc, List<Entity> entities) {
        List<Link> out = new ArrayList<>();
        List<Entity> own = new ArrayList<>();
        for (Entity e : entities) {
            if (e.value() instanceof StatuteValue s) {
                String to = s.canonical() != null ? s.canonical() : s.law();
                if (s.articles() == null || s.articles().isEmpty()) {
                    out.add(new Link(doc, "cites_statute", doc, to, Entity.STATUTE, null, null, null, e.text(), e.start(), e.end()));
                }
                for (ArticleRef a : s.articles() == null ? List.<ArticleRef>of() : s.articles()) {
                    out.add(new Link(doc, "cites_statute", doc, to, Entity.STATUTE, a.article(), a.paragraph(), a.item(), e.text(),
                            e.start(), e.end()));
                }
            } else if (e.value() instanceof DocumentNumberValue n) {
                out.add(new Link(doc, "cites_document", doc, key(n), Entity.DOCUMENT_NUMBER, null, null, null, e.text(), e.start(), e.end()));
            } else if (e.value() instanceof CaseNumberValue c) {
                boolean isOwn = "own".equals(c.role());
                out.add(new Link(doc, isOwn ? "own_case" : "cites_case", doc, key(c), Entity.CASE_NUMBER, null, null, null, e.text(),
                        e.start(), e.end()));
                if (isOwn) {
                    own.add(e);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Entity o : own) {
            CaseNumberValue ov = (CaseNumberValue) o.value();
            for (Entity c : entities) {
                if (!(c.value() instanceof CaseNumberValue cv)) {
                    continue;
                }
                String kind = stage(ov, cv, "own".equals(cv.role()));
                if (kind != null && seen.add(kind + key(ov) + key(cv))) {
                    out.add(new Link(doc, kind, key(ov), key(cv), Entity.CASE_NUMBER, null, null, null, c.text(), c.start(), c.end()));
                }
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : 0);
        return out;
    }

    /**
     * How the document's own case {@code own} relates to another number of the document, or null: appeal_of (a
     * second instance of a first instance), retrial_of (a retrial of a first or second instance), review_of (a
     * review for retrial, a supervision, an enforcement or compensation review, of an earlier decision). The other
     * number is of the same kind of case and the same year or earlier. Two own numbers (a case report's 案号 block:
     * 一审 …, 二审 …) are stages of one case by the document's word; an own and a cited number only where both are
     * in the 2016 format and the cited court is the own court or one below it (for an appeal, one below it).
     */
    String stage(CaseNumberValue own, CaseNumberValue other, boolean bothOwn) {
        if (other.year() > own.year() || key(own).equals(key(other)) || own.procedure() == null || other.procedure() == null
                || own.caseType() == null || !own.caseType().equals(other.caseType())) {
            return null;
        }
        String op = own.procedure();
        String cp = other.procedure();
        String kind;
        if (op.equals("二审") && cp.equals("一审")) {
            kind = "appeal_of";
        } else if (op.equals("再审") && (cp.equals("一审") || cp.equals("二审"))) {
            kind = "retrial_of";
        } else if (!op.equals("二审") && !op.equals("再审") && rank(op) >= 2 && rank(cp) > 0 && rank(cp) < rank(op)) {
            kind = "review_of";
        } else {
            return null;
        }
        if (bothOwn) {
            return kind;
        }
        if (!"2016".equals(own.format()) || !"2016".equals(other.format())) {
            return null;
        }
        if (own.courtCode().equals(other.courtCode())) {
            return kind.equals("appeal_of") ? null : kind;
        }
        return courts.isAtOrAbove(own.courtCode(), other.courtCode()) ? kind : null;
    }

    /**
     * The stage a procedure stands at, for review_of: 1 a first decision (一审, 执行, 执行异议, 赔偿委员会审理), 2 the
     * first review (二审, 执行复议), 3 a review of a final decision (再审, 再审审查, 监督), 4 a rehearing ordered by one
     * (赔偿监督重审); 0 unknown.
     */
    private static int rank(String procedure) {
        return switch (procedure) {
            case "一审", "执行", "恢复执行", "执行异议", "赔偿委员会审理", "自赔" -> 1;
            case "二审", "执行复议" -> 2;
            default -> procedure.endsWith("重审") ? 4
                    : procedure.equals("再审") || procedure.endsWith("再审审查") || procedure.contains("监督") ? 3 : 0;
        };
    }

    /** A case number written normally: （2019）京01民终123号, （2013）民提字第125号, …号之一. */
    public static String key(CaseNumberValue c) {
        StringBuilder sb = new StringBuilder("（").append(c.year()).append('）');
        if (c.courtCode() != null) {
            sb.append(c.courtCode());
        }
        sb.append(c.typeCode());
        if ("legacy".equals(c.format())) {
            sb.append("字第");
        }
        sb.append(c.serial());
        String suffix = c.serialSuffix();
        if (suffix != null && suffix.startsWith("-")) {
            sb.append(suffix);
        }
        sb.append('号');
        if (suffix != null && !suffix.startsWith("-")) {
            sb.append(suffix);
        }
        return sb.toString();
    }

    /** A document number written normally: 国发〔2024〕1号, 兰国用字第1号, 国务院令第15号, 〔1998〕157号. */
    public static String key(DocumentNumberValue n) {
        StringBuilder sb = new StringBuilder(n.issuerCode() == null ? "" : n.issuerCode());
        if (n.year() != null) {
            sb.append('〔').append(n.year()).append('〕');
        } else {
            sb.append('第');
        }
        if (n.serialPrefix() != null) {
            sb.append(n.serialPrefix());
        }
        return sb.append(n.serial()).append('号').toString();
    }
}
