package lexcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code lexcorpus run} writes what {@code ingest | extract | export} writes with the same options, on any thread count. */
class RunCommandTest {
    @TempDir
    Path tmp;

    /** ingest options, extract options, export options (each a space-separated list, possibly empty). */
    static Stream<Arguments> combinations() {
        return Stream.of(
                Arguments.of("--no-tokens", "", ""),
                Arguments.of("--no-tokens", "", "--format csv --excel"),
                Arguments.of("", "--types statute,case_number", "--format csv"),
                Arguments.of("--no-tokens", "--types date,money", "--format json"),
                Arguments.of("", "", "--what documents --format csv"),
                Arguments.of("", "", "--what tokens --format jsonl"),
                Arguments.of("--no-tokens", "", "--what articles --format json"),
                Arguments.of("--no-tokens", "", "--what sentences --format csv --docs *.txt"),
                Arguments.of("--no-tokens", "", "--what paragraphs"),
                Arguments.of("--no-tokens --part-size 1", "", "--format csv"));
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void sameBytesAsThePipe(String ingest, String extract, String export) {
        byte[] pipe = pipe(words(ingest), words(extract), words(export), Cli.SAMPLES.toString());
        assertTrue(pipe.length > 0, "the pipe wrote nothing");
        for (String threads : List.of("1", "2")) {
            Cli.Result run = Cli.run(args("run", "-q", "--threads", threads, ingest, extract, export, Cli.SAMPLES.toString()));
            assertEquals(0, run.code(), run.stderr());
            assertArrayEquals(pipe, run.stdout(), "run --threads " + threads + " " + ingest + " " + extract + " " + export);
        }
    }

    @Test
    void aFileReadInPartsAndAFailedInputAsInThePipe() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        // a file of about 2.5 MB (read in three parts with --part-size 1), an empty file, and a sample
        String sample = Files.readString(Cli.SAMPLES.resolve("digital-law-bulletin-07.txt"));
        StringBuilder big = new StringBuilder();
        while (big.length() < 900_000) {
            big.append(sample).append("\n\n");
        }
        Files.writeString(dir.resolve("big.txt"), big);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.copy(Cli.SAMPLES.resolve("judgment-excerpt.txt"), dir.resolve("judgment.txt"));
        byte[] pipe = pipe(List.of("--no-tokens", "--part-size", "1"), List.of(), List.of("--format", "csv"), dir.toString());
        assertTrue(new String(pipe, StandardCharsets.UTF_8).contains("big.txt#0003"), "the big file was read in parts");
        for (String threads : List.of("1", "2")) {
            Cli.Result run = Cli.run("run", "-q", "--threads", threads, "--no-tokens", "--part-size", "1", "--format", "csv", dir.toString());
            assertEquals(ExitCodes.INPUT_FAILED, run.code(), "an input failed: " + run.stderr());
            assertTrue(run.stderr().contains("empty.txt"), run.stderr());
            assertArrayEquals(pipe, run.stdout());
        }
    }

    @Test
    void statutesResolvedOnTheSigningDateAsInThePipe() throws IOException {
        // no date of its own; signed in 2000, when the 1989 version of the law stood
        Path dir = Files.createDirectories(tmp.resolve("signed"));
        Files.writeString(dir.resolve("judgment.txt"), "行政判决书\n\n本院认为，依照《中华人民共和国行政诉讼法》第五十四条第（一）项的规定，判决如下：\n"
                + "维持被告作出的决定。\n\n审判长　王某\n审判员　李某\n二〇〇〇年三月一日\n书记员　赵某\n");
        byte[] pipe = pipe(List.of("--no-tokens"), List.of(), List.of("--format", "jsonl"), dir.toString());
        assertTrue(new String(pipe, StandardCharsets.UTF_8).contains("\"version_on_date\":\"1989年\""), new String(pipe, StandardCharsets.UTF_8));
        Cli.Result run = Cli.run("run", "-q", "--no-tokens", "--format", "jsonl", dir.toString());
        assertEquals(0, run.code(), run.stderr());
        assertArrayEquals(pipe, run.stdout());
    }

    @Test
    void writesToTheFileNamedByOutput() throws IOException {
        Path csv = tmp.resolve("entities.csv");
        Cli.Result run = Cli.run("run", "-q", "--no-tokens", "--format", "csv", "--excel", "-o", csv.toString(), Cli.SAMPLES.toString());
        assertEquals(0, run.code(), run.stderr());
        assertEquals(0, run.stdout().length, "nothing on standard output with -o");
        byte[] pipe = pipe(List.of("--no-tokens"), List.of(), List.of("--format", "csv", "--excel"), Cli.SAMPLES.toString());
        assertArrayEquals(pipe, Files.readAllBytes(csv));
    }

    @Test
    void usageErrorsNamed() {
        Cli.Result badType = Cli.run("run", "-q", "--types", "weather", Cli.SAMPLES.toString());
        assertEquals(ExitCodes.USAGE, badType.code());
        assertTrue(badType.stderr().contains("weather"), badType.stderr());
        Cli.Result badKind = Cli.run("run", "-q", "--what", "chapters", Cli.SAMPLES.toString());
        assertEquals(ExitCodes.USAGE, badKind.code());
        assertTrue(badKind.stderr().contains("chapters"), badKind.stderr());
    }

    /** The three commands one after the other, each reading what the one before wrote. */
    static byte[] pipe(List<String> ingest, List<String> extract, List<String> export, String input) {
        Cli.Result a = Cli.run(concat(List.of("ingest", "-q"), ingest, List.of(input)));
        Cli.Result b = Cli.runWithInput(a.stdout(), concat(List.of("extract", "-q"), extract, List.of()));
        Cli.Result c = Cli.runWithInput(b.stdout(), concat(List.of("export", "-q"), export, List.of()));
        assertEquals(0, b.code(), b.stderr());
        assertEquals(0, c.code(), c.stderr());
        return c.stdout();
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" +"));
    }

    private static String[] args(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.addAll(words(p));
        }
        return out.toArray(String[]::new);
    }

    @SafeVarargs
    private static String[] concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out.toArray(String[]::new);
    }
}
