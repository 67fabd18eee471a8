package lexcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes, from the command line's own model (the same options, descriptions and examples that --help
 * shows), the bash completion script ({@code completion/lexcorpus.bash}, by picocli's AutoComplete) and a
 * man page for the tool and each command ({@code man/man1/lexcorpus.1}, {@code lexcorpus-ingest.1} …) in
 * troff. Run by the build ({@code mvn package}): {@code java lexcorpus.cli.Documentation target}.
 * picocli-codegen's generator writes AsciiDoc, which needs Asciidoctor to become a man page; troff is
 * written here directly from the same model.
 */
public final class Documentation {
    private Documentation() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target");
        write(out);
    }

    /** Writes the completion script and the man pages under {@code out}; returns the files written. */
    static List<Path> write(Path out) throws IOException {
        CommandLine cl = LexCorpus.commandLine(new Streams(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                new PrintWriter(new StringWriter())));
        List<Path> written = new ArrayList<>();
        Path completion = out.resolve("completion").resolve("lexcorpus.bash");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("lexcorpus", cl), StandardCharsets.UTF_8);
        written.add(completion);
        Path man = out.resolve("man").resolve("man1");
        Files.createDirectories(man);
        written.add(page(man, cl, "lexcorpus"));
        for (var e : cl.getSubcommands().entrySet()) {
            if (!e.getKey().equals("help")) {
                written.add(page(man, e.getValue(), "lexcorpus-" + e.getKey()));
            }
        }
        return written;
    }

    private static Path page(Path dir, CommandLine cl, String name) throws IOException {
        CommandSpec spec = cl.getCommandSpec();
        String version = VersionProvider.version();
        StringBuilder t = new StringBuilder();
        t.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"lexcorpus ").append(escape(version))
                .append("\" \"lexcorpus manual\"\n");
        t.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(first(spec.usageMessage().description()))).append('\n');
        t.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName())).append('\n');
        if (!spec.options().isEmpty()) {
            t.append("[\\fIOPTIONS\\fR]");
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            t.append(" [\\fI").append(escape(p.paramLabel())).append("\\fR").append(p.arity().max() > 1 ? "..." : "").append(']');
        }
        if (!spec.subcommands().isEmpty()) {
            t.append(" \\fICOMMAND\\fR");
        }
        t.append('\n');
        t.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            t.append(line.isBlank() ? ".PP\n" : escapeLine(line) + "\n");
        }
        if (!spec.subcommands().isEmpty()) {
            t.append(".SH COMMANDS\n");
            for (var e : spec.subcommands().entrySet()) {
                if (e.getKey().equals("help")) {
                    continue;
                }
                t.append(".TP\n.B ").append(escape(e.getKey())).append('\n')
                        .append(escapeLine(first(e.getValue().getCommandSpec().usageMessage().description())))
                        .append(" See \\fBlexcorpus\\-").append(escape(e.getKey())).append("\\fR(1).\n");
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            t.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                t.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n').append(escapeLine(String.join(" ", p.description()))).append('\n');
            }
        }
        t.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            t.append(".TP\n");
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add("\\fB" + escape(n) + "\\fR");
            }
            t.append(String.join(", ", names));
            if (o.arity().max() > 0) {
                t.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
            }
            t.append('\n').append(escapeLine(String.join(" ", o.description()))).append('\n');
        }
        List<String> footer = List.of(spec.usageMessage().footer());
        if (footer.stream().anyMatch(l -> l.startsWith("Examples"))) {
            t.append(".SH EXAMPLES\n.nf\n");
            boolean in = false;
            for (String line : footer) {
                if (line.startsWith("Examples")) {
                    in = true;
                    continue;
                }
                if (in && line.startsWith("Exit codes")) {
                    break;
                }
                if (in && !line.isBlank()) {
                    t.append(escapeLine(line.strip())).append('\n');
                }
            }
            t.append(".fi\n");
        }
        t.append(".SH EXIT STATUS\n")
                .append(".TP\n.B 0\nEvery input was processed.\n")
                .append(".TP\n.B 1\nSome inputs failed, each named on standard error with the reason; the others were processed and written.\n")
                .append(".TP\n.B 2\nUsage error: unknown option, bad value. Nothing was done.\n")
                .append(".TP\n.B 3\nThe run could not go on (output not writable, corpus locked, internal error), or an input needed more memory"
                        + " than Java was given (it is named; the others were processed).\n")
                .append(".TP\n.B 130, 143\nStopped by SIGINT or SIGTERM; files being written are removed.\n");
        t.append(".SH ENVIRONMENT\n")
                .append(".TP\n.B LEXCORPUS_HEAP\nThe heap limit, with its unit (512m, 2g), for the lexcorpus launcher.\n")
                .append(".TP\n.B TMPDIR\nThe folder of temporary files.\n")
                .append(".TP\n.B NO_COLOR\nWhen set, the progress bar has no colours.\n");
        t.append(".SH SEE ALSO\n");
        List<String> see = new ArrayList<>();
        if (!name.equals("lexcorpus")) {
            see.add("\\fBlexcorpus\\fR(1)");
        }
        for (String c : List.of("ingest", "extract", "export", "schema")) {
            if (!name.equals("lexcorpus-" + c)) {
                see.add("\\fBlexcorpus\\-" + c + "\\fR(1)");
            }
        }
        t.append(String.join(", ", see)).append('\n');
        Path file = dir.resolve(name + ".1");
        Files.writeString(file, t.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** The first sentence of a description, which may run over several lines. */
    private static String first(String[] lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(line.strip());
        }
        String all = sb.toString();
        int end = all.indexOf(". ");
        return end < 0 ? all : all.substring(0, end + 1);
    }

    /** Text for troff: backslashes and hyphens escaped. */
    static String escape(String s) {
        return s.replace("\\", "\\e").replace("-", "\\-");
    }

    /** A line of running text: escaped, and a leading . or ' (a troff request) made literal. */
    static String escapeLine(String s) {
        String e = escape(s);
        return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
    }
}
