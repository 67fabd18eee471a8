package lexcorpus.cli;

/**
 * A progress bar on stderr, only when stderr is a terminal and --quiet is not given; otherwise nothing.
 * Not thread-safe: driven from the ordered sink.
 */
final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress(null);
    private final me.tongfei.progressbar.ProgressBar bar;

    private Progress(me.tongfei.progressbar.ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task, long expected, boolean quiet) {
        if (quiet || System.console() == null || expected <= 0) {
            return NONE;
        }
        return new Progress(new me.tongfei.progressbar.ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(expected)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build());
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
