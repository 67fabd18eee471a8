package lexcorpus.ingest;

import java.util.ArrayList;
import java.util.List;

/** The lines of a clean text with their char offsets: [start, end) excludes the line break. */
final class Lines {
    record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    private Lines() {
    }

    /** The original text of each line of the clean text, stripped: headings are matched on what was written. */
    static List<String> original(lexcorpus.text.AlignedText text, List<Line> lines) {
        // computed as read: the masthead reads only the first lines of a long text
        return new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                Line line = lines.get(i);
                return line.blank() ? "" : text.originalSlice(line.start(), line.end()).strip();
            }

            @Override
            public int size() {
                return lines.size();
            }
        };
    }

    static List<Line> of(String s) {
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
