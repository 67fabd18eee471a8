package lexcorpus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
