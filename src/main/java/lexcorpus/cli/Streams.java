package lexcorpus.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The standard streams of one run, injected so that tests run commands in-process without touching
 * {@code System.out}: {@code out} carries data only, {@code err} every message.
 */
public record Streams(InputStream in, OutputStream out, PrintWriter err) {
}
