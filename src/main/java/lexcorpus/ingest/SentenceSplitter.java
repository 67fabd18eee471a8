package lexcorpus.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences after 。！？；… (and !? ;) together with the closing quotes and
 * brackets that follow them; never inside 《》, brackets or quotes. Stateless and thread-safe.
 */
final class SentenceSplitter {
    private static final String ENDS = "。！？；!?;…";
    private static final String CLOSERS = "”’」』）)】";
    private static final String OPEN = "《〈（(【[「『“";
    private static final String CLOSE = "》〉）)】]」』”";

    private SentenceSplitter() {
    }

    /** Sentence spans [start, end) in chars of {@code s}, within [from, to), trimmed of spaces. */
    static List<int[]> split(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
            i++;
            if (ENDS.indexOf(c) >= 0 && depth == 0) {
                while (i < to && (ENDS.indexOf(s.charAt(i)) >= 0 || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                add(out, s, start, i);
                start = i;
            } else if (ENDS.indexOf(c) >= 0 && depth > 0 && depth <= 1 && i < to && CLOSERS.indexOf(s.charAt(i)) >= 0
                    && "”’」』".indexOf(s.charAt(i)) >= 0) {
                // 。” closes a quoted sentence: the sentence ends after the quote
                i++;
                depth--;
                add(out, s, start, i);
                start = i;
            }
        }
        add(out, s, start, to);
        return out;
    }

    private static void add(List<int[]> out, String s, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new int[] {a, b});
        }
    }
}
