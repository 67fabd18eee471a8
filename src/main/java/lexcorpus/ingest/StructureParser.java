package lexcorpus.ingest;

import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.outline.Lines;
import lexcorpus.ingest.outline.OutlineReader;
import lexcorpus.model.Structure;
import lexcorpus.model.Structure.Sentence;
import lexcorpus.model.Structure.Span;
import lexcorpus.text.AlignedText;

/**
 * The structure of a clean text: its outline (headings, sections, articles, table of contents, read by
 * {@link OutlineReader}) with its paragraphs and sentences. Offsets are code points of the original. Thread-safe.
 */
final class StructureParser {
    /**
     * The structure of a clean text, given with its lines and its outline. When {@code cleanSentences} is not
     * null, each sentence's [start, end) in the clean text is added to it as well: word segmentation works on
     * those, and splitting once is enough.
     */
    Structure parse(AlignedText text, List<Lines.Line> lines, OutlineReader.Outline outline, List<int[]> cleanSentences) {
        List<Span> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        paragraphsAndSentences(text, lines, outline.articleClean(), outline.furniture(), paragraphs, sentences, cleanSentences);
        return new Structure(outline.sections(), outline.headings(), outline.articles(), paragraphs, sentences, outline.contents());
    }

    /**
     * Each non-blank line that is not page furniture is a paragraph; its sentences belong to the article whose
     * clean span holds the line.
     */
    private static void paragraphsAndSentences(AlignedText text, List<Lines.Line> lines, List<int[]> articleClean, boolean[] furniture,
                                               List<Span> paragraphs, List<Sentence> sentences, List<int[]> cleanSentences) {
        String s = text.text();
        int current = 0; // lines and articles both run in text order: one pointer, no search per line
        for (int k = 0; k < lines.size(); k++) {
            Lines.Line line = lines.get(k);
            if (line.blank() || furniture[k]) {
                continue;
            }
            int[] p = text.toOriginalSpan(trimStart(s, line.start(), line.end()), trimEnd(s, line.start(), line.end()));
            if (p[1] <= p[0]) {
                continue;
            }
            paragraphs.add(new Span(p[0], p[1]));
            while (current < articleClean.size() && articleClean.get(current)[1] <= line.start()) {
                current++;
            }
            int article = current < articleClean.size() && articleClean.get(current)[0] <= line.start() ? current : -1;
            for (int[] cut : SentenceSplitter.split(s, line.start(), line.end())) {
                int[] o = text.toOriginalSpan(cut[0], cut[1]);
                sentences.add(new Sentence(o[0], o[1], article));
                if (cleanSentences != null) {
                    cleanSentences.add(cut);
                }
            }
        }
    }

    private static int trimStart(String s, int a, int b) {
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        return a;
    }

    private static int trimEnd(String s, int a, int b) {
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }
}
