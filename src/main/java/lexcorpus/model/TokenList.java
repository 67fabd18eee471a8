package lexcorpus.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's word tokens, [start, end] pairs held in one int array: a document has hundreds of thousands
 * of tokens, and an array object per token was a tenth of what ingest does besides word segmentation.
 * Read as a list of pairs; {@link #get} makes a new pair each time.
 */
public final class TokenList extends AbstractList<int[]> {
    int[] spans; // start, end, start, end …; read directly by TokensWriter
    private int size;

    public TokenList(int expected) {
        spans = new int[Math.max(2, 2 * expected)];
    }

    /** The pairs of {@code tokens} in one array; null when one of them is not a pair. */
    static TokenList of(List<int[]> tokens) {
        TokenList flat = new TokenList(tokens.size());
        for (int[] t : tokens) {
            if (t.length != 2) {
                return null;
            }
            flat.add(t[0], t[1]);
        }
        return flat;
    }

    public void add(int start, int end) {
        if (2 * size + 2 > spans.length) {
            spans = Arrays.copyOf(spans, Math.max(spans.length + (spans.length >> 1), 2 * size + 2));
        }
        spans[2 * size] = start;
        spans[2 * size + 1] = end;
        size++;
    }

    @Override
    public int[] get(int i) {
        int at = 2 * check(i);
        return new int[] {spans[at], spans[at + 1]};
    }

    @Override
    public int size() {
        return size;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("token " + i + " of " + size);
        }
        return i;
    }
}
