package lexcorpus.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Temporary files: named with the id of the process that made them, deleted by a shutdown hook when the
 * process is stopped (SIGINT, SIGTERM), and, when a process was killed outright (kill -9, a crash),
 * removed by the next run that looks where it left them ({@link #removeStale}). Files of the temporary
 * folder ({@code java.io.tmpdir}, from {@code $TMPDIR}) are readable by their owner only; files beside
 * an output take the umask's mode, as the output will. Thread-safe.
 */
public final class TempFiles {
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    /** The prefix of every file this tool makes in the temporary folder. */
    static final String TMP_PREFIX = "lexcorpus-";

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

    /** A new empty file {@code dir/<prefix><pid>-<n><suffix>}, created with the umask's mode. */
    static Path createNew(Path dir, String prefix, String suffix) throws IOException {
        while (true) {
            Path p = dir.resolve(prefix + PID + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return p;
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /**
     * A new file in the temporary folder, readable by its owner only, registered for deletion at exit:
     * {@code lexcorpus-<pid>-<n>-<what><suffix>}.
     */
    public static Path inTempFolder(String what, String suffix) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        while (true) {
            Path p = dir.resolve(TMP_PREFIX + PID + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "-" + what + suffix);
            try {
                Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(p);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            register(p);
            return p;
        }
    }

    /** Removes what killed runs left in the temporary folder. */
    public static void removeStaleInTempFolder() {
        removeStale(Path.of(System.getProperty("java.io.tmpdir")), TMP_PREFIX, "");
    }

    /**
     * Removes the files {@code dir/<prefix><pid>-…<suffix>} whose process is no longer running: what a run
     * killed outright left. A file of a running process, or of a process id now reused, is left alone.
     */
    public static void removeStale(Path dir, String prefix, String suffix) {
        String glob = globEscape(prefix) + "[0-9]*-*" + globEscape(suffix);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, glob)) {
            for (Path p : found) {
                String name = p.getFileName().toString();
                int dash = name.indexOf('-', prefix.length());
                long pid;
                try {
                    pid = Long.parseLong(name.substring(prefix.length(), dash));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    continue;
                }
                if (pid != PID && ProcessHandle.of(pid).isEmpty() && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning is best effort: a folder that cannot be listed is reported when it is written
        }
    }

    private static String globEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("*?[]{}\\,".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
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
