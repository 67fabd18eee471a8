package lexcorpus.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexcorpus.ingest.Sources;

/**
 * What an ingest into a corpus has to do, input by input, decided before anything is read:
 * <ul>
 * <li>{@link Kind#KEEP}: the stored records stand; the input's stat is the one cached when it was stored;</li>
 * <li>{@link Kind#VERIFY}: its stat changed, or none was cached: read and hash it; the same SHA-256 keeps the
 *     stored records ({@link Step#keeps}), other bytes are ingested again;</li>
 * <li>{@link Kind#REDO}: new, changed settings, {@code --force}, or its stored records are missing or damaged;</li>
 * <li>{@link Kind#FAILED}: it cannot be ingested (its listing failed, or its id is that of a part of a file
 *     read in parts); its stored records, if any, stay;</li>
 * <li>{@link Kind#CARRY}: stored, but not among this run's inputs, and kept (no {@code --prune});</li>
 * <li>{@link Kind#DROP}: stored, not among this run's inputs, and its id is now a part of another, or its
 *     records are damaged: removed, and reported.</li>
 * </ul>
 * Steps come in the order of the corpus's documents (by input id). Two inputs with one id (the same relative
 * path under two folders) stop the run before it starts. Immutable.
 */
public final class IngestPlan {
    public enum Kind { KEEP, VERIFY, REDO, FAILED, CARRY, DROP }

    /**
     * The records a corpus holds for an input: their byte ranges {offset, length} in the current documents
     * file, with their manifest records; {@code complete} when every record of the input is there and sound.
     */
    public record Stored(Manifest.Entry entry, List<long[]> ranges, List<Manifest.Rec> keptRecords, boolean complete) {
    }

    /**
     * One input: {@code stat} as taken when the run was planned, before the input is read (so that a change
     * during the run is seen by the next one); {@code reason} why it fails or is dropped.
     */
    public record Step(Kind kind, String id, Sources.Input input, FileStat stat, boolean statTrusted, Stored stored,
                       boolean sameSettings, String reason) {
        /** After reading it: whether bytes with this SHA-256 are what the corpus holds already. */
        public boolean keeps(String sha256) {
            return kind != Kind.REDO && stored != null && stored.complete() && sameSettings && stored.entry().sha256().equals(sha256);
        }

        /** Whether the input is given in this run (not only stored). */
        public boolean given() {
            return input != null;
        }
    }

    private static final Pattern PART_ID = Pattern.compile("(.+)#(\\d{4})");

    private final List<Step> steps;
    private final int pruned;
    private final List<String> notices;
    private final boolean writes;

    private IngestPlan(List<Step> steps, int pruned, List<String> notices, boolean writes) {
        this.steps = steps;
        this.pruned = pruned;
        this.notices = notices;
        this.writes = writes;
    }

    public List<Step> steps() {
        return steps;
    }

    /** Documents dropped because their inputs are gone (--prune, --force). */
    public int pruned() {
        return pruned;
    }

    /** What the plan found wrong with the corpus and how it repairs it, one line each. */
    public List<String> notices() {
        return notices;
    }

    /** Whether the corpus changes: when not, the run has nothing to write (failures are still to be reported). */
    public boolean writes() {
        return writes;
    }

    static IngestPlan build(Corpus corpus, List<Sources.Input> listed, String settings, boolean force, boolean prune, long partBytes)
            throws IOException {
        long now = FileStat.nowNanos();
        Generation cur = corpus.current();
        List<String> notices = new ArrayList<>();

        TreeMap<String, Sources.Input> given = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Sources.Input in : listed) {
            Sources.Input was = given.putIfAbsent(in.id(), in);
            if (was != null && !sameFile(was, in)) {
                clashes.add(in.id() + " (" + was.path() + " and " + in.path() + ")");
            }
        }
        if (!clashes.isEmpty()) {
            throw new CorpusException("two inputs have the id " + String.join(", ", clashes.subList(0, Math.min(3, clashes.size())))
                    + (clashes.size() > 3 ? " and " + (clashes.size() - 3) + " more" : "")
                    + ": a document's id is its path under the folder named, and ids are unique in a corpus; ingest the folders"
                    + " into corpora of their own, or name the folder that holds them both. Nothing was written");
        }
        boolean listingFailed = false;
        for (Sources.Input in : given.values()) {
            listingFailed |= in.error() != null;
        }

