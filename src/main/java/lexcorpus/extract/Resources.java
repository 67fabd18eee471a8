package lexcorpus.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tables shipped under {@code src/main/resources/lexcorpus}: UTF-8, one row a line, tab-separated, # comments. */
public final class Resources {
    private Resources() {
    }

    public static List<String[]> rows(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("resource missing from the jar: " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
        return rows;
    }

    /** The first column of each row. */
    public static List<String> list(String path) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(path)) {
            out.add(row[0].strip());
        }
        return out;
    }

    /** First column to second column; a later row does not replace an earlier one. */
    public static Map<String, String> map(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(path)) {
            if (row.length < 2) {
                throw new IllegalStateException(path + ": row without a second column: " + String.join("\t", row));
            }
            out.putIfAbsent(row[0].strip(), row[1].strip());
        }
        return out;
    }

    /** Regex fragments, name TAB pattern, with {name} references to earlier fragments expanded. */
    public static Map<String, String> patterns(String path) {
        return patterns(path, Map.of());
    }

    /** As {@link #patterns(String)}, with fragments built by the caller (an alternation of table entries). */
    public static Map<String, String> patterns(String path, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(given);
        for (String[] row : rows(path)) {
            String value = row[1];
            for (Map.Entry<String, String> e : out.entrySet()) {
                value = value.replace("{" + e.getKey() + "}", e.getValue());
            }
            if (value.matches(".*\\{[a-z_]+\\}.*")) {
                throw new IllegalStateException(path + ": unresolved reference in " + row[0] + ": " + value);
            }
            out.put(row[0].strip(), value);
        }
        return out;
    }
}
