package lexcorpus.failure;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The reason for a failure, in words a user acts on: "permission denied", "no such file or directory",
 * "needs more memory than Java was given (…)", never the name of a Java class or a bare path. Stateless.
 */
public final class Reason {
    private Reason() {
    }

    /** Why {@code t} happened, without the name of the file it happened to (the caller names that). */
    public static String of(Throwable t) {
        if (t instanceof Fatal f) {
            return f.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return memory();
        }
        if (t instanceof StackOverflowError) {
            return "nested too deeply to be read";
        }
        if (t instanceof IOException io) {
            return of(io);
        }
        if (t instanceof InvalidPathException e) {
            return "a name this system cannot represent (" + e.getReason() + ")";
        }
        return "internal error: " + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + firstLine(t.getMessage()))
                + " (run again with --stacktrace for details)";
    }

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a folder that links back to itself";
        }
        if (e instanceof FileSystemException fs) {
            // its message is "path: reason" or the bare path; the reason alone is what the user needs
            String r = fs.getReason();
            return r != null ? lower(r) : "cannot be accessed";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid text in its encoding";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : firstLine(m);
    }

    /** What running out of memory means for the user, with the limit Java was given. */
    public static String memory() {
        long max = Runtime.getRuntime().maxMemory();
        String limit = max == Long.MAX_VALUE ? "" : " (" + (max >> 20) + " MB)";
        return "needs more memory than Java was given" + limit + ": raise it with LEXCORPUS_HEAP (e.g. LEXCORPUS_HEAP=2g) or -Xmx";
    }

    /** Whether a reason is that of {@link #memory()}. */
    public static boolean isMemory(String reason) {
        return reason != null && reason.contains("needs more memory than Java was given");
    }

    /** Whether {@code t} or a cause of it is running out of memory. */
    public static boolean isMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String reason) {
        // the system's own words ("Read-only file system"), as a reason inside a sentence
        return reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))
                ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1) : reason;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
