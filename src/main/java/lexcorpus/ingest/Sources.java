package lexcorpus.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the inputs of ingest: files named directly (id: the file name), folders walked recursively
 * (id: the path relative to the folder, with / separators; hidden files skipped), and problems met on
 * the way (a missing path, a folder that links back to itself) as inputs that carry their error.
 */
public final class Sources {
    /** One input: a file to read, or the reason it cannot be. */
    public record Input(String id, Path path, String error) {
    }

    private Sources() {
    }

    public static List<Input> list(List<String> args) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                out.add(new Input(arg, p, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                out.add(new Input(p.getFileName().toString(), p, null));
            }
        }
        return out;
    }

    private static List<Input> walk(Path root) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(new Input(id(root, file), file, null));
                    } else if (attrs.isSymbolicLink()) {
                        found.add(new Input(id(root, file), file, "cannot be read (a link to a file that does not exist)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "a folder that links back to itself (skipped)"
                            : "cannot be read (" + e.getClass().getSimpleName() + ")";
                    found.add(new Input(id(root, file), file, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input(root.toString(), root, "cannot be listed: " + e.getMessage()));
        }
        found.sort(Comparator.comparing(Input::id));
        return found;
    }

    private static String id(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
