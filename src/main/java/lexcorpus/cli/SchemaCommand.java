package lexcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import lexcorpus.export.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lexcorpus schema [KIND]}: the JSON Schema of a record kind. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of a record kind: entities (default), documents, articles, headings, paragraphs,",
                "sentences, tokens, document-record (what ingest and extract write), or manifest (a corpus's manifest.json)."},
        footer = {"", "Example:", "  lexcorpus schema entities > entity.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @ParentCommand
    LexCorpus root;

    @Parameters(paramLabel = "KIND", arity = "0..1", description = "The record kind.")
    String kind = "entities";

    @Override
    public Integer call() throws IOException {
        if (!Records.KINDS.contains(kind) && !kind.equals("document-record") && !kind.equals("manifest")) {
            throw new picocli.CommandLine.ParameterException(root.spec.commandLine(),
                    "unknown record kind " + kind + " (choose from " + String.join(", ", Records.KINDS) + ", document-record, manifest)");
        }
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/lexcorpus/schema/" + kind + ".schema.json")) {
            if (in == null) {
                throw new LexcorpusException("schema for " + kind + " missing from the jar", ExitCodes.FATAL);
            }
            root.streams().out().write(in.readAllBytes());
            root.streams().out().flush();
        }
        return ExitCodes.OK;
    }
}
