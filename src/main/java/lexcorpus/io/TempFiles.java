package lexcorpus.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files still open in this process, deleted by a shutdown hook when the process is stopped
 * (SIGINT, SIGTERM) so that no partial file is left behind. Thread-safe.
 */
public final class TempFiles {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "lexcorpus-cleanup"));
    }

    private TempFiles() {
    }

    public static void register(Path p) {
        OPEN.add(p);
    }

    public static void unregister(Path p) {
        OPEN.remove(p);
    }

    private static void deleteAll() {
        for (Path p : OPEN) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort at exit
            }
        }
    }
}
