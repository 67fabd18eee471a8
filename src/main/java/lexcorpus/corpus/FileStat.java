package lexcorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification and change times (ns), and
 * which file it is (device and inode). Equal stats are the shortcut that spares reading and hashing an
 * input; they decide nothing by themselves: the change time cannot be set back by a program (cp -p, rsync
 * -t and tar set the modification time only), and a stat taken less than {@link #RACY_NANOS} after the
 * file last changed is not kept, since a change within the same clock step would leave the same times.
 *
 * @param ctimeNanos -1 where the file system does not give it: such a stat is never trusted
 * @param file       device and inode, or what the platform gives as a file key; null if nothing
 */
public record FileStat(long size, long mtimeNanos, long ctimeNanos, String file) {
    /** Longer than the coarsest time step of a file system in use (FAT: 2 s). */
    static final long RACY_NANOS = TimeUnit.MILLISECONDS.toNanos(2010);

    public static FileStat of(Path p) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileStat((Long) a.get("size"), nanos((FileTime) a.get("lastModifiedTime")), nanos((FileTime) a.get("ctime")),
                    a.get("dev") + ":" + a.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class);
            return new FileStat(b.size(), nanos(b.lastModifiedTime()), -1, b.fileKey() == null ? null : b.fileKey().toString());
        }
    }

    /** The stat of a file, or null when it cannot be read (the read that follows reports why). */
    static FileStat orNull(Path p) {
        try {
            return of(p);
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether this stat, taken at {@code nowNanos} (wall clock), may stand for the file's bytes in a later run. */
    boolean trusted(long nowNanos) {
        return ctimeNanos >= 0 && file != null && nowNanos - Math.max(mtimeNanos, ctimeNanos) > RACY_NANOS;
    }

    /** The same stat in every field (written out: a record's generated equals costs a bootstrap at start-up). */
    boolean same(FileStat o) {
        return o != null && size == o.size && mtimeNanos == o.mtimeNanos && ctimeNanos == o.ctimeNanos && java.util.Objects.equals(file, o.file);
    }

    /** The same file, same size and modification time: how the corpus's own files are checked (linking a file changes its ctime). */
    boolean sameContentStat(FileStat o) {
        return o != null && size == o.size && mtimeNanos == o.mtimeNanos && java.util.Objects.equals(file, o.file);
    }

    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }
}
