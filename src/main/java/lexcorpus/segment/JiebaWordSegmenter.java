package lexcorpus.segment;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that touches jieba-analysis 1.0.2. It loads the dictionary once per process, with the
 * legal user dictionary, while standard output points at standard error (jieba prints its load messages
 * to stdout, which would corrupt piped JSON Lines); then checks a canary, because jieba fails silently.
 * After {@link #instance()} returns, {@link #segment} is thread-safe (jieba only reads shared state).
 */
public final class JiebaWordSegmenter implements WordSegmenter {
    private static final String USER_DICT = "/lexcorpus/segment/legal.dict";
    /** Words that must come back whole, or the dictionaries did not load. */
    static final List<String> CANARY = List.of("最高人民法院", "民事诉讼法", "第三人撤销之诉");

    private final JiebaSegmenter jieba;

    private JiebaWordSegmenter() {
        PrintStream stdout = System.out;
        synchronized (System.class) {
            System.setOut(System.err);
            try {
                Path dict = copyUserDict();
                try {
                    WordDictionary.getInstance().loadUserDict(dict, StandardCharsets.UTF_8);
                } finally {
                    Files.deleteIfExists(dict);
                }
                jieba = new JiebaSegmenter();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the legal user dictionary", e);
            } finally {
                System.setOut(stdout);
            }
        }
        for (String word : CANARY) {
            List<int[]> tokens = segment(word);
            if (tokens.size() != 1) {
                throw new IllegalStateException("word segmenter failed its check: '" + word + "' came back in "
                        + tokens.size() + " pieces; the dictionaries did not load");
            }
        }
    }

    private static final class Holder {
        static final JiebaWordSegmenter INSTANCE = new JiebaWordSegmenter();
    }

    /** The process-wide segmenter, loaded on first use (1–3 s). */
    public static JiebaWordSegmenter instance() {
        return Holder.INSTANCE;
    }

    /** jieba 1.0.2 takes a user dictionary only as a file path: copy ours out of the jar. */
    private static Path copyUserDict() throws IOException {
        Path tmp = Files.createTempFile("lexcorpus-legal", ".dict");
        try (InputStream in = JiebaWordSegmenter.class.getResourceAsStream(USER_DICT)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + USER_DICT);
            }
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    @Override
    public List<int[]> segment(String text) {
        List<SegToken> tokens = jieba.process(text, JiebaSegmenter.SegMode.SEARCH);
        List<int[]> out = new ArrayList<>(tokens.size());
        for (SegToken t : tokens) {
            int start = t.startOffset;
            int end = t.endOffset;
            if (start < 0 || end > text.length() || end <= start) {
                continue;
            }
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                // jieba cuts supplementary characters into lone surrogates: join them back
                if (last[1] == start && Character.isHighSurrogate(text.charAt(start - 1)) && Character.isLowSurrogate(text.charAt(start))) {
                    last[1] = end;
                    continue;
                }
            }
            if (text.substring(start, end).isBlank()) {
                continue;
            }
            out.add(new int[] {start, end});
        }
        return out;
    }
}
