package lexcorpus.extract.statute;

import java.util.List;
import lexcorpus.model.EntityValue.ArticleRef;

/**
 * A statute mention as found, before it is tied to an instrument: where it is, the name as written, what the
 * text around it says (an issuer or country before it, a version after it, the short names it defines). The
 * resolve stage decides what it names.
 *
 * @param kind          how it was found
 * @param start         span start in the clean text
 * @param end           span end: through the version bracket and the pinpoints that belong to it
 * @param written       the name as written, without 《》, line breaks, page numbers and link markup ({@code law})
 * @param lookup        the name to look up: {@code written} with damaged markup (`<…>`{=html}) cleaned
 * @param version       the version a bracket states, or null
 * @param articles      the pinpoints, possibly empty
 * @param suffixRule    a 《title》 whose last word is a statute word (the others count only if defined or known)
 * @param issuer        an issuer written directly before 《》 (outside the span), or null
 * @param country       a country or region written directly before the name, or null
 * @param year          a year written directly before 《》 ({@code 2010} in 2010年《…》), or null
 * @param demonstrative 该《法案》, 本《条例》: a title that refers back to the instrument last named
 * @param referenceWord for {@link Kind#REFERENCE}: the word (本法, 本条例, 该解释, 同法)
 * @param definitions   the short names this mention defines in a bracket after it
 * @param definedBy     for {@link Kind#SHORT}: the mention whose short name this is
 */
public record Mention(Kind kind, int start, int end, String written, String lookup, String version, List<ArticleRef> articles,
                      boolean suffixRule, String issuer, String country, String year, boolean demonstrative,
                      String referenceWord, List<Definition> definitions, Mention definedBy) {

    public enum Kind {
        /** a 《title》 */
        TITLE,
        /** a known name without 《》, or a full official title standing as a heading */
        BARE,
        /** 本法, 该法, 同法, 本条例 … with a pinpoint */
        REFERENCE,
        /** the short name inside a definition: the 《规定》 of （以下简称《规定》） */
        SHORT,
        /** a later item of a list closed by 等法律法规 */
        LIST_ITEM
    }

    /** A short name defined for the mention before it: 《规定》, or 2010年《立案追诉标准（二）》 with its year. */
    public record Definition(String name, String year) {
    }

    public Mention {
        articles = List.copyOf(articles);
        definitions = List.copyOf(definitions);
    }
}
