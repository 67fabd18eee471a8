package lexcorpus.cli;

/** The exit codes of every command (docs/cli.md). */
public final class ExitCodes {
    /** Everything was processed. */
    public static final int OK = 0;
    /** Some inputs failed (each named on stderr); the others were processed and written. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong: unknown option, bad value. Nothing was done. */
    public static final int USAGE = 2;
    /** The run could not go on: output not writable, corpus locked or unreadable, internal error. */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
