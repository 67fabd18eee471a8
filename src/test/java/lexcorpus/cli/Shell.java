package lexcorpus.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a bash script in which {@code lc} runs lexcorpus in a JVM of its own (the test class path, as
 * {@code java -jar} runs it: no launcher options; {@code $JAVA} and {@code $CP} for {@code env -i}), and
 * {@code $T} is a scratch folder, bounded in time: for what only a process shows
 * (the locale, the umask, closed descriptors, a small heap, a terminal).
 */
final class Shell {
    record Result(int code, String out, String err) {
    }

    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final String CP = System.getProperty("java.class.path");

    static Result run(Path dir, String script, int seconds) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        String lc = "lc() { \"$JAVA\" -cp \"$CP\" lexcorpus.cli.Main \"$@\"; }\nexport -f lc\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", lc + script).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JAVA", JAVA);
        pb.environment().put("CP", CP);
        pb.environment().put("T", dir.toString());
        pb.environment().put("SHELL", "/bin/bash"); // the shell script(1) starts: lc is a bash function
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("did not end within " + seconds + " s: " + script + "\n" + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Shell() {
    }
}
