package lexcorpus.segment;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that touches jieba-analysis 1.0.2. It loads the dictionary once per process, with the
 * legal user dictionary, while standard output points nowhere (jieba prints its load messages to stdout,
 * which would corrupt piped JSON Lines); then checks a canary, because jieba fails silently.
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
            // its load messages are timings, not for the user: --quiet means quiet
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
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

    private static JiebaWordSegmenter instance;

    /** The process-wide segmenter, loaded on first use (1–3 s); a failed load raises an IllegalStateException. */
    public static synchronized JiebaWordSegmenter instance() {
        if (instance == null) {
            try {
                instance = new JiebaWordSegmenter();
            } catch (RuntimeException | ExceptionInInitializerError e) {
                throw new IllegalStateException("cannot load the word segmenter: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    /**
     * jieba 1.0.2 takes a user dictionary only as a file path, and skips bad lines without a word: copy
     * ours out of the jar, without its comments, and refuse a line that is not "word frequency".
     */
    private static Path copyUserDict() throws IOException {
        List<String> entries = new ArrayList<>();
        try (InputStream in = JiebaWordSegmenter.class.getResourceAsStream(USER_DICT)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + USER_DICT);
            }
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!line.matches("\\S+ [0-9]+")) {
                    throw new IllegalStateException(USER_DICT + ":" + n + ": not 'word frequency': " + line);
                }
                entries.add(line);
            }
        }
        Path tmp = Files.createTempFile("lexcorpus-legal", ".dict");
        Files.write(tmp, entries, StandardCharsets.UTF_8);
        return tmp;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > '\u3000' || !Character.isWhitespace(c)) { // no whitespace above U+3000: skip the lookup for Han
                return false;
            }
        }
        return true;
    }

    @Override
    public void segment(String text, Sink sink) {
        // a token is given on only when the next one shows it is not the first half of a split character
        int start = -1;
        int end = -1;
        for (SegToken t : jieba.process(text, JiebaSegmenter.SegMode.SEARCH)) {
            int s = t.startOffset;
            int e = t.endOffset;
            if (s < 0 || e > text.length() || e <= s) {
                continue;
            }
            // jieba cuts supplementary characters into lone surrogates: join them back
            if (start >= 0 && end == s && Character.isHighSurrogate(text.charAt(s - 1)) && Character.isLowSurrogate(text.charAt(s))) {
                end = e;
                continue;
            }
            if (isBlank(text, s, e)) {
                continue;
            }
            if (start >= 0) {
                sink.token(start, end);
            }
            start = s;
            end = e;
        }
        if (start >= 0) {
            sink.token(start, end);
        }
    }
}
