package lexcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import lexcorpus.io.TempFiles;

/**
 * What the process finds around it when it starts, made sound before any command runs:
 * <ul>
 * <li>file names are decoded as UTF-8 whatever the locale: under a locale that is not UTF-8 (the POSIX
 * locale of cron and containers), Java 17 takes the encoding of file names from the locale and cannot
 * name a file such as 判决.txt, so the process starts itself again under {@code LC_ALL=C.UTF-8}, with
 * its arguments read as bytes from {@code /proc/self/cmdline} and handed over in Base64;</li>
 * <li>{@code java.io.tmpdir} follows {@code $TMPDIR} (Java ignores it), and what killed runs left there
 * is removed;</li>
 * <li>a closed standard input ({@code <&-}) is known as such: the first file the JVM opened took its
 * place as file descriptor 0 (the JDK's {@code lib/modules}), and reading it would read that file.</li>
 * </ul>
 */
final class Environment {
    static final String ARGS = "lexcorpus.args";
    private static final String STDIN_CLOSED = "lexcorpus.stdinClosed";

    private Environment() {
    }

    /** Whether file descriptor 0 was closed when the process started. */
    static boolean stdinClosed() {
        if (System.getProperty(STDIN_CLOSED) != null) {
            return true;
        }
        try {
            Path fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            if (fd0.startsWith(Path.of(System.getProperty("java.home"))) || fd0.toString().endsWith(".jsa")) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && fd0.equals(Path.of(entry).toAbsolutePath())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // no /proc: nothing to check against
        }
    }

    /** Standard input, or, when it was closed, a stream whose first read says so. */
    static InputStream stdin() {
        if (!stdinClosed()) {
            return System.in;
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("standard input is closed (started with <&-): give the input as a file or with < file");
            }
        };
    }

    /** Sets java.io.tmpdir from $TMPDIR unless it was given, and removes what killed runs left there. */
    static void tempFolder() {
        String tmpdir = System.getenv("TMPDIR");
        if (tmpdir != null && !tmpdir.isEmpty() && !tmpdirGiven()) {
            System.setProperty("java.io.tmpdir", tmpdir);
        }
        TempFiles.removeStaleInTempFolder();
    }

    private static boolean tmpdirGiven() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Djava.io.tmpdir="));
    }

    /** The arguments handed over by the process that started this one again, or {@code args}. */
    static String[] arguments(String[] args) {
        String packed = System.getProperty(ARGS);
        if (packed == null) {
            return args;
        }
        if (packed.isEmpty()) {
            return new String[0];
        }
        String[] parts = new String(Base64.getDecoder().decode(packed), StandardCharsets.UTF_8).split("\0", -1);
        return parts;
    }

    /** Whether file names would be decoded with an encoding other than UTF-8. */
    static boolean namesNotUtf8() {
        return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));
    }

    /**
     * Under a locale that is not UTF-8, runs this command again in a child JVM under {@code LC_ALL=C.UTF-8}
     * and returns its exit code; returns -1 when this process is to run the command itself (the locale is
     * UTF-8, this is the child already, or the arguments cannot be read as bytes).
     */
    static int runUnderUtf8(String[] args) {
        if (!namesNotUtf8() || System.getProperty(ARGS) != null) {
            return -1;
        }
        List<String> raw = rawArguments(args.length);
        if (raw == null) {
            return -1;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-D" + ARGS + "=" + Base64.getEncoder().encodeToString(String.join("\0", raw).getBytes(StandardCharsets.UTF_8)));
        boolean closed = stdinClosed();
        if (closed) {
            cmd.add("-D" + STDIN_CLOSED + "=1");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (closed) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        pb.environment().put("LC_ALL", "C.UTF-8");
        try {
            Process child = pb.start();
            Thread stop = new Thread(() -> {
                // stopped by a signal: the child is stopped too, and cleans up as this process would
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "lexcorpus-child");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return code;
        } catch (IOException e) {
            return -1; // this process runs it, and names what it cannot
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FATAL;
        }
    }

    /** The last {@code n} arguments of this process as bytes read as UTF-8, or null without /proc. */
    private static List<String> rawArguments(int n) {
        try {
            byte[] all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    parts.add(new String(all, from, i - from, StandardCharsets.UTF_8));
                    from = i + 1;
                }
            }
            if (from < all.length) {
                parts.add(new String(all, from, all.length - from, StandardCharsets.UTF_8));
            }
            return parts.size() < n ? null : new ArrayList<>(parts.subList(parts.size() - n, parts.size()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
