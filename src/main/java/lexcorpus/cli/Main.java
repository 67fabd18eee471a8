package lexcorpus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the raw stdout file: a closed pipe raises an error instead of being swallowed by System.out
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = LexCorpus.commandLine(new Streams(System.in, out, err)).execute(args);
        err.flush();
        System.exit(code);
    }
}
