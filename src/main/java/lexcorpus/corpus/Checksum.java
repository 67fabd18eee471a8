package lexcorpus.corpus;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksum of one record line, as the manifest keeps it: CRC-32C and CRC-32 side by side (64 bits, both
 * computed by the processor's own instructions). It proves a stored record is the one committed, and it is
 * the version of a document that its entities were found in: any change to a record changes it.
 */
final class Checksum {
    private Checksum() {
    }

    static String of(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        CRC32 d = new CRC32();
        d.update(b, off, len);
        return String.format(java.util.Locale.ROOT, "%08x%08x", c.getValue(), d.getValue());
    }

    static String of(byte[] b) {
        return of(b, 0, b.length);
    }
}
