package lexcorpus.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lexcorpus.failure.Reason;

/**
 * Lists the inputs of ingest: files named directly (id: the file name), folders walked recursively
 * (id: the path relative to the folder, with / separators; hidden files skipped), and problems met on
 * the way as inputs that carry their error. As with ripgrep, a symbolic link met inside a folder is not
 * followed unless {@code follow} is set (a link named on the command line is); followed links never lead
 * outside the folders given, and a folder that links back to itself is named and skipped. Anything that
 * is not a regular file — a named pipe, a device, a socket — is never opened (reading one could block the
 * run for ever): it is named as a failed input.
 */
public final class Sources {
    /**
     * One input: a file to read, or the reason it cannot be ({@code error}); {@code skipped}: not read by
     * choice (a link not followed), a note rather than a failure.
     */
    public record Input(String id, Path path, String error, boolean skipped) {
        public Input(String id, Path path, String error) {
            this(id, path, error, false);
        }
    }

    private Sources() {
    }

    public static List<Input> list(List<String> args) {
        return list(args, false);
    }

    public static List<Input> list(List<String> args, boolean follow) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                out.add(new Input(arg, null, unnameable()));
                continue;
            }
            if (!Files.exists(p)) {
                out.add(new Input(arg, p, Files.isSymbolicLink(p) ? "cannot be read (a link to a file that does not exist)"
                        : "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                out.addAll(walk(p, follow));
            } else if (!Files.isRegularFile(p)) {
                out.add(new Input(arg, p, notRegular(p)));
            } else {
                out.add(new Input(p.getFileName().toString(), p, null));
            }
        }
        return out;
    }

    private static List<Input> walk(Path root, boolean follow) {
        List<Input> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return List.of(new Input(root.toString(), root, "cannot be listed (" + Reason.of(e) + ")"));
        }
        Set<FileVisitOption> options = follow ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (follow && !inside(dir, realRoot)) {
                        found.add(new Input(id(root, dir), dir, "a link to a folder outside " + root + " (not followed)", true));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String id = id(root, file);
                    if (name.indexOf('\uFFFD') >= 0) {
                        // its bytes are not UTF-8: the name read here cannot open it, and two such names may collide
                        found.add(new Input(id, file, unnameable()));
                    } else if (attrs.isSymbolicLink()) {
                        found.add(follow ? new Input(id, file, "cannot be read (a link to a file that does not exist)")
                                : new Input(id, file, "a symbolic link, not followed (--follow reads it)", true));
                    } else if (follow && !inside(file, realRoot)) {
                        found.add(new Input(id, file, "a link to a file outside " + root + " (not followed)", true));
                    } else if (attrs.isRegularFile()) {
                        found.add(new Input(id, file, null));
                    } else if (!attrs.isDirectory()) {
                        found.add(new Input(id, file, notRegular(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "a folder that links back to itself (skipped)"
                            : "cannot be read (" + Reason.of(e) + ")";
                    found.add(new Input(id(root, file), file, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Input(root.toString(), root, "cannot be listed (" + Reason.of(e) + ")"));
        }
        found.sort(Comparator.comparing(Input::id));
        return found;
    }

    /** Whether what {@code p} names (links followed) lies inside the folder {@code realRoot}. */
    private static boolean inside(Path p, Path realRoot) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return true; // it cannot be resolved: reading it reports why
        }
    }

    /** What a path that is not a regular file is, as the reason it is not read. */
    static String notRegular(Path p) {
        String kind;
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            kind = switch (mode & 0170000) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            kind = "a special file";
        }
        return "not a regular file (" + kind + "): not read";
    }

    private static String unnameable() {
        String locale = System.getenv("LC_ALL") != null ? "LC_ALL=" + System.getenv("LC_ALL")
                : System.getenv("LANG") != null ? "LANG=" + System.getenv("LANG") : "the POSIX locale";
        return "a file name that is not valid UTF-8, or that Java cannot represent under " + locale
                + " (file names are read as UTF-8: run under a UTF-8 locale, such as LC_ALL=C.UTF-8)";
    }

    private static String id(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
