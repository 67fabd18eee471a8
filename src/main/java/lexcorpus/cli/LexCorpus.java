package lexcorpus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: {@code lexcorpus run|ingest|extract|export|report|schema}. */
@Command(name = "lexcorpus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, IngestCommand.class, ExtractCommand.class, ExportCommand.class, ReportCommand.class, SchemaCommand.class,
                LawsCommand.class,
                CommandLine.HelpCommand.class},
        description = {"Segmenting parser and entity extractor for Chinese legal issue files.", ""},
        footer = {"", "Examples:",
                "  lexcorpus run issues/ --format csv --excel -o entities.csv",
                "  lexcorpus ingest issues/ | lexcorpus extract | lexcorpus export --format csv -o entities.csv",
                "  lexcorpus ingest issues/ --corpus work/ && lexcorpus extract --corpus work/",
                "  lexcorpus export --corpus work/ --what articles --format jsonl",
                "  lexcorpus report --corpus work/ -o report.html",
                "",
                "Exit codes: 0 all good; 1 some inputs failed, the rest were processed; 2 usage error; 3 the run could not go on."})
public final class LexCorpus implements Runnable {
    private final Streams streams;

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean stacktrace;

    public LexCorpus(Streams streams) {
        this.streams = streams;
    }

    Streams streams() {
        return streams;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, ingest, extract, export, report or schema");
    }

    /** The configured command line: injected streams, one exception handler, named exit codes. */
    public static CommandLine commandLine(Streams streams) {
        CommandLine cl = new CommandLine(new LexCorpus(streams), new Factory(streams));
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(streams.out(), java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(streams.err());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FATAL);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FATAL);
        return cl;
    }

    /** Builds commands with the run's streams. */
    private static final class Factory implements CommandLine.IFactory {
        private final Streams streams;

        Factory(Streams streams) {
            this.streams = streams;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == LexCorpus.class) {
                return cls.cast(new LexCorpus(streams));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
