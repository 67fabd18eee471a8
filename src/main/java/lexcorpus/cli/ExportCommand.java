package lexcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lexcorpus.corpus.CorpusException;
import lexcorpus.export.Export;
import lexcorpus.export.Exporter;
import lexcorpus.export.RecordWriter;
import lexcorpus.export.Records;
import lexcorpus.export.SqliteWriter;
import lexcorpus.export.Tally;
import lexcorpus.io.JsonlReader;
import lexcorpus.model.Entity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus export}: records out as JSON, JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write entities (the default), documents, articles, headings, paragraphs, sentences or tokens",
                "as JSON (one array), JSON Lines or CSV, or a whole corpus as one SQLite database.",
                "Reads what ingest or extract wrote."},
        footer = {"", "Examples:",
                "  lexcorpus ingest issues/ | lexcorpus extract | lexcorpus export --format csv -o entities.csv",
                "  lexcorpus export --corpus work/ --types statute --format jsonl",
                "  lexcorpus export --corpus work/ --what articles --docs '2024/*' --format csv --excel -o articles.csv",
                "  lexcorpus export --corpus work/ -o corpus.db   (SQLite: documents, articles, sentences, entities …)"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Records from ingest or extract (JSON Lines); - or nothing for standard input.")
    String input;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Read from this corpus directory.")
    Path corpus;

    @Option(names = "--what", paramLabel = "KIND", description = "entities (default), documents, articles, headings, paragraphs, sentences, tokens"
            + " or links (citations: document to instrument and case number, case to case);"
            + " with sqlite, the tables (comma-separated; default documents, articles, sentences, entities and the outline).")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json, csv or sqlite (a database file). Default: from -o's extension (x.csv, x.json, x.jsonl, x.db, x.sqlite), else CSV with --excel, else jsonl.")
    String format;

    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Only these entity types.")
    List<String> types;

    @Mixin
    OutputOptions out;

    @Mixin
    RunOptions run;

    /** --format, else what -o's extension says (Formats: x.csv, x.db …), else CSV for --excel, else jsonl. */
    private String format() {
        return lexcorpus.export.Formats.choose(format, out.output, out.excel);
    }

    private lexcorpus.export.Glob docFilter() {
        return out.docFilter(root.spec.commandLine());
    }

    @Override
    public Integer call() throws Exception {
        String format = format();
        if (format.equals("sqlite")) {
            return exportSqlite();
        }
        if (what == null) {
            what = "entities";
        }
        if (!Records.KINDS.contains(what)) {
            throw usage("--what must be one of " + String.join(", ", Records.KINDS) + ", not " + what);
        }
        if (!lexcorpus.export.Formats.NAMES.contains(format)) {
            throw usage("--format must be one of " + String.join(", ", lexcorpus.export.Formats.NAMES) + ", not " + format);
        }
        if (out.excel && !format.equals("csv")) {
            throw usage("--excel is for CSV, not " + format + ": give --format csv (or -o FILE.csv)");
        }
        Set<String> typeFilter = typeFilter();
        lexcorpus.export.Glob docFilter = docFilter();
        Streams streams = root.streams();
        boolean fromStdin = corpus == null && (input == null || input.equals("-"));
        RunReport report = new RunReport("export", run, streams.err(), fromStdin ? -1 : 0);
        Export export = new Export(what, typeFilter, docFilter);
        Exporter exporter = new Exporter(export, typeFilter, docFilter, tally(report));
        try (DataOutput target = DataOutput.open(out.output, streams)) {
            RecordWriter writer = export.writer(format, out.excel, target.stream());
            try {
                if (corpus != null) {
                    exporter.corpus(corpus, writer);
                } else {
                    try (JsonlReader reader = reader(streams)) {
                        exporter.stream(reader, writer);
                    }
                }
                writer.finish();
            } catch (ErrorHandler.BrokenPipe | DataOutput.OutputFailed | CorpusException e) {
                throw e;
            } catch (lexcorpus.export.DocumentOrder.SpillFailed e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            } catch (IOException e) {
                throw new LexcorpusException("cannot read the input: " + DataOutput.describe(e), ExitCodes.FATAL, e);
            }
            target.commit();
        }
        return report.finish();
    }

    /** The input named, or standard input. */
    private JsonlReader reader(Streams streams) {
        boolean stdin = input == null || input.equals("-");
        InputStream in = stdin ? new lexcorpus.io.ReadAhead(streams.in(), 256) : ExtractCommand.open(input);
        return new JsonlReader(in, stdin ? "stdin" : input);
    }

    /** The export's counts and failures, into the run's report; notices unless --quiet. */
    private Tally tally(RunReport report) {
        PrintWriter err = root.streams().err();
        return new Tally() {
            @Override
            public void read(long bytes) {
                report.inputs++;
                report.bytes += bytes;
            }

            @Override
            public void document() {
                report.documents++;
            }

            @Override
            public void entities(long n) {
                report.entities += n;
            }

            @Override
            public void fail(String where, String reason, boolean severe) {
                report.fail(where, reason, severe);
            }

            @Override
            public void notice(String text) {
                if (!run.quiet) {
                    err.println("lexcorpus: " + text);
                }
            }
        };
    }

    private Set<String> typeFilter() {
        if (types == null) {
            return null;
        }
        Set<String> typeFilter = new HashSet<>();
        for (String t : types) {
            if (!Entity.TYPES.contains(t.strip())) {
                throw usage("unknown entity type '" + t + "' (choose from " + String.join(", ", Entity.TYPES) + ")");
            }
            typeFilter.add(t.strip());
        }
        return typeFilter;
    }

    /** The corpus as one SQLite database (docs/sqlite.md): every table filled from the same records, in input order. */
    private int exportSqlite() throws Exception {
        if (out.output == null || out.output.equals("-")) {
            throw usage("--format sqlite needs -o FILE: a database is written to a file, not to standard output");
        }
        List<String> named = what == null ? null : java.util.Arrays.stream(what.split(",")).map(String::strip).toList();
        if (named != null) {
            for (String k : named) {
                if (!Records.KINDS.contains(k)) {
                    throw usage("--what must name tables among " + String.join(", ", Records.KINDS) + ", not " + k);
                }
            }
        }
        if (out.excel) {
            throw usage("--excel is for CSV, not for --format sqlite");
        }
        Set<String> typeFilter = typeFilter();
        lexcorpus.export.Glob docFilter = docFilter();
        // entity records in the input are welcome: they fill the entities table
        Export export = new Export("entities", typeFilter, docFilter);
        Streams streams = root.streams();
        RunReport report = new RunReport("export", run, streams.err(), 0);
        Exporter exporter = new Exporter(export, typeFilter, docFilter, tally(report));
        try (SqliteWriter db = new SqliteWriter(Path.of(out.output), SqliteWriter.tables(named))) {
            try {
                if (corpus != null) {
                    exporter.corpus(corpus, db);
                } else {
                    try (JsonlReader reader = reader(streams)) {
                        exporter.stream(reader, db);
                    }
                }
            } catch (CorpusException e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("cannot write the SQLite database")) {
                    throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
                }
                throw new LexcorpusException("cannot read the input: " + DataOutput.describe(e), ExitCodes.FATAL, e);
            }
            try {
                db.commit(VersionProvider.version());
            } catch (IOException e) {
                throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
            }
        } catch (IOException e) {
            // the database could not be created at all
            throw new LexcorpusException(e.getMessage(), ExitCodes.FATAL, e);
        }
        return report.finish();
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(root.spec.commandLine(), message);
    }
}
