package lexcorpus.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import lexcorpus.io.Json;

/**
 * The document records a corpus already holds, indexed by id (offset and length in the file), so an
 * incremental ingest copies unchanged records without holding them in memory. Reads are synchronized.
 */
final class StoredDocuments implements AutoCloseable {
    private final Map<String, long[]> index;
    private final RandomAccessFile file;

    private StoredDocuments(Map<String, long[]> index, RandomAccessFile file) {
        this.index = index;
        this.file = file;
    }

    static StoredDocuments index(Path p) throws IOException {
        Map<String, long[]> index = new HashMap<>();
        if (!Files.exists(p)) {
            return new StoredDocuments(index, null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
            long offset = 0;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            int lineNo = 0;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    if (line.size() > 0) {
                        lineNo++;
                        byte[] bytes = line.toByteArray();
                        String id = idOf(bytes);
                        if (id == null) {
                            throw new LexcorpusException(p + ":" + lineNo + ": not a document record (corpus damaged; run ingest with --force)",
                                    ExitCodes.FATAL);
                        }
                        index.put(id, new long[] {offset, bytes.length});
                    }
                    offset += line.size() + 1;
                    line.reset();
                    if (b == -1) {
                        break;
                    }
                } else {
                    line.write(b);
                }
            }
        }
        return new StoredDocuments(index, new RandomAccessFile(p.toFile(), "r"));
    }

    /** The id of a record, read without parsing the rest of it. */
    private static String idOf(byte[] line) {
        try (JsonParser p = Json.mapper().getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("id")) {
                    return p.getValueAsString();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    Set<String> ids() {
        return index.keySet();
    }

    synchronized String line(String id) {
        long[] at = index.get(id);
        try {
            byte[] bytes = new byte[(int) at[1]];
            file.seek(at[0]);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LexcorpusException("cannot read the corpus documents: " + e.getMessage(), ExitCodes.FATAL, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
