package lexcorpus.cli;

import picocli.CommandLine.Option;

/** Where records go and which documents' records: options of the commands that export ({@code export}, {@code run}). */
public final class OutputOptions {
    @Option(names = "--docs", paramLabel = "GLOB", description = "Only documents whose id matches this glob (e.g. '2024/*.txt').")
    String docs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (through a temporary file, renamed at the end) instead of standard output.")
    String output;

    @Option(names = "--excel", description = "CSV for spreadsheets: UTF-8 BOM, CRLF, and cells a spreadsheet would run as a formula (starting with = + - @, their full-width forms, after spaces) guarded with '.")
    boolean excel;

    /** The --docs glob, or null for every document; one that does not compile is a usage error of {@code cmd}. */
    lexcorpus.export.Glob docFilter(picocli.CommandLine cmd) {
        try {
            return docs == null ? null : lexcorpus.export.Glob.compile(docs);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(cmd, "--docs: not a glob (" + e.getMessage() + "): " + docs);
        }
    }
}
