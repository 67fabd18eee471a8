package lexcorpus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Results come out in input order whatever the threads and batches, and what is in flight stays bounded. */
class OrderedParallelTest {
    /** Weights from nothing to several batches' worth, as small documents and 2 MB parts come mixed. */
    @Property(tries = 200)
    void resultsInInputOrderAndInFlightBounded(@ForAll @Size(max = 2000) List<@LongRange(min = 0, max = 700_000) Long> weights,
                                               @ForAll @IntRange(min = 1, max = 4) int threads) throws Exception {
        long heaviest = weights.stream().mapToLong(Long::longValue).max().orElse(0);
        // the source and the sink both run on the calling thread: plain counters do
        long[] read = new long[2]; // items, weight taken from the source
        long[] done = new long[2]; // items, weight handed to the sink
        long[] most = new long[2]; // the most items and weight read but not yet handed on
        Iterator<Long> it = weights.iterator();
        List<Long> out = new ArrayList<>();
        OrderedParallel.run(() -> {
            if (!it.hasNext()) {
                return null;
            }
            Long w = it.next();
            read[0]++;
            read[1] += w;
            most[0] = Math.max(most[0], read[0] - done[0]);
            most[1] = Math.max(most[1], read[1] - done[1]);
            return w;
        }, w -> w, w -> w * 2, threads, r -> {
            done[0]++;
            done[1] += r / 2;
            out.add(r);
        });
        assertEquals(weights.stream().map(w -> w * 2).toList(), out);
        int window = threads * 4 + 1; // the batches in flight, and the one being filled
        assertTrue(most[0] <= window * 64L + 1, "items in flight: " + most[0]);
        assertTrue(most[1] <= window * (OrderedParallel.BATCH_BYTES + heaviest), "weight in flight: " + most[1]);
    }

    @Test
    void smallItemsShareABatchAndAHeavyOneClosesIt() throws Exception {
        // 100 items of 1 KB and one of 1 MB after the 50th: the heavy one closes the first batch
        List<Long> weights = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            weights.add(1024L);
        }
        weights.add(50, 1L << 20);
        Iterator<Long> it = weights.iterator();
        List<String> threadOf = new ArrayList<>();
        OrderedParallel.run(() -> it.hasNext() ? it.next() : null, w -> w, w -> Thread.currentThread().getName() + "@" + System.identityHashCode(Thread.currentThread()),
                2, threadOf::add);
        assertEquals(101, threadOf.size());
        // items 0..50 came in one batch, so on one thread
        assertEquals(1, threadOf.subList(0, 51).stream().distinct().count());
    }

    @Test
    void aFailingItemFailsTheRun() {
        Iterator<Integer> it = List.of(1, 2, 3, 4, 5).iterator();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedParallel.run(() -> it.hasNext() ? it.next() : null,
                i -> 10L, i -> {
                    if (i == 3) {
                        throw new IllegalStateException("item 3");
                    }
                    return i;
                }, 2, r -> { }));
        assertEquals("item 3", e.getMessage());
    }
}
