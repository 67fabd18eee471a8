package lexcorpus.failure;

/**
 * A failure that ends the whole run, not one input: a resource every input needs (the word dictionary)
 * cannot be had. {@link Guard} lets it through; the command's error handler prints its message.
 */
public final class Fatal extends RuntimeException {
    public Fatal(String message, Throwable cause) {
        super(message, cause);
    }
}
