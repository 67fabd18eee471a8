package lexcorpus.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lexcorpus.ingest.Ingester;
import lexcorpus.ingest.TextDecoder;
import lexcorpus.model.Document;
import lexcorpus.model.Structure;
import lexcorpus.segment.JiebaWordSegmenter;
import lexcorpus.text.CodePoints;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On every file of the shared corpus and of samples/: every paragraph, sentence and token is the exact
 * original text at its offsets, no sentence crosses an article boundary, and GB18030 and UTF-16 copies
 * ingest to the same result as the UTF-8 original.
 */
@Tag("shared")
class CorpusInvariantTest {
    static List<Path> files() throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(Shared.dir().resolve("corpus"), Path.of("samples"))) {
            try (var s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void everySpanIsTheOriginalText() throws Exception {
        Ingester ingester = new Ingester(JiebaWordSegmenter.instance());
        List<Path> files = files();
        assertTrue(files.size() >= 17, "shared corpus and samples");
        for (Path f : files) {
            String text = TextDecoder.decode(Files.readAllBytes(f), null).text();
            Document d = ingester.ingest(Document.of(f.toString(), text, null));
            CodePoints cps = CodePoints.of(text);
            int n = text.codePointCount(0, text.length());
            Structure s = d.structure();
            for (Structure.Span p : s.paragraphs()) {
                assertSpan(text, cps, n, p.start(), p.end(), f);
                String slice = CodePoints.slice(text, cps, p.start(), p.end());
                assertEquals(slice.strip(), slice, "a paragraph starts and ends with text");
            }
            assertTrue(!d.tokens().isEmpty(), "tokens of " + f);
            for (int[] t : d.tokens()) {
                assertSpan(text, cps, n, t[0], t[1], f);
            }
            for (Structure.Sentence sentence : s.sentences()) {
                assertSpan(text, cps, n, sentence.start(), sentence.end(), f);
                if (sentence.article() >= 0) {
                    Structure.Article a = s.articles().get(sentence.article());
                    assertTrue(a.start() <= sentence.start() && sentence.end() <= a.end(), "sentence inside its article in " + f);
                }
                for (Structure.Article a : s.articles()) {
                    boolean crosses = sentence.start() < a.start() && a.start() < sentence.end()
                            || sentence.start() < a.end() && a.end() < sentence.end();
                    assertTrue(!crosses, "sentence crosses an article boundary in " + f);
                }
            }
            for (Structure.Article a : s.articles()) {
                assertTrue(!a.headline().contains("\n"), "wrapped headline comes out whole: " + a.headline());
            }
        }
    }

    private static void assertSpan(String text, CodePoints cps, int n, int start, int end, Path f) {
        assertTrue(0 <= start && start < end && end <= n, () -> "span " + start + ".." + end + " in " + f);
        String slice = CodePoints.slice(text, cps, start, end);
        assertTrue(!slice.isBlank(), () -> "blank span " + start + ".." + end + " in " + f);
    }

    @Test
    void otherEncodingsIngestToTheSameDocument() throws Exception {
        Ingester ingester = new Ingester(null);
        for (Path f : files()) {
            if (f.toString().contains("gb18030")) {
                continue;
            }
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Document utf8 = ingester.ingest(Document.of("x", TextDecoder.decode(Files.readAllBytes(f), null).text(), null));
            for (byte[] copy : List.of(text.getBytes("GB18030"), utf16WithBom(text), utf8WithBom(text))) {
                TextDecoder.Decoded decoded = TextDecoder.decode(copy, null);
                assertEquals(text, decoded.text(), "decoded " + decoded.encoding() + " copy of " + f);
                Document other = ingester.ingest(Document.of("x", decoded.text(), null));
                assertEquals(utf8.structure(), other.structure());
                assertEquals(utf8.metadata(), other.metadata());
            }
        }
    }

    private static byte[] utf16WithBom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static byte[] utf8WithBom(String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
