package lexcorpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PartsCutTest {
    @Test
    void aPartEndsAfterItsLastLineBreak() {
        byte[] b = "第一条\n第二条\n第三".getBytes(StandardCharsets.UTF_8);
        assertEquals("第一条\n第二条\n".getBytes(StandardCharsets.UTF_8).length, Parts.cut(b));
    }

    @Test
    void withoutALineBreakItEndsAfterASpaceOrCommaWhichNoCharacterHolds() {
        byte[] gb = "人民法院 判决书,二〇二四年".getBytes(Charset.forName("GB18030"));
        assertEquals("人民法院 判决书,".getBytes(Charset.forName("GB18030")).length, Parts.cut(gb));
    }

    @Test
    void withNeitherItEndsBeforeTheLastUtf8Character() {
        byte[] b = "人民法院判决".getBytes(StandardCharsets.UTF_8);
        assertEquals("人民法院判".getBytes(StandardCharsets.UTF_8).length, Parts.cut(b));
        assertEquals(0, Parts.cut(new byte[] {(byte) 0x80, (byte) 0x80}));
    }
}
