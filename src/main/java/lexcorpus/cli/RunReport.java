package lexcorpus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lexcorpus.io.AtomicOutput;
import lexcorpus.io.Json;

/**
 * What a run did: inputs, documents, entities, failures, bytes. Failures are named on stderr as they
 * happen; the one-line summary comes at the end. Not thread-safe: called from the ordered sink only.
 */
final class RunReport {
    private final String command;
    private final RunOptions options;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final List<String[]> failures = new ArrayList<>();
    private final Progress progress;
    long inputs;
    long documents;
    long entities;
    long skipped;
    long bytes;

    RunReport(String command, RunOptions options, PrintWriter err, long expected) {
        this.command = command;
        this.options = options;
        this.err = err;
        this.progress = Progress.start(command, expected, options.quiet);
    }

    void step() {
        progress.step();
    }

    void fail(String id, String reason) {
        failures.add(new String[] {id, reason});
        progress.pause();
        err.println("lexcorpus: " + id + ": " + reason);
        err.flush();
        progress.resume();
        if (options.failFast) {
            throw new LexcorpusException(command + " stopped at the first failure (--fail-fast)", ExitCodes.INPUT_FAILED);
        }
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    /** Prints the summary, writes --errors, and returns the exit code. */
    int finish() {
        progress.close();
        if (options.errors != null) {
            try (AtomicOutput out = new AtomicOutput(Path.of(options.errors))) {
                OutputStream o = out.stream();
                for (String[] f : failures) {
                    ObjectNode n = Json.mapper().createObjectNode();
                    n.put("input", f[0]);
                    n.put("error", f[1]);
                    o.write((Json.mapper().writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.commit();
            } catch (IOException e) {
                err.println("lexcorpus: cannot write --errors file " + options.errors + ": " + e.getMessage());
            }
        }
        if (!options.quiet) {
            double seconds = (System.nanoTime() - started) / 1e9;
            double mbs = seconds > 0 ? bytes / 1e6 / seconds : 0;
            String skippedPart = command.equals("ingest") ? String.format(Locale.ROOT, ", %d skipped unchanged", skipped) : "";
            String entitiesPart = command.equals("ingest") ? "" : String.format(Locale.ROOT, ", %d entities", entities);
            err.println(String.format(Locale.ROOT, "lexcorpus %s: %d inputs, %d documents%s%s, %d failed, %.1f s, %.2f MB/s",
                    command, inputs, documents, entitiesPart, skippedPart, failures.size(), seconds, mbs));
        }
        err.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}
