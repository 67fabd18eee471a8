package lexcorpus.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import lexcorpus.io.Json;
import org.junit.jupiter.api.Test;

/** Records put in id order: the same bytes whether kept in memory (across its 1 MB chunks) or spilled to a file. */
class DocumentOrderTest {
    private static byte[] ordered(long inMemory, boolean[] spilled) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesWriter target = new JsonLinesWriter(out);
        try (DocumentOrder order = new DocumentOrder(target, inMemory)) {
            for (int d = 299; d >= 0; d--) {
                ObjectNode r = Json.mapper().createObjectNode();
                r.put("doc", String.format("d%03d", d));
                r.put("text", "长".repeat(3000 + d)); // about 10 KB a record: 3 MB in all, across chunks
                order.add(String.format("d%03d", d), List.of(r, r));
            }
            order.drain();
            spilled[0] = order.spilled();
        }
        return out.toByteArray();
    }

    @Test
    void inMemoryAndSpilledGiveTheSameBytesInIdOrder() throws IOException {
        boolean[] spilled = new boolean[1];
        byte[] memory = ordered(64L << 20, spilled);
        assertFalse(spilled[0]);
        byte[] file = ordered(1 << 20, spilled);
        assertTrue(spilled[0]);
        assertArrayEquals(memory, file);
        List<String> lines = new String(memory, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(600, lines.size());
        assertTrue(lines.get(0).startsWith("{\"doc\":\"d000\""));
        assertTrue(lines.get(599).startsWith("{\"doc\":\"d299\""));
    }
}
