package lexcorpus.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick of src/bench/compare.sh: the least a Java program that finds something in every file does.
 * It reads each file of a folder, decodes it as UTF-8 and runs one regex (a full date, 2024年5月8日) over
 * it, on one thread; timed from outside, start-up included. Prints the files, bytes and matches.
 */
public final class RegexPass {
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

    private RegexPass() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = BenchText.files(args[0]);
        long bytes = 0;
        long matches = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            bytes += b.length;
            Matcher m = DATE.matcher(new String(b, StandardCharsets.UTF_8));
            while (m.find()) {
                matches++;
            }
        }
        System.out.println("one regex: " + files.size() + " files, " + bytes + " bytes, " + matches + " matches");
    }
}
