package lexcorpus.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs lexcorpus in-process through picocli's execute, with captured streams. */
final class Cli {
    static final Path SAMPLES = Path.of("samples");

    record Result(int code, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    static Result runWithInput(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    static Result run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = LexCorpus.commandLine(new Streams(in, out, new PrintWriter(err, true))).execute(args);
        return new Result(code, out.toByteArray(), err.toString());
    }

    private Cli() {
    }
}
