package lexcorpus.cli;

/** A failure with a message meant for the user and the exit code it ends the run with. */
public final class LexcorpusException extends RuntimeException {
    private final int exitCode;

    public LexcorpusException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public LexcorpusException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
