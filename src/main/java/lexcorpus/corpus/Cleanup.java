package lexcorpus.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uncommitted generations of this process, removed by a shutdown hook when it is stopped (SIGINT,
 * SIGTERM); after a kill -9 the next run on the corpus removes them. Thread-safe.
 */
final class Cleanup {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::deleteAll, "lexcorpus-corpus-cleanup"));
    }

    private Cleanup() {
    }

    static void register(Path p) {
        OPEN.add(p);
    }

    static void unregister(Path p) {
        OPEN.remove(p);
    }

    private static void deleteAll() {
        for (Path p : OPEN) {
            try {
                Corpus.deleteTree(p);
            } catch (IOException ignored) {
                // best effort at exit; the next run removes it
            }
        }
    }
}
