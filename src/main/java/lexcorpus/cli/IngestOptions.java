package lexcorpus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.Ingestion;
import lexcorpus.ingest.Sources;
import lexcorpus.segment.JiebaWordSegmenter;
import lexcorpus.segment.LazySegmenter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How inputs are read and ingested: options of the commands that ingest ({@code ingest}, {@code run}). */
public final class IngestOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode every file with this charset instead of detecting it (UTF-8, GB18030, UTF-16 …).")
    String encoding;

    @Option(names = "--follow", description = "Follow symbolic links met inside folders (never to outside the folders given). By default they are skipped, with a note.")
    boolean follow;

    @Option(names = "--no-tokens", description = "Do not segment words (faster; entities do not need tokens).")
    boolean noTokens;

    @Option(names = "--part-size", paramLabel = "MB", description = "Read a file larger than this in parts of about this size, each its own record (id#0001, id#0002 …). Default: 2.")
    int partMb = 2;

    /** Refuses values that cannot be used, as a usage error of {@code cmd}. */
    void check(CommandLine cmd) {
        if (partMb < 1 || partMb > lexcorpus.io.Limits.MAX_PART_MB) {
            throw new CommandLine.ParameterException(cmd, "--part-size must be from 1 to " + lexcorpus.io.Limits.MAX_PART_MB + " (MB), not " + partMb);
        }
        if (encoding != null) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cmd, "--encoding: unknown encoding '" + encoding + "' (UTF-8, GB18030, GBK, UTF-16 …)");
            }
        }
    }

    long partBytes() {
        return partMb * 1024L * 1024L;
    }

    /** The word segmenter, loaded on first use; null with --no-tokens. */
    LazySegmenter segmenter() {
        return noTokens ? null : new LazySegmenter(JiebaWordSegmenter::instance);
    }

    /** The ingest stage these options ask for ({@code hashes}: whether documents carry the hash of their input). */
    Ingestion ingestion(LazySegmenter segmenter, boolean hashes) {
        return new Ingestion(new Ingester(segmenter), encoding, partBytes(), hashes);
    }

    /** The tool version and the options that change what ingest writes: a change of either redoes every input of a corpus. */
    String settings() {
        return VersionProvider.version() + (noTokens ? " no-tokens" : " tokens") + (encoding == null ? "" : " encoding=" + encoding);
    }

    /** The inputs named (files and folders walked), in id order, and those not read (links not followed, …) with the reason. */
    record Listed(List<Sources.Input> inputs, List<Sources.Input> notRead) {
    }

    Listed list(List<String> files) {
        List<Sources.Input> inputs = new ArrayList<>();
        List<Sources.Input> notRead = new ArrayList<>();
        for (Sources.Input in : Sources.list(files, follow)) {
            (in.skipped() ? notRead : inputs).add(in);
        }
        inputs.sort((a, b) -> a.id().compareTo(b.id()));
        return new Listed(inputs, notRead);
    }

    static long size(Path p) {
        try {
            return java.nio.file.Files.size(p);
        } catch (java.io.IOException e) {
            return 0; // read as a whole, where the failure is reported
        }
    }
}
