package lexcorpus.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Maps a stream of work items over N threads and hands the results on in input order, keeping at most
 * a small window in flight, so output is identical to one thread and memory does not grow with the input.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /** Receives results in input order. */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(R result) throws Exception;
    }

    /** Supplies the next item, or null at the end. */
    @FunctionalInterface
    public interface Source<T> {
        T next() throws Exception;
    }

    public static <T, R> void run(Source<T> source, Function<T, R> work, int threads, Sink<R> sink) throws Exception {
        if (threads <= 1) {
            T item;
            while ((item = source.next()) != null) {
                sink.accept(work.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lexcorpus-worker");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 4;
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            T item;
            while ((item = source.next()) != null) {
                T it = item;
                inFlight.add(pool.submit(() -> work.apply(it)));
                if (inFlight.size() >= window) {
                    sink.accept(take(inFlight.poll()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(take(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adapts an iterator to a source. */
    public static <T> Source<T> of(Iterator<T> it) {
        return () -> it.hasNext() ? it.next() : null;
    }

    private static <R> R take(Future<R> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }
}
