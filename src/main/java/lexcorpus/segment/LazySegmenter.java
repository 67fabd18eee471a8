package lexcorpus.segment;

import java.util.function.Supplier;
import lexcorpus.failure.Fatal;
import lexcorpus.failure.Reason;

/**
 * A segmenter loaded on its first use: a run that finds every input unchanged never pays for the
 * dictionary. {@link #preload} starts the load on a thread of its own, so that it overlaps with the
 * run's start (listing the inputs, reading and parsing the first document). Thread-safe (the load
 * happens once, under a lock); a failed load is reported by every use.
 */
public final class LazySegmenter implements WordSegmenter {
    private final Supplier<WordSegmenter> load;
    private volatile WordSegmenter loaded;
    private RuntimeException failure;

    public LazySegmenter(Supplier<WordSegmenter> load) {
        this.load = load;
    }

    /** Starts loading now, in the background; the first use waits for it to finish. */
    public void preload() {
        Thread t = new Thread(() -> {
            try {
                loaded();
            } catch (RuntimeException | OutOfMemoryError e) {
                // kept in failure: the first use throws it, where the run can report it
            }
        }, "lexcorpus-dictionary");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void segment(String text, Sink sink) {
        loaded().segment(text, sink);
    }

    private WordSegmenter loaded() {
        WordSegmenter s = loaded;
        if (s == null) {
            synchronized (this) {
                s = loaded;
                if (s == null) {
                    if (failure != null) {
                        throw failure;
                    }
                    try {
                        s = load.get();
                    } catch (RuntimeException | OutOfMemoryError e) {
                        // every input needs it: the run cannot go on
                        failure = new Fatal(e instanceof OutOfMemoryError ? "the word dictionary " + Reason.memory()
                                : e.getMessage() == null ? "cannot load the word segmenter" : e.getMessage(), e);
                        throw failure;
                    }
                    loaded = s;
                }
            }
        }
        return s;
    }
}
