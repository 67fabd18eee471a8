package lexcorpus.segment;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into words. Implementations are thread-safe once built. */
public interface WordSegmenter {
    /** Receives word spans. */
    @FunctionalInterface
    interface Sink {
        void token(int start, int end);
    }

    /**
     * Gives the word spans [start, end) in chars of {@code text} to {@code sink}, in order, without
     * whitespace-only tokens. A sink rather than a list: a document has as many words as it has chars, or half.
     */
    void segment(String text, Sink sink);

    /** The word spans of {@code text} as a list. */
    default List<int[]> segment(String text) {
        List<int[]> out = new ArrayList<>();
        segment(text, (start, end) -> out.add(new int[] {start, end}));
        return out;
    }
}
