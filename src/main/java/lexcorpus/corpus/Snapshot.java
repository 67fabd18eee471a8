package lexcorpus.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The current generation of a corpus as a reader (export) sees it, without the lock: files are opened right
 * away, so a writer that commits meanwhile does not pull them away (a removed file stays readable while open).
 */
public final class Snapshot {
    private final Path corpus;
    private Generation generation;

    Snapshot(Path corpus, Generation generation) {
        this.corpus = corpus;
        this.generation = generation;
    }

    /** Opens a file of the generation; if a writer committed and removed it meanwhile, the new current one's. */
    private InputStream open(java.util.function.Function<Generation, Path> file) throws IOException {
        try {
            return Files.newInputStream(file.apply(generation));
        } catch (java.nio.file.NoSuchFileException e) {
            Generation now = Generation.current(corpus);
            if (now.number == generation.number) {
                throw e;
            }
            generation = now;
            return Files.newInputStream(file.apply(generation));
        }
    }

    public Generation generation() {
        return generation;
    }

    /** The document records, one a line. */
    public InputStream documents() throws IOException {
        if (generation.damage != null) {
            throw damaged(generation.damage);
        }
        return open(Generation::documents);
    }

    /** Where the documents come from, for messages. */
    public Path documentsFile() {
        return corpus.resolve(Generation.DOCUMENTS);
    }

    /** Whether extract has written entities into this generation. */
    public boolean hasEntities() {
        return Files.exists(generation.entities());
    }

    public Path entitiesFile() {
        return corpus.resolve(Generation.ENTITIES);
    }

    /**
     * The entity records, one a line, once it is sure they were found in the documents as they are now: for
     * every document whose id {@code docs} accepts (all when null), the record checksum its entities were found
     * in must be its checksum now. Refused, naming the documents, when extract has not run since they changed
     * (or were removed); there is then nothing to export that would fit.
     */
    public InputStream entities(java.util.function.Predicate<String> docs) throws IOException {
        InputStream in = null;
        try {
            in = open(Generation::entities); // first: the generation checked below is the one it is read from
        } catch (java.nio.file.NoSuchFileException e) {
            // none: said below
        }
        try {
            check(in, docs);
            return in;
        } catch (IOException | RuntimeException e) {
            if (in != null) {
                in.close();
            }
            throw e;
        }
    }

    private void check(InputStream in, java.util.function.Predicate<String> docs) throws CorpusException {
        if (generation.damage != null) {
            throw damaged(generation.damage);
        }
        if (generation.manifestDamage != null) {
            throw damaged(generation.manifestDamage);
        }
        if (in == null) {
            throw new CorpusException("corpus " + corpus + " has no entities: run lexcorpus extract --corpus " + corpus + " first");
        }
        Manifest.Entities found = generation.manifest.entities;
        if (found == null) {
            throw new CorpusException("corpus " + corpus + ": its entities were written by an earlier release, which did not record"
                    + " which documents they fit: run lexcorpus extract --corpus " + corpus);
        }
        List<String> stale = new ArrayList<>();
        Map<String, String> now = generation.manifest.recordVersions();
        for (Map.Entry<String, String> d : now.entrySet()) {
            if (matches(docs, d.getKey()) && !Objects.equals(found.versions().get(d.getKey()), d.getValue())) {
                stale.add(d.getKey());
            }
        }
        for (String id : found.versions().keySet()) {
            if (!now.containsKey(id) && matches(docs, id)) {
                stale.add(id + " (no longer in the corpus)");
            }
        }
        if (!stale.isEmpty()) {
            throw new CorpusException("corpus " + corpus + ": the entities of " + stale.size() + " document" + (stale.size() == 1 ? "" : "s")
                    + " were found in another version of " + (stale.size() == 1 ? "it" : "them") + " than the one the corpus holds ("
                    + String.join(", ", stale.subList(0, Math.min(5, stale.size()))) + (stale.size() > 5 ? ", …" : "")
                    + "): ingest changed them since extract ran; run lexcorpus extract --corpus " + corpus);
        }
    }

    private static boolean matches(java.util.function.Predicate<String> docs, String id) {
        return docs == null || docs.test(id);
    }

    private CorpusException damaged(String why) {
        return new CorpusException("corpus " + corpus + " is damaged (" + why + "): run lexcorpus ingest --corpus " + corpus
                + " with its inputs, which repairs it");
    }
}
