package lexcorpus.segment;

import java.util.List;

/** Splits a text into words. Implementations are thread-safe once built. */
public interface WordSegmenter {
    /** Word spans [start, end) in chars of {@code text}, in order, without whitespace-only tokens. */
    List<int[]> segment(String text);
}
