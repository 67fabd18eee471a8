package lexcorpus.text;

/**
 * A derived text (the clean text) paired with the original it came from. Every clean {@code char}
 * knows the original {@code char} it was copied or folded from, so a span found in the clean text
 * maps back to the exact original characters, breaks and stray spaces included.
 * Immutable and thread-safe.
 */
public final class AlignedText {
    private final String original;
    private final String text;
    private final int[] toOriginal; // clean char index -> original char index, one entry per clean char; null: identity
    private final CodePoints originalCodePoints;

    AlignedText(String original, String text, int[] toOriginal) {
        this(original, text, toOriginal, CodePoints.of(original));
    }

    private AlignedText(String original, String text, int[] toOriginal, CodePoints originalCodePoints) {
        if (toOriginal != null && toOriginal.length != text.length()) {
            throw new IllegalArgumentException("alignment length " + toOriginal.length + " != text length " + text.length());
        }
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.originalCodePoints = originalCodePoints;
    }

    /** The identity alignment of a text with itself. */
    public static AlignedText identity(String original) {
        return new AlignedText(original, original, null);
    }

    private int toOriginal(int clean) {
        return toOriginal == null ? clean : toOriginal[clean];
    }

    /** The char index in the original of the clean char at {@code clean}; the original's length at the end. */
    public int originalIndex(int clean) {
        return clean >= text.length() ? original.length() : toOriginal(clean);
    }

    public String original() {
        return original;
    }

    /** The clean text. */
    public String text() {
        return text;
    }

    public CodePoints originalCodePoints() {
        return originalCodePoints;
    }

    /**
     * Original code-point span {start, end} of the clean char span [start, end). An empty span maps to
     * the empty span before the original of the clean char at {@code start}.
     */
    public int[] toOriginalSpan(int cleanStart, int cleanEnd) {
        int origStart;
        int origEnd;
        if (cleanEnd <= cleanStart) {
            origStart = cleanStart < text.length() ? toOriginal(cleanStart) : original.length();
            origEnd = origStart;
        } else {
            origStart = toOriginal(cleanStart);
            int last = toOriginal(cleanEnd - 1);
            origEnd = last + 1;
            if (origEnd < original.length() && Character.isHighSurrogate(original.charAt(last))
                    && Character.isLowSurrogate(original.charAt(origEnd))) {
                origEnd++;
            }
        }
        return new int[] {originalCodePoints.toCodePoint(origStart), originalCodePoints.toCodePoint(origEnd)};
    }

    /** The original characters behind a clean span (code points of the original, as reported). */
    public String originalSlice(int cleanStart, int cleanEnd) {
        int[] span = toOriginalSpan(cleanStart, cleanEnd);
        return CodePoints.slice(original, originalCodePoints, span[0], span[1]);
    }

    /**
     * The same characters as {@link #originalSlice}, found without the code-point counts (a non-empty span):
     * for the callers that only read the text.
     */
    public String originalChars(int cleanStart, int cleanEnd) {
        int from = toOriginal(cleanStart);
        int last = toOriginal(cleanEnd - 1);
        int to = last + 1;
        if (to < original.length() && Character.isHighSurrogate(original.charAt(last)) && Character.isLowSurrogate(original.charAt(to))) {
            to++;
        }
        return original.substring(from, to);
    }

    /** Applies one more edit on top of this text: the result still maps to this text's original. */
    public AlignedText then(Edit edit) {
        if (edit.unchanged()) {
            return this;
        }
        int[] sources = edit.sources(); // shared, never written by either
        if (toOriginal == null) {
            return new AlignedText(original, edit.text(), sources, originalCodePoints);
        }
        int[] map = new int[sources.length];
        for (int i = 0; i < map.length; i++) {
            map[i] = toOriginal[sources[i]];
        }
        return new AlignedText(original, edit.text(), map, originalCodePoints);
    }
}
