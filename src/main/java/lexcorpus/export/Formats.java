package lexcorpus.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The output formats of export, and the format a file name asks for by its extension ({@code -o
 * entities.csv} writes CSV). A format is added here — its name, its extensions — together with its
 * writer in ExportCommand: an extension is only taken for a format that exists. Stateless.
 */
public final class Formats {
    /** The formats export writes, the default first. */
    public static final List<String> NAMES = List.of("jsonl", "json", "csv", "sqlite");

    /** Extensions and the format each asks for. */
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "jsonl", "jsonl", "ndjson", "jsonl", "json", "json", "csv", "csv", "db", "sqlite", "sqlite", "sqlite", "sqlite3", "sqlite");

    private Formats() {
    }

    /** The format given, else what the output's extension asks for, else CSV for {@code excel}, else the default. */
    public static String choose(String given, String output, boolean excel) {
        if (given != null) {
            return given;
        }
        String inferred = fromFileName(output);
        return inferred != null ? inferred : excel ? "csv" : NAMES.get(0);
    }

    /** The format a file name's extension asks for, or null (no extension, or one of no format). */
    public static String fromFileName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String format = BY_EXTENSION.get(base.substring(dot + 1).toLowerCase(Locale.ROOT));
        return format != null && NAMES.contains(format) ? format : null;
    }
}