        boolean trusted = false;
        Map<String, Stored> stored = new java.util.LinkedHashMap<>(); // in the documents' order: by input id
        if (cur.damage != null) {
            notices.add("corpus " + corpus.dir() + " is damaged (" + cur.damage + "): its documents are made again from the inputs given");
        } else if (!cur.isNone()) {
            FileStat docs = FileStat.orNull(cur.documents());
            trusted = cur.manifestDamage == null && !cur.manifest.legacy && docs != null && docs.sameContentStat(cur.stats.documents);
            if (trusted) {
                fromManifest(cur.manifest, stored);
            } else if (!force || listingFailed) {
                fromDocuments(corpus, cur, stored, notices);
            }
        }

        // the part ids of files read in parts belong to them: a file named like one cannot be stored beside them
        Map<String, FileStat> stats = new java.util.HashMap<>();
        for (Sources.Input in : given.values()) {
            if (in.error() == null) {
                stats.put(in.id(), FileStat.orNull(in.path()));
            }
        }
        TreeMap<String, Step> steps = new TreeMap<>();
        int pruned = 0;
        for (Sources.Input in : given.values()) {
            String id = in.id();
            Stored st = stored.get(id);
            FileStat stat = stats.get(id);
            boolean sameSettings = st != null && st.entry().settings().equals(settings);
            String clash = partOf(id, given, stats, stored, partBytes);
            if (in.error() != null) {
                steps.put(id, new Step(Kind.FAILED, id, in, null, false, st, sameSettings, in.error()));
            } else if (clash != null) {
                steps.put(id, new Step(Kind.FAILED, id, in, null, false, null, false, clash));
            } else if (force || st == null || !st.complete() || !sameSettings) {
                steps.put(id, new Step(Kind.REDO, id, in, stat, stat != null && stat.trusted(now), st, sameSettings, null));
            } else if (stat != null && stat.same(cur.stats.inputs.get(id))) {
                steps.put(id, new Step(Kind.KEEP, id, in, stat, true, st, true, null));
            } else {
                steps.put(id, new Step(Kind.VERIFY, id, in, stat, stat != null && stat.trusted(now), st, true, null));
            }
        }
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            String id = e.getKey();
            if (given.containsKey(id)) {
                continue;
            }
            String clash = partOf(id, given, stats, Map.of(), partBytes);
            if (clash != null) {
                steps.put(id, new Step(Kind.DROP, id, null, null, false, e.getValue(), false,
                        "removed from the corpus: " + clash));
            } else if ((prune || force) && !listingFailed) {
                pruned++;
            } else if (!e.getValue().complete()) {
                steps.put(id, new Step(Kind.DROP, id, null, null, false, e.getValue(), false,
                        "removed from the corpus: its records there are missing or damaged, and it is not among this run's inputs"
                                + " (ingest it again to restore it)"));
            } else {
                steps.put(id, new Step(Kind.CARRY, id, null, cur.stats.inputs.get(id), true, e.getValue(), true, null));
            }
        }
        if ((prune || force) && listingFailed && stored.keySet().stream().anyMatch(id -> !given.containsKey(id))) {
            notices.add("nothing was pruned: some inputs could not be listed, and their documents are kept");
        }
        boolean writes = !trusted && !cur.isNone() || pruned > 0;
        for (Step s : steps.values()) {
            writes |= s.kind() == Kind.VERIFY || s.kind() == Kind.REDO || s.kind() == Kind.DROP;
        }
        return new IngestPlan(List.copyOf(steps.values()), pruned, List.copyOf(notices), writes);
    }

    /**
     * Why input {@code id} cannot be stored: it is named like a part ({@code big.txt#0001}) of a file in this run
     * larger than a part, or of a stored file read in parts that is not in this run; else null.
     */
    private static String partOf(String id, Map<String, Sources.Input> given, Map<String, FileStat> stats, Map<String, Stored> stored,
                                 long partBytes) {
        if (id.indexOf('#') < 0) {
            return null; // most ids: no regex
        }
        Matcher m = PART_ID.matcher(id);
        if (!m.matches()) {
            return null;
        }
        String of = m.group(1);
        FileStat s = stats.get(of);
        boolean inParts = given.containsKey(of) ? s != null && s.size() > partBytes
                : stored.containsKey(of) && stored.get(of).entry().inParts() && Integer.parseInt(m.group(2)) <= stored.get(of).entry().records().size();
        return inParts ? "its name is that of part " + Integer.parseInt(m.group(2)) + " of " + of
                + ", a file read in parts (record " + id + "): rename it" : null;
    }

    private static boolean sameFile(Sources.Input a, Sources.Input b) {
        try {
            return a.path().equals(b.path()) || Files.isSameFile(a.path(), b.path());
        } catch (IOException e) {
            return a.path().toAbsolutePath().normalize().equals(b.path().toAbsolutePath().normalize());
        }
    }

    /** The stored records on the manifest's word: they lie one after another in its order. */
    private static void fromManifest(Manifest m, Map<String, Stored> out) {
        long at = 0;
        for (Map.Entry<String, Manifest.Entry> e : m.inputs.entrySet()) {
            List<long[]> ranges = new ArrayList<>();
            for (Manifest.Rec r : e.getValue().records()) {
                ranges.add(new long[] {at, r.bytes()});
                at += r.bytes() + 1;
            }
            out.put(e.getKey(), new Stored(e.getValue(), ranges, e.getValue().records(), true));
        }
    }

    /**
     * The stored records as the documents file holds them, each checked against the manifest's checksum (or,
     * where there is no usable manifest, taken as they are): what is missing or damaged is said, and the inputs
     * concerned are ingested again when given.
     */
    private static void fromDocuments(Corpus corpus, Generation cur, Map<String, Stored> out, List<String> notices) throws IOException {
        StoredRecords found = StoredRecords.scan(cur.documents());
        Path docs = corpus.dir().resolve(Generation.DOCUMENTS);
        for (StoredRecords.Damage d : found.damaged) {
            notices.add(docs + ":" + d.line() + ": " + d.reason() + ": removed");
        }
        boolean manifestUsable = cur.manifestDamage == null && !cur.manifest.legacy;
        if (cur.manifestDamage != null) {
            notices.add("corpus " + corpus.dir() + ": " + cur.manifestDamage + ": its documents are checked one by one");
        }
        java.util.Set<String> claimed = new java.util.HashSet<>();
        if (manifestUsable) {
            int lost = 0;
            for (Map.Entry<String, Manifest.Entry> e : cur.manifest.inputs.entrySet()) {
                Manifest.Entry entry = e.getValue();
                List<long[]> ranges = new ArrayList<>();
                List<Manifest.Rec> kept = new ArrayList<>();
                for (int k = 0; k < entry.records().size(); k++) {
                    String rid = entry.recordId(e.getKey(), k);
                    StoredRecords.Line line = found.byId.get(rid);
                    claimed.add(rid);
                    if (line != null && line.checksum().equals(entry.records().get(k).checksum())) {
                        ranges.add(new long[] {line.offset(), line.length()});
                        kept.add(entry.records().get(k));
                    }
                }
                boolean complete = kept.size() == entry.records().size();
                lost += complete ? 0 : 1;
                out.put(e.getKey(), new Stored(entry, ranges, kept, complete));
            }
            if (lost > 0) {
                notices.add(docs + ": the records of " + lost + " input" + (lost == 1 ? " are" : "s are")
                        + " missing or not as written: ingested again where given");
            }
        }
        // records the manifest does not know: an earlier release's corpus, or a manifest that cannot be read
        Map<String, List<StoredRecords.Line>> byInput = new TreeMap<>();
        for (StoredRecords.Line l : found.byId.values()) {
            if (!claimed.contains(l.id())) {
                byInput.computeIfAbsent(l.input(), k -> new ArrayList<>()).add(l);
            }
        }
        int unknown = 0;
        for (Map.Entry<String, List<StoredRecords.Line>> e : byInput.entrySet()) {
            if (manifestUsable || out.containsKey(e.getKey())) {
                unknown += e.getValue().size();
                continue;
            }
            List<StoredRecords.Line> lines = e.getValue();
            lines.sort((a, b) -> Integer.compare(a.part(), b.part()));
            boolean whole = lines.size() == 1 && lines.get(0).part() == 0;
            boolean parts = lines.stream().allMatch(l -> l.part() > 0);
            for (int k = 0; parts && k < lines.size(); k++) {
                parts = lines.get(k).part() == k + 1;
            }
            String sha = lines.get(0).sha256();
            Manifest.Entry legacy = cur.manifest.inputs.get(e.getKey());
            List<long[]> ranges = new ArrayList<>();
            List<Manifest.Rec> recs = new ArrayList<>();
            for (StoredRecords.Line l : lines) {
                ranges.add(new long[] {l.offset(), l.length()});
                recs.add(new Manifest.Rec(l.length(), l.checksum()));
            }
            boolean complete = (whole || parts) && sha != null && lines.stream().allMatch(l -> sha.equals(l.sha256()));
            Manifest.Entry entry = new Manifest.Entry(sha == null ? "" : sha, legacy == null ? "" : legacy.settings(), List.copyOf(recs));
            out.put(e.getKey(), new Stored(entry, ranges, List.copyOf(recs), complete));
        }
        if (unknown > 0) {
            notices.add(docs + ": " + unknown + " record" + (unknown == 1 ? "" : "s") + " the manifest does not list: removed");
        }
    }
}
