/**
 * How a failure is told to the user: the reason for any exception in words ({@link Reason}), names and
 * reasons made safe to print ({@link Printable}), the per-input guard that turns any failure of one input
 * into one line and goes on ({@link Guard}), and the failures that end a whole run ({@link Fatal}).
 */
package lexcorpus.failure;
