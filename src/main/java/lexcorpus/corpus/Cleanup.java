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

    /**
     * The run's threads go on while the hook runs, so a file can be added to a generation after its tree was
     * listed: the deletion is tried again until the folder is gone (once it is, nothing can be written into
     * it). Best effort at exit; the next run removes what is left.
     */
    private static void deleteAll() {
        for (Path p : OPEN) {
            for (int attempt = 0; attempt < 50 && java.nio.file.Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
                try {
                    Corpus.deleteTree(p);
                } catch (IOException again) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
