package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lexcorpus in a process of its own, as a shell runs it: jieba-analysis prints its dictionary-load lines
 * to System.out; they must reach stderr and never the data on stdout.
 */
class ProcessTest {
    @TempDir
    Path tmp;

    static Process start(Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (interruptIgnored()) {
            // started in the background by a shell without job control, these tests inherit SIGINT ignored, and so
            // would the child, which then keeps it ignored (as it should); the tests that send it need the default
            cmd.addAll(List.of("env", "--default-signal=INT"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "lexcorpus.cli.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile())
                .start();
    }

    /** Whether this process has SIGINT ignored (Linux: bit 2 of SigIgn in /proc/self/status). */
    static boolean interruptIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 2) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: nothing to go by, the signal is taken to have its default handling
        }
        return false;
    }

    @Test
    void jiebaLoadMessagesAreNeitherOnStdoutNorUnderQuiet() throws Exception {
        Process p = start(tmp, "ingest", "-q", "samples" + File.separator + "judgment-excerpt.txt");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err, "--quiet: nothing on stderr, not even jieba's load timings");
        List<JsonNode> records = CommandLineTest.jsonLines(out.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, records.size());
        assertTrue(records.get(0).get("tokens").size() > 100, "tokens were made");
        assertEquals(out.length(), out.indexOf('\n') + 1, "one line, nothing else on stdout");
    }
}
