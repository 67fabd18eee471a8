package lexcorpus.segment;

import java.util.function.Supplier;

/**
 * A segmenter loaded on its first use: a run that finds every input unchanged never pays for the
 * dictionary. Thread-safe (the load happens once, under a lock).
 */
public final class LazySegmenter implements WordSegmenter {
    private final Supplier<WordSegmenter> load;
    private volatile WordSegmenter loaded;

    public LazySegmenter(Supplier<WordSegmenter> load) {
        this.load = load;
    }

    @Override
    public void segment(String text, Sink sink) {
        WordSegmenter s = loaded;
        if (s == null) {
            synchronized (this) {
                s = loaded;
                if (s == null) {
                    s = load.get();
                    loaded = s;
                }
            }
        }
        s.segment(text, sink);
    }
}
