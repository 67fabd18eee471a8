package lexcorpus.text;

/**
 * The result of one normalization step: the new text and, for each of its chars, the index of the
 * char of the step's input it came from. Built with {@link Builder}.
 */
public final class Edit {
    private final String text;
    private final int[] source;

    private Edit(String text, int[] source) {
        this.text = text;
        this.source = source;
    }

    public String text() {
        return text;
    }

    int source(int i) {
        return source[i];
    }

    /** Accumulates kept, folded and replaced chars with their input positions. Not thread-safe. */
    public static final class Builder {
        private final StringBuilder sb;
        private int[] source;

        public Builder(int capacity) {
            sb = new StringBuilder(capacity);
            source = new int[Math.max(16, capacity)];
        }

        /** Appends {@code c}, standing for the input char at {@code from}. */
        public Builder append(char c, int from) {
            if (sb.length() == source.length) {
                source = java.util.Arrays.copyOf(source, source.length * 2);
            }
            source[sb.length()] = from;
            sb.append(c);
            return this;
        }

        /** Copies input chars [from, to) unchanged. */
        public Builder copy(CharSequence input, int from, int to) {
            for (int i = from; i < to; i++) {
                append(input.charAt(i), i);
            }
            return this;
        }

        public Edit build() {
            return new Edit(sb.toString(), java.util.Arrays.copyOf(source, sb.length()));
        }
    }
}
