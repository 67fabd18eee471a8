package lexcorpus.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared corpus and gold are: -Dlexcorpus.shared (set by mvn -Pshared). Missing is a failure, never a skip. */
final class Shared {
    private Shared() {
    }

    static Path dir() {
        String p = System.getProperty("lexcorpus.shared", "");
        assertTrue(!p.isBlank(), "the shared tests need -Dlexcorpus.shared=DIR (mvn -Pshared test)");
        Path dir = Path.of(p);
        assertTrue(Files.isDirectory(dir.resolve("corpus")), "no shared corpus at " + dir.toAbsolutePath());
        return dir;
    }
}
