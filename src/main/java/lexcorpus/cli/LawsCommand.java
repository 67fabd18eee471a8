package lexcorpus.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lexcorpus.extract.ExtractionContext;
import lexcorpus.io.Json;
import lexcorpus.reference.LawReport;
import lexcorpus.reference.LawTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus laws NAME [--on DATE] [--format json]}: what the law table knows of an instrument. */
@Command(name = "laws", mixinStandardHelpOptions = true,
        description = {"Show what the law table knows of an instrument named by any of its names, its law_id, or a document",
                "or decree number: official title, level, issuer, versions with their dates, repeal and successor, and,",
                "with --on, where it stood on that date (the fields statute entities carry)."},
        footer = {"", "Examples:", "  lexcorpus laws 合同法 --on 2022-03-01", "  lexcorpus laws 民诉法解释 --format json",
                "  lexcorpus laws 国务院令第339号", "",
                "Exit codes: 0 found; 1 the table has no instrument of that name; 2 usage error."})
final class LawsCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "NAME", description = "A name (民法典, 《公司法解释（三）》), a law_id, or a number (法释〔2015〕5号).")
    String name;

    @Option(names = "--on", paramLabel = "DATE", description = "A date (YYYY-MM-DD, YYYY-MM or YYYY) to give the status and version on.")
    String on;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    String format = "text";

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(root.spec.commandLine(), "unknown --format " + format + " (choose text or json)");
        }
        LocalDate[] span = new LocalDate[2];
        if (on != null) {
            span = ExtractionContext.span(on);
            if (span[0] == null) {
                throw new ParameterException(root.spec.commandLine(), "--on " + on + " is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
            }
        }
        List<LawReport> reports = LawReport.of(LawTable.shared(), name, on, span[0], span[1]);
        if (reports.isEmpty()) {
            root.streams().err().println("lexcorpus laws: the law table has no instrument named " + name);
            root.streams().err().flush();
            return ExitCodes.INPUT_FAILED;
        }
        StringBuilder out = new StringBuilder();
        if (format.equals("json")) {
            var array = Json.mapper().createArrayNode();
            reports.forEach(r -> array.add(r.json(Json.mapper())));
            out.append(Json.mapper().writeValueAsString(array)).append('\n');
        } else {
            for (int i = 0; i < reports.size(); i++) {
                out.append(i == 0 ? "" : "\n").append(reports.get(i).text());
            }
        }
        root.streams().out().write(out.toString().getBytes(StandardCharsets.UTF_8));
        root.streams().out().flush();
        return ExitCodes.OK;
    }
}
