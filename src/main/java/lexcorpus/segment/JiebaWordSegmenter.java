package lexcorpus.segment;

import com.huaban.analysis.jieba.CharacterUtil;
import com.huaban.analysis.jieba.JiebaSegmenter;
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
import java.util.function.Function;

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
                    lexcorpus.io.TempFiles.unregister(dict);
                }
                jieba = new JiebaSegmenter();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the legal user dictionary (it is copied to the temporary folder "
                        + System.getProperty("java.io.tmpdir") + ", which $TMPDIR sets): " + lexcorpus.failure.Reason.of(e), e);
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
        Path tmp = lexcorpus.io.TempFiles.inTempFolder("legal", ".dict");
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

    /**
     * The tokens of jieba's {@code process(text, SEARCH)}, found the way it finds them: a run of chars that
     * jieba keeps together (Han, Latin letters, digits, its connectors, after its own full-width and case
     * folding) goes to {@code sentenceProcess}, any other char is a token by itself. Done here rather than
     * by {@code process} because we need spans only: process makes a string and a dictionary lookup for every
     * punctuation mark and space, and a token object for every word, about a twentieth of its time
     * (measured on the bench corpus). JiebaWordSegmenterTest checks that the spans are the same.
     */
    @Override
    public void segment(String text, Sink sink) {
        segment(text, sink, jieba::sentenceProcess);
    }

    /** {@link #segment(String, Sink)} with the word splitter given: the tests see what it is handed. */
    static void segment(String text, Sink sink, Function<String, List<String>> splitter) {
        Joiner out = new Joiner(text, sink);
        StringBuilder run = new StringBuilder();
        int runStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = CharacterUtil.regularize(text.charAt(i));
            if (CharacterUtil.ccFind(ch)) {
                if (run.length() == 0) {
                    runStart = i;
                }
                run.append(ch);
                if (run.length() >= WINDOW) {
                    runStart = wordsButLast(run, runStart, out, splitter);
                }
                continue;
            }
            if (run.length() > 0) {
                words(run, runStart, out, splitter);
            }
            out.token(i, i + 1);
        }
        if (run.length() > 0) {
            words(run, runStart, out, splitter);
        }
        out.finish();
    }

    /**
     * A run longer than this is segmented a window at a time: jieba builds a graph of every word of the string
     * it is given, and a line of megabytes without a stop would take that memory (and minutes of collection)
     * at once. The last word of a window starts the next, so a word the window's end cut is read whole.
     */
    static final int WINDOW = 2048;

    /** Segments the run, gives on every word but the last, and leaves the last in the run; returns where it starts. */
    private static int wordsButLast(StringBuilder run, int start, Joiner out, Function<String, List<String>> splitter) {
        List<String> words = splitter.apply(run.toString());
        String last = words.get(words.size() - 1);
        if (last.length() == run.length()) {
            out.token(start, start + last.length()); // one word fills the window: cut it there
            run.setLength(0);
            return start + last.length();
        }
        int at = start;
        for (int k = 0; k < words.size() - 1; k++) {
            out.token(at, at += words.get(k).length());
        }
        run.setLength(0);
        run.append(last);
        return at;
    }

    private static void words(StringBuilder run, int start, Joiner out, Function<String, List<String>> splitter) {
        int at = start;
        for (String word : splitter.apply(run.toString())) {
            out.token(at, at += word.length());
        }
        run.setLength(0);
    }

    /**
     * Drops blank tokens and joins the halves of a supplementary character, which jieba cuts into lone
     * surrogates: a token is given on only when the next one shows it is not the first half of a split char.
     */
    private static final class Joiner {
        private final String text;
        private final Sink sink;
        private int start = -1;
        private int end = -1;

        Joiner(String text, Sink sink) {
            this.text = text;
            this.sink = sink;
        }

        void token(int s, int e) {
            if (start >= 0 && end == s && Character.isHighSurrogate(text.charAt(s - 1)) && Character.isLowSurrogate(text.charAt(s))) {
                end = e;
                return;
            }
            if (isBlank(text, s, e)) {
                return;
            }
            if (start >= 0) {
                sink.token(start, end);
            }
            start = s;
            end = e;
        }

        void finish() {
            if (start >= 0) {
                sink.token(start, end);
            }
        }
    }
}
