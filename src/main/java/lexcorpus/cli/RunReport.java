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
import lexcorpus.failure.Printable;
import lexcorpus.failure.Reason;
import lexcorpus.io.Json;
import lexcorpus.io.OutputFile;

/**
 * What a run did: inputs, documents, entities, failures, bytes. Failures are named on stderr as they
 * happen, one line each ({@code lexcorpus: <input>: <reason>}, control characters escaped); the one-line
 * summary comes at the end. The {@code --errors} file is opened when the run starts, so that a file that
 * cannot be written stops the run before any work. Not thread-safe: called from the ordered sink only.
 */
final class RunReport implements lexcorpus.pipeline.Tally {
    private final String command;
    private final RunOptions options;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final List<String[]> failures = new ArrayList<>();
    private final Progress progress;
    private final OutputFile errorsFile;
    private int worst = ExitCodes.OK;
    long inputs;
    long documents;
    long entities;
    long skipped;
    long bytes;

    /** @param expected how many inputs the run will see; 0 when not known; -1: no progress bar (input from a pipe) */
    RunReport(String command, RunOptions options, PrintWriter err, long expected) {
        this.command = command;
        this.options = options;
        this.err = err;
        this.errorsFile = openErrors(options.errors);
        this.progress = Progress.start(command, expected, options.quiet);
    }

    private static OutputFile openErrors(String errors) {
        if (errors == null) {
            return null;
        }
        try {
            return OutputFile.open(Path.of(errors));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new LexcorpusException("cannot write --errors file " + Printable.of(errors) + ": " + Reason.of(e), ExitCodes.FATAL, e);
        }
    }

    void step() {
        progress.step();
    }

    @Override
    public void input() {
        inputs++;
        step();
    }

    @Override
    public void bytes(long n) {
        bytes += n;
    }

    @Override
    public void documents(long n) {
        documents += n;
    }

    @Override
    public void entities(long n) {
        entities += n;
    }

    @Override
    public void skipped() {
        skipped++;
    }

    @Override
    public void fail(String id, String reason) {
        fail(id, reason, false);
    }

    /**
     * An input failed; {@code severe}: for a reason that is not the input's own (memory, an internal error),
     * which makes the run end with exit 3 once every other input is done.
     */
    @Override
    public void fail(String id, String reason, boolean severe) {
        failures.add(new String[] {id, reason});
        worst = Math.max(worst, severe ? ExitCodes.FATAL : ExitCodes.INPUT_FAILED);
        say(id, reason);
        if (options.failFast) {
            throw new LexcorpusException(command + " stopped at the first failure (--fail-fast)", ExitCodes.INPUT_FAILED);
        }
    }

    /** A word about an input that is not a failure (a link not followed, an ambiguous encoding). */
    @Override
    public void note(String id, String text) {
        say(id, text);
    }

    private void say(String id, String text) {
        progress.pause();
        err.println("lexcorpus: " + Printable.of(id) + ": " + Printable.of(text));
        err.flush();
        progress.resume();
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    /** Prints the summary, writes --errors, and returns the exit code. */
    int finish() {
        progress.close();
        if (errorsFile != null) {
            try (OutputFile out = errorsFile) {
                OutputStream o = out.stream();
                for (String[] f : failures) {
                    ObjectNode n = Json.mapper().createObjectNode();
                    n.put("input", f[0]);
                    n.put("error", f[1]);
                    o.write((Json.mapper().writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.commit();
            } catch (IOException e) {
                err.println("lexcorpus: cannot write --errors file " + Printable.of(options.errors) + ": " + Reason.of(e));
                worst = ExitCodes.FATAL;
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
        return worst;
    }
}
