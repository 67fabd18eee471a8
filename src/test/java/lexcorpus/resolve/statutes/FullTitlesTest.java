package lexcorpus.resolve.statutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.extract.statute.Mention;
import lexcorpus.reference.LawTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The bucketed, remembering search for the full title of a short form finds what going through every title does:
 * the last named title that holds it, else the first later long title.
 */
class FullTitlesTest {
    private static final int MAX_SHORT = 4;

    /** A document: titles in reading order, each either named or not, some searched as short forms. */
    record Step(String title, boolean named, boolean searched) {
    }

    @Provide
    static Arbitrary<List<Step>> documents() {
        Arbitrary<String> title = Arbitraries.of("证", "据", "民", "事", "规", "定", "办", "法", " ", "（", "）").list()
                .ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<Step> step = Combinators.combine(title, Arbitraries.of(true, false), Arbitraries.of(true, true, false))
                .as(Step::new);
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 1500)
    void findsWhatAFullSearchFinds(@ForAll("documents") List<Step> doc) {
        List<Mention> mentions = new ArrayList<>();
        for (Step s : doc) {
            mentions.add(title(s.title()));
        }
        FullTitles titles = new FullTitles(mentions, MAX_SHORT);
        List<String> named = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Step s = doc.get(i);
            if (s.searched()) {
                String key = LawTable.key(s.title());
                assertEquals(before(named, key), titles.before(key), () -> "before: " + doc);
                assertEquals(after(mentions, key, MAX_SHORT, i), titles.after(key, i),
                        () -> "after: " + doc);
            }
            if (s.named()) {
                named.add(s.title());
                titles.named(s.title());
            }
        }
    }

    @Test
    void shortFormOfANamedTitle() {
        List<Mention> mentions = List.of(title("最高人民法院关于民事诉讼证据的若干规定"), title("证据规定"), title("民事规定"));
        FullTitles titles = new FullTitles(mentions, MAX_SHORT);
        titles.named("最高人民法院关于民事诉讼证据的若干规定");
        assertEquals(0, titles.before("证据规定"));
        titles.named("证据规定");
        assertEquals(0, titles.before("民事规定"));
        assertEquals(-1, titles.before("规定"));
        assertEquals(-1, titles.after("证据规定", 1));
        assertEquals(0, new FullTitles(mentions, MAX_SHORT).after("证据规定", -1));
    }

    private static Mention title(String name) {
        return new Mention(Mention.Kind.TITLE, 0, name.length(), name, name, null, List.of(), true, null, null, null, false,
                null, List.of(), null);
    }

    private static boolean holds(String title, String key) {
        String c = LawTable.key(title);
        return c.length() > key.length() && key.length() >= 3 && c.endsWith(key.substring(key.length() - 2))
                && LawTable.subsequence(key, c);
    }

    private static int before(List<String> named, String key) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (holds(named.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    private static int after(List<Mention> mentions, String key, int maxShort, int index) {
        for (int i = index + 1; i < mentions.size(); i++) {
            Mention later = mentions.get(i);
            if (later.kind() == Mention.Kind.TITLE && later.lookup().length() > maxShort && holds(later.lookup(), key)) {
                return i;
            }
        }
        return -1;
    }
}
