package lexcorpus.extract.statute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.extract.number.Numbers;
import lexcorpus.model.EntityValue.ArticleRef;

/**
 * Reads the article pinpoints written after a law's name: 第X条, 第X条之一, 第X款, 第（X）项, lists joined
 * by 、/和/及 and ranges with 至. Thread-safe.
 */
final class Pinpoints {
    /** The pinpoints read and where they end in the text. */
    record Result(int end, List<ArticleRef> articles) {
    }

    private static final int MAX_RANGE = 200;
    private final Pattern unit;
    private final Pattern paraOnly;
    private final Pattern itemOnly;
    private final Pattern separator;
    private final Pattern articleRange;

    Pinpoints(Map<String, String> p) {
        unit = Pattern.compile(p.get("unit"));
        paraOnly = Pattern.compile(p.get("para_only"));
        itemOnly = Pattern.compile(p.get("item_only"));
        separator = Pattern.compile(p.get("separator"));
        articleRange = Pattern.compile(p.get("article_range"));
    }

    /** Pinpoints starting at {@code at} (after optional spaces or a line break); null when none. */
    Result read(String s, int at) {
        List<ArticleRef> refs = new ArrayList<>();
        int pos = skipSpace(s, at);
        Matcher u = unit.matcher(s).region(pos, s.length());
        if (!u.lookingAt()) {
            return null;
        }
        int end = addUnit(u, refs);
        while (true) {
            Matcher r = articleRange.matcher(s).region(end, s.length());
            if (r.lookingAt()) {
                Integer to = Numbers.parseInt(r.group("to"));
                int from = refs.get(refs.size() - 1).article();
                if (to != null && to > from && to - from <= MAX_RANGE) {
                    for (int a = from + 1; a <= to; a++) {
                        refs.add(new ArticleRef(a, null, null, null));
                    }
                    end = r.end();
                    continue;
                }
            }
            Matcher sep = separator.matcher(s).region(end, s.length());
            if (!sep.lookingAt()) {
                break;
            }
            int next = sep.end();
            u = unit.matcher(s).region(next, s.length());
            if (u.lookingAt()) {
                end = addUnit(u, refs);
                continue;
            }
            ArticleRef last = refs.get(refs.size() - 1);
            Matcher po = paraOnly.matcher(s).region(next, s.length());
            if (po.lookingAt() && last.paragraph() != null) {
                refs.add(new ArticleRef(last.article(), Numbers.parseInt(po.group("p")),
                        po.group("i") == null ? null : Numbers.parseInt(po.group("i")), last.suffix()));
                end = po.end();
                continue;
            }
            Matcher io = itemOnly.matcher(s).region(next, s.length());
            if (io.lookingAt() && last.item() != null) {
                refs.add(new ArticleRef(last.article(), last.paragraph(), Numbers.parseInt(io.group("i")), last.suffix()));
                end = io.end();
                continue;
            }
            break;
        }
        return new Result(end, refs);
    }

    private static int addUnit(Matcher u, List<ArticleRef> refs) {
        Integer article = Numbers.parseInt(u.group("a"));
        if (article == null) {
            return u.start();
        }
        Integer para = u.group("p") == null ? null : Numbers.parseInt(u.group("p"));
        String suffix = u.group("suf") == null ? null : "之" + u.group("suf");
        Integer item = u.group("i") == null ? null : Numbers.parseInt(u.group("i"));
        String to = u.group("i2") != null ? u.group("i2") : u.group("i2b");
        Integer itemTo = to == null ? null : Numbers.parseInt(to);
        if (item != null && itemTo != null && itemTo > item && itemTo - item <= MAX_RANGE) {
            for (int i = item; i <= itemTo; i++) {
                refs.add(new ArticleRef(article, para, i, suffix));
            }
        } else {
            refs.add(new ArticleRef(article, para, item, suffix));
        }
        return u.end();
    }

    private static int skipSpace(String s, int at) {
        int i = at;
        while (i < s.length() && i - at < 3 && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }
}
