package lexcorpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr whenever stderr is a terminal (standard input and output may be pipes or
 * files, as in {@code lexcorpus ingest docs/ | …}) and --quiet is not given; otherwise nothing. Without
 * colours when {@code NO_COLOR} is set, in plain ASCII on a dumb terminal. Not thread-safe: driven from
 * the ordered sink.
 */
final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress(null);
    private final me.tongfei.progressbar.ProgressBar bar;

    private Progress(me.tongfei.progressbar.ProgressBar bar) {
        this.bar = bar;
    }

    /** @param expected how many steps; 0 when not known (a count without a bar); below 0: no progress at all */
    static Progress start(String task, long expected, boolean quiet) {
        if (quiet || expected < 0 || !stderrIsTerminal()) {
            return NONE;
        }
        return new Progress(new me.tongfei.progressbar.ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(expected == 0 ? -1 : expected)
                .setStyle(style(System.getenv("NO_COLOR"), System.getenv("TERM")))
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build());
    }

    /** NO_COLOR set to anything (no-color.org): no colours; TERM=dumb: ASCII only. */
    static me.tongfei.progressbar.ProgressBarStyle style(String noColor, String term) {
        if ("dumb".equals(term)) {
            return me.tongfei.progressbar.ProgressBarStyle.ASCII;
        }
        return noColor != null && !noColor.isEmpty() ? me.tongfei.progressbar.ProgressBarStyle.UNICODE_BLOCK
                : me.tongfei.progressbar.ProgressBarStyle.COLORFUL_UNICODE_BLOCK;
    }

    /** Whether file descriptor 2 is a terminal (Java has no isatty; Linux names it under /proc). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null; // elsewhere: only when all three streams are a terminal
        }
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    void pause() {
        if (bar != null) {
            bar.pause();
        }
    }

    void resume() {
        if (bar != null) {
            bar.resume();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
