package lexcorpus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import lexcorpus.failure.Reason;

/** The entry point: the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int relaunched = Environment.runUnderUtf8(args);
        if (relaunched >= 0) {
            System.exit(relaunched);
        }
        args = Environment.arguments(args);
        Environment.tempFolder();
        // the raw stdout file: a closed pipe raises an error instead of being swallowed by System.out
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // a failure on a thread of its own (reading ahead, writing behind) is one line, not a trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            err.println("lexcorpus: " + Reason.of(e));
            err.flush();
        });
        int code;
        try {
            code = LexCorpus.commandLine(new Streams(Environment.stdin(), out, err)).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("lexcorpus: the run " + Reason.memory());
            code = ExitCodes.FATAL;
        } catch (StackOverflowError e) {
            err.println("lexcorpus: " + Reason.of(e));
            code = ExitCodes.FATAL;
        }
        err.flush();
        System.exit(code);
    }
}
