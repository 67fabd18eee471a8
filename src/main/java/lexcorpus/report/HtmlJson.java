package lexcorpus.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import lexcorpus.io.Json;

/**
 * JSON that can stand inside a {@code <script type="application/json">} element: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c} …, so that no text of a document can close the element or open a
 * comment in it; the JSON reads back the same.
 */
final class HtmlJson {
    private static final ObjectWriter WRITER = Json.mapper().writer().with(new Escapes());

    private HtmlJson() {
    }

    static byte[] bytes(JsonNode node) throws IOException {
        return WRITER.writeValueAsBytes(node);
    }

    static String string(JsonNode node) throws IOException {
        return WRITER.writeValueAsString(node);
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] table;

        Escapes() {
            table = CharacterEscapes.standardAsciiEscapesForJSON();
            table['<'] = CharacterEscapes.ESCAPE_CUSTOM;
            table['>'] = CharacterEscapes.ESCAPE_CUSTOM;
            table['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                default -> null;
            };
        }
    }
}
