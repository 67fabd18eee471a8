package lexcorpus.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lexcorpus.model.Entity;
import picocli.CommandLine.Option;

/** The entity types to look for: option of the commands that extract ({@code extract}, {@code run}). */
public final class TypesOption {
    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Entity types to find: date, money, statute, case_number, document_number (default: all).")
    List<String> types = Entity.TYPES;

    /** The types chosen, each once, in the order given; an unknown one is a usage error of {@code cmd}. */
    Set<String> chosen(picocli.CommandLine cmd) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String t : types) {
            if (!Entity.TYPES.contains(t.strip())) {
                throw new picocli.CommandLine.ParameterException(cmd,
                        "unknown entity type '" + t + "' (choose from " + String.join(", ", Entity.TYPES) + ")");
            }
            chosen.add(t.strip());
        }
        return chosen;
    }
}
