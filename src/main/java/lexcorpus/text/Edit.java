package lexcorpus.text;

import java.util.Arrays;

/**
 * The result of one normalization step: the new text and, for each of its chars, the index of the
 * char of the step's input it came from. Built with {@link Builder}.
 */
public final class Edit {
    private final String text;
    private final int[] source; // null: the step changed nothing

    private Edit(String text, int[] source) {
        this.text = text;
        this.source = source;
    }

    public String text() {
        return text;
    }

    /** The step left its input as it was: every char stands for itself. */
    boolean unchanged() {
        return source == null;
    }

    /** The input index of each char of the text (the edit must not be unchanged); read-only. */
    int[] sources() {
        return source;
    }

    /** Accumulates kept, folded and replaced chars with their input positions. Not thread-safe. */
    public static final class Builder {
        private final String input;
        private char[] chars;
        private int[] source;
        private int length;
        private boolean changed;

        public Builder(String input) {
            this.input = input;
            int capacity = Math.max(16, input.length());
            chars = new char[capacity];
            source = new int[capacity];
        }

        /** Appends {@code c}, standing for the input char at {@code from}. */
        public Builder append(char c, int from) {
            if (length == chars.length) {
                grow(length + 1);
            }
            changed |= from != length || c != input.charAt(from);
            chars[length] = c;
            source[length] = from;
            length++;
            return this;
        }

        /** Copies input chars [from, to) unchanged. */
        public Builder copy(int from, int to) {
            int n = to - from;
            if (length + n > chars.length) {
                grow(length + n);
            }
            changed |= from != length;
            input.getChars(from, to, chars, length);
            for (int i = 0; i < n; i++) {
                source[length + i] = from + i;
            }
            length += n;
            return this;
        }

        private void grow(int min) {
            int capacity = Math.max(min, chars.length * 2);
            chars = Arrays.copyOf(chars, capacity);
            source = Arrays.copyOf(source, capacity);
        }

        public Edit build() {
            if (!changed && length == input.length()) {
                return new Edit(input, null);
            }
            return new Edit(new String(chars, 0, length), Arrays.copyOf(source, length));
        }
    }
}
