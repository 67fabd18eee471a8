package lexcorpus.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySegmenterTest {
    /** Cuts a text into characters. */
    private static final WordSegmenter CHARS = (text, sink) -> {
        for (int i = 0; i < text.length(); i++) {
            sink.token(i, i + 1);
        }
    };

    @Test
    void aPreloadAndTheFirstUsesLoadOnceAndSegmentAsTheLoadedOne() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        LazySegmenter lazy = new LazySegmenter(() -> {
            loads.incrementAndGet();
            try {
                Thread.sleep(100); // uses arrive while the preload is still loading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CHARS;
        });
        lazy.preload();
        List<Thread> users = new ArrayList<>();
        List<List<int[]>> results = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            List<int[]> tokens = new ArrayList<>();
            results.add(tokens);
            Thread t = new Thread(() -> lazy.segment("第一条", (s, e) -> tokens.add(new int[] {s, e})));
            users.add(t);
            t.start();
        }
        for (Thread t : users) {
            t.join();
        }
        assertEquals(1, loads.get());
        for (List<int[]> tokens : results) {
            assertEquals(3, tokens.size());
            assertEquals(2, tokens.get(2)[0]);
        }
    }

    @Test
    void aFailedPreloadIsThrownByEveryUse() throws Exception {
        IllegalStateException failure = new IllegalStateException("cannot load the word segmenter: test");
        AtomicInteger loads = new AtomicInteger();
        LazySegmenter lazy = new LazySegmenter(() -> {
            loads.incrementAndGet();
            throw failure;
        });
        lazy.preload();
        lexcorpus.failure.Fatal first = assertThrows(lexcorpus.failure.Fatal.class, () -> lazy.segment("文本", (s, e) -> { }));
        assertSame(failure, first.getCause());
        assertEquals(failure.getMessage(), first.getMessage());
        assertSame(first, assertThrows(lexcorpus.failure.Fatal.class, () -> lazy.segment("文本", (s, e) -> { })));
        assertEquals(1, loads.get(), "the failure is kept, not loaded again");
    }
}
