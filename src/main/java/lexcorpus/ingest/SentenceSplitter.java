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

    /** What each char is to the splitter, looked up once per char instead of searching the strings above. */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final byte END = 1;
    private static final byte CLOSER = 2;
    private static final byte OPENS = 4;
    private static final byte CLOSES = 8;
    private static final byte QUOTE_CLOSER = 16;

    static {
        mark(ENDS, END);
        mark(CLOSERS, CLOSER);
        mark(OPEN, OPENS);
        mark(CLOSE, CLOSES);
        mark("”’」』", QUOTE_CLOSER);
    }

    private static void mark(String chars, byte kind) {
        for (int i = 0; i < chars.length(); i++) {
            KIND[chars.charAt(i)] |= kind;
        }
    }

    private SentenceSplitter() {
    }

    /** Sentence spans [start, end) in chars of {@code s}, within [from, to), trimmed of spaces. */
    static List<int[]> split(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        int i = from;
        while (i < to) {
            int k = KIND[s.charAt(i)];
            i++;
            if (k == 0) {
                continue;
            }
            if ((k & OPENS) != 0) {
                depth++;
            } else if ((k & CLOSES) != 0 && depth > 0) {
                depth--;
            }
            if ((k & END) != 0 && depth == 0) {
                while (i < to && (KIND[s.charAt(i)] & (END | CLOSER)) != 0) {
                    i++;
                }
                add(out, s, start, i);
                start = i;
            } else if ((k & END) != 0 && depth == 1 && i < to && (KIND[s.charAt(i)] & QUOTE_CLOSER) != 0) {
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
