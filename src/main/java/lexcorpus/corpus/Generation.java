package lexcorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One committed state of a corpus: a folder {@code gNNNNNN} holding {@code documents.jsonl}, {@code
 * entities.jsonl} (once extract has run), {@code manifest.json} and {@code stat-cache.json}, never changed once
 * {@code current} points to it. A corpus of an earlier release, its files at the top of the corpus folder, is
 * read as generation 0. Immutable.
 */
public final class Generation {
    static final String DOCUMENTS = "documents.jsonl";
    static final String ENTITIES = "entities.jsonl";
    static final String MANIFEST = "manifest.json";
    static final Pattern NAME = Pattern.compile("g(\\d{6})");

    final Path dir;
    final int number;
    final Manifest manifest;
    /** Why the manifest could not be read, or null. */
    final String manifestDamage;
    final StatCache stats;
    /** Why the generation is not whole (its folder or documents are missing), or null. */
    final String damage;

    private Generation(Path dir, int number, Manifest manifest, String manifestDamage, StatCache stats, String damage) {
        this.dir = dir;
        this.number = number;
        this.manifest = manifest;
        this.manifestDamage = manifestDamage;
        this.stats = stats;
        this.damage = damage;
    }

    static String name(int number) {
        return String.format(java.util.Locale.ROOT, "g%06d", number);
    }

    /** A corpus with nothing committed yet. */
    static Generation none(Path corpus) {
        return new Generation(corpus, 0, Manifest.EMPTY, null, StatCache.EMPTY, null);
    }

    boolean isNone() {
        return number == 0 && !Files.exists(documents()) && manifest.inputs.isEmpty();
    }

    /** The generation {@code current} names, the files of an earlier release, or none. */
    static Generation current(Path corpus) throws IOException {
        Path cur = corpus.resolve(Corpus.CURRENT);
        if (Files.isSymbolicLink(cur)) {
            String target = Files.readSymbolicLink(cur).toString();
            Matcher m = NAME.matcher(target);
            int number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            Path dir = corpus.resolve(target);
            if (!m.matches() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                return new Generation(dir, number, Manifest.EMPTY, null, StatCache.EMPTY,
                        corpus.resolve(Corpus.CURRENT) + " points to " + target + ", which is not a generation of this corpus");
            }
            return read(dir, number, false);
        }
        if (Files.isDirectory(cur, LinkOption.NOFOLLOW_LINKS)) {
            return read(cur, -1, false); // copied with its links followed: the folder itself
        }
        if (Files.isRegularFile(corpus.resolve(DOCUMENTS), LinkOption.NOFOLLOW_LINKS)) {
            return read(corpus, 0, true);
        }
        return none(corpus);
    }

    private static Generation read(Path dir, int number, boolean legacy) {
        Manifest manifest = Manifest.EMPTY;
        String manifestDamage = null;
        try {
            manifest = Manifest.read(dir.resolve(MANIFEST));
            if (!legacy && manifest == Manifest.EMPTY) {
                manifestDamage = "its manifest is missing";
            }
        } catch (IOException e) {
            manifestDamage = dir.resolve(MANIFEST) + ": " + e.getMessage();
        }
        if (number < 0) {
            number = manifest.generation;
        }
        StatCache stats = legacy ? StatCache.EMPTY : StatCache.read(dir.resolve(StatCache.NAME));
        String damage = Files.exists(dir.resolve(DOCUMENTS)) || manifest.inputs.isEmpty() && manifestDamage == null ? null
                : dir.resolve(DOCUMENTS) + " is missing";
        return new Generation(dir, number, manifest, manifestDamage, stats, damage);
    }

    /**
     * Why this generation cannot be built on as it is (written by an earlier release, its manifest damaged, its
     * documents missing), or null.
     */
    public String problem() {
        if (damage != null) {
            return damage;
        }
        if (manifestDamage != null) {
            return manifestDamage;
        }
        return manifest.legacy ? "written by an earlier release of lexcorpus" : null;
    }

    public Path documents() {
        return dir.resolve(DOCUMENTS);
    }

    public Path entities() {
        return dir.resolve(ENTITIES);
    }

    public Manifest manifest() {
        return manifest;
    }

    public int number() {
        return number;
    }
}
