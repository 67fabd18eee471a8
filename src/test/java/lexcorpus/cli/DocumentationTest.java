package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The bash completion script and the man pages that the build writes from the command line's model. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DocumentationTest {
    private static final Set<String> MACROS = Set.of(".TH", ".SH", ".TP", ".B", ".I", ".PP", ".nf", ".fi");

    @TempDir
    Path tmp;

    @Test
    void aManPageForEachCommandWithEveryOption() throws Exception {
        Documentation.write(tmp);
        CommandLine cl = LexCorpus.commandLine(new Streams(java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                new PrintWriter(new StringWriter())));
        for (String command : List.of("run", "ingest", "extract", "export", "schema")) {
            Path page = tmp.resolve("man/man1/lexcorpus-" + command + ".1");
            String troff = Files.readString(page);
            assertTrue(troff.startsWith(".TH LEXCORPUS-" + command.toUpperCase(java.util.Locale.ROOT) + " 1 "), troff);
            for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "SEE ALSO")) {
                assertTrue(troff.contains("\n.SH " + section + "\n"), command + ": " + section);
            }
            for (OptionSpec o : cl.getSubcommands().get(command).getCommandSpec().options()) {
                for (String name : o.names()) {
                    assertTrue(troff.contains("\\fB" + name.replace("-", "\\-") + "\\fR"), command + ": " + name);
                }
            }
            for (String line : troff.split("\n")) {
                assertTrue(!line.startsWith(".") && !line.startsWith("'") || MACROS.contains(line.split(" ", 2)[0]),
                        command + ": a line troff would read as an unknown request: " + line);
            }
        }
        String root = Files.readString(tmp.resolve("man/man1/lexcorpus.1"));
        for (String command : List.of("run", "ingest", "extract", "export", "schema")) {
            assertTrue(root.contains(".TP\n.B " + command + "\n"), command);
        }
        assertTrue(Files.readString(tmp.resolve("man/man1/lexcorpus-ingest.1")).contains(".SH EXAMPLES\n.nf\nlexcorpus ingest issues/ > documents.jsonl\n"));
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        Documentation.write(tmp);
        Path script = tmp.resolve("completion/lexcorpus.bash");
        String probe = "source '" + script + "' && complete -p lexcorpus | grep -q _complete_lexcorpus"
                + " && COMP_LINE='lexcorpus in' COMP_WORDS=(lexcorpus in) COMP_CWORD=1; _complete_lexcorpus; echo \"${COMPREPLY[*]}\""
                + "; COMP_LINE='lexcorpus ingest --part' COMP_WORDS=(lexcorpus ingest --part) COMP_CWORD=2; _complete_lexcorpus; echo \"${COMPREPLY[*]}\""
                + "; COMP_LINE='lexcorpus export --fo' COMP_WORDS=(lexcorpus export --fo) COMP_CWORD=2; _complete_lexcorpus; echo \"${COMPREPLY[*]}\"";
        // compopt complains outside a real completion (on stderr): only the completions are read
        Process p = new ProcessBuilder("bash", "-c", probe).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.exitValue(), out);
        assertEquals(List.of("ingest", "--part-size", "--format"), out.lines().toList());
    }
}
