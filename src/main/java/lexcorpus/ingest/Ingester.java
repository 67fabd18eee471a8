package lexcorpus.ingest;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.outline.Lines;
import lexcorpus.ingest.outline.OutlineReader;
import lexcorpus.ingest.outline.OutlineText;
import lexcorpus.model.Document;
import lexcorpus.model.Metadata;
import lexcorpus.model.Structure;
import lexcorpus.model.TokenList;
import lexcorpus.segment.WordSegmenter;
import lexcorpus.text.AlignedText;
import lexcorpus.text.Normalizer;

/**
 * The ingest stage for one document: clean text with its alignment, masthead and outline, paragraphs and sentences, and word
 * tokens per sentence when a segmenter is given. Thread-safe.
 */
public final class Ingester {
    private final OutlineReader outline;
    private final StructureParser structure;
    private final WordSegmenter segmenter;

    /** @param segmenter the word segmenter, or null for no tokens */
    public Ingester(WordSegmenter segmenter) {
        this.outline = new OutlineReader();
        this.structure = new StructureParser();
        this.segmenter = segmenter;
    }

    public Document ingest(Document doc) {
        return ingest(doc, null);
    }

    /**
     * As {@link #ingest(Document)}, with the masthead given instead of read from the text: a later part of
     * a file read in parts has the masthead of the file's start.
     */
    public Document ingest(Document doc, Metadata head) {
        return ingestKeepingClean(doc, head).doc();
    }

    /** A document as ingest leaves it, with the clean text it was read from (extract reads the same). */
    public record Ingested(Document doc, AlignedText clean) {
    }

    /** As {@link #ingest(Document, Metadata)}, keeping the clean text, so that extract in the same process need not clean again. */
    public Ingested ingestKeepingClean(Document doc, Metadata head) {
        AlignedText clean = Normalizer.normalize(doc.text());
        List<Lines.Line> lines = Lines.of(clean.text());
        OutlineReader.Outline read = outline.read(new OutlineText(clean, lines), head);
        Metadata meta = read.metadata();
        List<int[]> sentences = segmenter == null ? null : new ArrayList<>();
        Structure parsed = structure.parse(clean, lines, read, sentences);
        String date = doc.date() != null ? doc.date() : meta.date();
        List<int[]> tokens = segmenter == null ? null : tokens(clean, sentences);
        return new Ingested(doc.withIngest(date, meta, parsed, tokens).withSigned(SigningDate.find(clean.text())), clean);
    }

    /** The masthead of a text (only its first lines are read). */
    public Metadata masthead(String text) {
        AlignedText clean = Normalizer.normalize(text);
        return outline.masthead(new OutlineText(clean, Lines.of(clean.text())));
    }

    /**
     * Tokens of the sentences ([start, end) in the clean text), segmented there line by line and reported in
     * original code points. One call per line instead of per sentence made ingest with tokens about a tenth
     * faster (jieba's cost per call; measured on the 47 MB bench corpus).
     */
    private List<int[]> tokens(AlignedText clean, List<int[]> sentences) {
        String s = clean.text();
        TokenList out = new TokenList(s.length() / 2); // about two chars a word in legal Chinese
        int n = sentences.size();
        for (int i = 0; i < n; ) {
            // the sentences of one line in one call: they end at punctuation, where jieba cuts anyway, and
            // what lies between them is blank, which the segmenter drops: the same tokens, fewer calls
            int from = sentences.get(i)[0];
            int to = sentences.get(i)[1];
            for (i++; i < n && !hasNewline(s, to, sentences.get(i)[0]); i++) {
                to = sentences.get(i)[1];
            }
            segmenter.segment(s.substring(from, to), (start, end) -> {
                int[] span = clean.toOriginalSpan(from + start, from + end);
                out.add(span[0], span[1]);
            });
        }
        return out;
    }

    private static boolean hasNewline(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The clean text of a document, as extract sees it. */
    public static AlignedText clean(String text) {
        return Normalizer.normalize(text);
    }
}
