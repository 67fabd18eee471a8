package lexcorpus.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import lexcorpus.io.Json;

/**
 * The records a documents file holds, read line by line when the file cannot be taken on its manifest's word
 * (it changed since it was written, or the manifest is missing, damaged or of an earlier release): where each
 * record is, what input it belongs to, its checksum, and the lines that are not records at all. A line is
 * read up to the fields that say what it is (id, part, sha256: the first of a record); the rest is only
 * checksummed, so this costs one pass over the file.
 */
final class StoredRecords {
    /** A record line: bytes [offset, offset + length) of the file, without the line break. */
    record Line(String id, String input, int part, String sha256, long offset, long length, String checksum) {
    }

    /** A line that is not a document record, by its number (from 1). */
    record Damage(long line, String reason) {
    }

    private static final int HEAD = 64 * 1024;

    final Map<String, Line> byId = new LinkedHashMap<>();
    final List<Damage> damaged = new ArrayList<>();

    static StoredRecords scan(Path file) throws IOException {
        StoredRecords s = new StoredRecords();
        if (!Files.exists(file)) {
            return s;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            byte[] head = new byte[HEAD];
            int headLen = 0;
            long lineStart = 0;
            long pos = 0;
            long lineNo = 0;
            CRC32C c = new CRC32C();
            CRC32 d = new CRC32();
            byte last = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    int len = i - from;
                    c.update(buf, from, len);
                    d.update(buf, from, len);
                    int take = Math.min(len, HEAD - headLen);
                    System.arraycopy(buf, from, head, headLen, take);
                    headLen += take;
                    if (len > 0) {
                        last = buf[i - 1];
                    }
                    lineNo++;
                    s.add(head, headLen, lineStart, pos + i - lineStart, last, String.format(java.util.Locale.ROOT, "%08x%08x", c.getValue(), d.getValue()), lineNo);
                    c.reset();
                    d.reset();
                    headLen = 0;
                    last = 0;
                    from = i + 1;
                    lineStart = pos + i + 1;
                }
                int len = n - from;
                c.update(buf, from, len);
                d.update(buf, from, len);
                int take = Math.min(len, HEAD - headLen);
                System.arraycopy(buf, from, head, headLen, take);
                headLen += take;
                if (len > 0) {
                    last = buf[n - 1];
                }
                pos += n;
            }
            if (pos > lineStart) {
                s.damaged.add(new Damage(lineNo + 1, "the last line is cut off (no line break)"));
            }
        }
        return s;
    }

    private void add(byte[] head, int headLen, long offset, long length, byte last, String checksum, long lineNo) {
        if (length == 0) {
            damaged.add(new Damage(lineNo, "an empty line"));
            return;
        }
        if (last != '}') {
            damaged.add(new Damage(lineNo, "not a document record (cut off)"));
            return;
        }
        String id = null;
        String of = null;
        int part = 0;
        String sha = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(head, 0, headLen)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                damaged.add(new Damage(lineNo, "not a document record"));
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("id") && t == JsonToken.VALUE_STRING) {
                    id = p.getText();
                } else if (name.equals("sha256") && t == JsonToken.VALUE_STRING) {
                    sha = p.getText();
                } else if (name.equals("part") && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("of")) {
                            of = p.getValueAsString();
                        } else if (f.equals("index")) {
                            part = p.getValueAsInt();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if (name.equals("schema") || name.equals("encoding")) {
                    p.skipChildren();
                } else {
                    break; // the fields that say what a record is come first
                }
            }
        } catch (IOException e) {
            damaged.add(new Damage(lineNo, "not a document record"));
            return;
        }
        if (id == null) {
            damaged.add(new Damage(lineNo, "a record without an id"));
            return;
        }
        if (byId.containsKey(id)) {
            damaged.add(new Damage(lineNo, "a second record with the id " + id));
            return;
        }
        byId.put(id, new Line(id, of != null ? of : id, of != null ? part : 0, sha, offset, length, checksum));
    }
}
