package lexcorpus.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that process documents in batches. */
public final class RunOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores). Output is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr; errors are still reported.")
    boolean quiet;

    @Option(names = "--fail-fast", description = "Stop at the first input that fails (exit 1).")
    boolean failFast;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write the failed inputs as JSON Lines to FILE.")
    String errors;

    int threads() {
        if (threads < 1) {
            throw new LexcorpusException("--threads must be at least 1", ExitCodes.USAGE);
        }
        return threads;
    }
}
