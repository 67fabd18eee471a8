package lexcorpus.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lexcorpus.ingest.TextDecoder;

/** The issue files of samples/, for tests that run over real text (in any encoding the tool detects). */
public final class Samples {
    private Samples() {
    }

    /** The .txt files under samples/, sorted; fails when there are fewer than the three issues it holds. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.walk(Path.of("samples"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertTrue(files.size() >= 3, "samples/ holds the issues: " + files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample's text, decoded as ingest decodes it. */
    public static String text(Path file) {
        try {
            return TextDecoder.decode(Files.readAllBytes(file), null).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TextDecoder.UndecodableException e) {
            throw new IllegalStateException(file + " cannot be decoded", e);
        }
    }
}
