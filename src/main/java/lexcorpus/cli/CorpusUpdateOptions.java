package lexcorpus.cli;

import picocli.CommandLine.Option;

/** How an ingest into a corpus treats what the corpus holds: options of {@code ingest --corpus} and {@code run --corpus}. */
public final class CorpusUpdateOptions {
    @Option(names = "--force", description = "With --corpus: rebuild the corpus from the inputs given, whatever its state: every input is read again, and the documents of inputs not given are dropped.")
    boolean force;

    @Option(names = "--prune", description = "With --corpus: drop the documents of inputs not found in this run (deleted, renamed). Nothing is dropped when an input cannot be listed.")
    boolean prune;

    /** Refuses --force and --prune without a corpus. */
    void check(picocli.CommandLine cmd, boolean corpus, String command) {
        if (!corpus && (force || prune)) {
            throw new picocli.CommandLine.ParameterException(cmd, (force ? "--force" : "--prune") + " is for " + command + " --corpus DIR");
        }
    }
}
