package lexcorpus.io;

import java.io.IOException;

/** How a failed read or write is named to the user: the reason in words, not the exception's class. Stateless. */
public final class IoMessages {
    private IoMessages() {
    }

    public static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
