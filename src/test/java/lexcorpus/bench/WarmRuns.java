package lexcorpus.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import lexcorpus.cli.LexCorpus;
import lexcorpus.cli.Streams;

/**
 * One lexcorpus command run N times in one JVM (src/bench/warm.sh): the first run pays start-up and the JIT's
 * warm-up, the later ones show what the stages cost on compiled code. Prints, per run, the process's CPU
 * seconds (every thread, the JIT compiler's included), the wall seconds, and the time the JIT's compilations
 * took (elapsed, summed over its threads: more than their CPU on a busy machine).
 *   Usage: WarmRuns N COMMAND ARGS…    e.g. WarmRuns 6 run -q --no-tokens --threads 1 -o /tmp/x.csv target/bench/copies-30
 */
public final class WarmRuns {
    private WarmRuns() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (int i = 1; i <= runs; i++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            long compiling = jit.getTotalCompilationTime();
            int code = LexCorpus.commandLine(new Streams(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), err))
                    .execute(command);
            System.out.printf("run %d: exit %d, CPU %.2f s, wall %.2f s, compilations %.2f s%n", i, code,
                    (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9,
                    (jit.getTotalCompilationTime() - compiling) / 1e3);
        }
    }
}
