package lexcorpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lexcorpus.ingest.TextDecoder;

/** The benchmark input: samples/ and, when present, ../shared/corpus, repeated to the size asked for. */
final class BenchText {
    private BenchText() {
    }

    /** The files under a folder (a generated bench corpus), in name order. */
    static List<java.nio.file.Path> files(String folder) throws IOException {
        try (var s = java.nio.file.Files.walk(java.nio.file.Path.of(folder))) {
            return s.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
    }

    static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("samples"), Path.of("../shared/corpus"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    try {
                        texts.add(TextDecoder.decode(Files.readAllBytes(p), null).text());
                    } catch (TextDecoder.UndecodableException e) {
                        throw new IOException(p + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return texts;
    }

    /** One document of about {@code megabytes} MB of UTF-8, made of whole source documents. */
    static String document(double megabytes) throws IOException {
        List<String> texts = sources();
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < megabytes * 1e6; i = (i + 1) % texts.size()) {
            sb.append(texts.get(i)).append("\n\n");
            bytes += texts.get(i).getBytes(StandardCharsets.UTF_8).length + 2;
        }
        return sb.toString();
    }

    static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Date and money pieces with no punctuation: long runs of digits, 年, 元 and magnitudes. */
    static final String[] DATE_MONEY_PIECES = {"2024", "年", "12", "月", "31", "日", "元", "1234567890", "9", "年年", "元元",
        "万", "亿", "0"};

    /**
     * The same with the openers of statutes, case and document numbers: 《 without 》, brackets, 第…条, 号, short
     * names defined (以下简称“…”) and referred to (本法).
     */
    static final String[] ALL_TYPE_PIECES = {"2024", "年", "12", "月", "31", "日", "元", "1234567890", "9", "万", "亿",
        "《", "》", "法", "条例", "规定", "第", "条", "款", "（", "）", "〔", "〕", "号", "民初", "京0491", "国发", "字", "之一",
        "、", "本法", "民法典", "至", "以下简称", "“", "”"};

    /**
     * One line of about {@code bytes} bytes of UTF-8 drawn from {@code pieces} at random (seed 42): the same
     * text for the same arguments, each shorter text a prefix of the longer ones.
     */
    static String adversarial(long bytes, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(42);
        long n = 0;
        while (n < bytes) {
            String p = pieces[r.nextInt(pieces.length)];
            sb.append(p);
            n += p.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString();
    }
}
