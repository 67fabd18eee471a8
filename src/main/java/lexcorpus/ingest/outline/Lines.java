package lexcorpus.ingest.outline;

import java.util.ArrayList;
import java.util.List;

/** The lines of a clean text with their char offsets: [start, end) excludes the line break. */
public final class Lines {
    /** One line of the clean text. */
    public record Line(int start, int end, String text) {
        public boolean blank() {
            return text.isBlank();
        }
    }

    private Lines() {
    }

    public static List<Line> of(String s) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = s.indexOf('\n', start); // the JDK's search, many times faster than a loop over charAt
            if (end < 0) {
                out.add(new Line(start, s.length(), s.substring(start)));
                return out;
            }
            out.add(new Line(start, end, s.substring(start, end)));
            start = end + 1;
        }
    }
}
