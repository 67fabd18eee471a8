package lexcorpus.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the project: raw UTF-8 (no \\uXXXX escapes), stable field order; a
 * string as long as a record may be (Limits); a second value after the first is an error, not ignored.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    // a string may be as long as a record (Limits); Jackson's default stops at 20 M chars, below what ingest writes
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxStringLength(Limits.MAX_RECORD_BYTES).build())
                    .build())
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * A record with U+2028 and U+2029 written as the escapes {@code \u2028} and {@code \u2029}: they are
     * valid raw in JSON, but consumers that split lines on them (JavaScript, many line readers) would cut the
     * record. In valid JSON they can only stand inside a string, so their UTF-8 bytes are replaced where
     * found; returns the same array when there is none.
     */
    public static byte[] separatorsEscaped(byte[] json) {
        return separatorsEscaped(json, json.length);
    }

    /**
     * As {@link #separatorsEscaped(byte[])}, over the first {@code len} bytes: {@code json} itself when there
     * is none (its first {@code len} bytes are meant), else a new array of the escaped bytes, all of it meant.
     */
    public static byte[] separatorsEscaped(byte[] json, int len) {
        int count = 0;
        for (int i = 0; i + 2 < len; i++) {
            if (json[i] == (byte) 0xE2 && json[i + 1] == (byte) 0x80 && (json[i + 2] == (byte) 0xA8 || json[i + 2] == (byte) 0xA9)) {
                count++;
            }
        }
        if (count == 0) {
            return json;
        }
        byte[] out = new byte[len + 3 * count];
        int o = 0;
        for (int i = 0; i < len; i++) {
            if (i + 2 < len && json[i] == (byte) 0xE2 && json[i + 1] == (byte) 0x80 && (json[i + 2] == (byte) 0xA8 || json[i + 2] == (byte) 0xA9)) {
                out[o++] = '\\';
                out[o++] = 'u';
                out[o++] = '2';
                out[o++] = '0';
                out[o++] = '2';
                out[o++] = json[i + 2] == (byte) 0xA8 ? (byte) '8' : (byte) '9';
                i += 2;
            } else {
                out[o++] = json[i];
            }
        }
        return out;
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
