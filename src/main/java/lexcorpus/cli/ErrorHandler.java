package lexcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import lexcorpus.failure.Printable;
import lexcorpus.failure.Reason;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one handler for exceptions that escape a command: a one-line message on stderr (the stack trace
 * only with --stacktrace), and the exit code the failure calls for. A closed standard output (the reader
 * of a pipe went away, as with {@code | head -1}) ends the run quietly.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (isBrokenPipe(ex)) {
            return ExitCodes.OK;
        }
        boolean trace = parseResult.matchedOptions().stream().anyMatch(o -> o.longestName().equals("--stacktrace"))
                || hasStacktraceFlag(parseResult);
        int code;
        String message;
        if (ex instanceof LexcorpusException le) {
            code = le.exitCode();
            message = le.getMessage();
        } else {
            code = ExitCodes.FATAL;
            message = describe(ex);
        }
        err.println("lexcorpus: " + Printable.of(message));
        if (trace) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /**
     * A failure of the run as a whole, in words: the file it happened to and why ("cannot write
     * work/.lock: permission denied"), never a bare path or the name of a Java class.
     */
    static String describe(Throwable ex) {
        if (ex instanceof DataOutput.OutputFailed || ex instanceof lexcorpus.io.Corpus.LockedException) {
            return ex.getMessage();
        }
        if (ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            String what = fs instanceof java.nio.file.NoSuchFileException ? "cannot find " : "cannot use ";
            return what + fs.getFile() + ": " + Reason.of(fs);
        }
        return Reason.of(ex);
    }

    private static boolean hasStacktraceFlag(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }

    static boolean isBrokenPipe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BrokenPipe) {
                return true;
            }
            if (c instanceof IOException && c.getMessage() != null
                    && (c.getMessage().contains("Broken pipe") || c.getMessage().contains("Stream closed"))) {
                return true;
            }
        }
        return false;
    }

    /** Thrown when standard output was closed by its reader. */
    static final class BrokenPipe extends IOException {
        BrokenPipe(Throwable cause) {
            super("standard output closed", cause);
        }
    }
}
