package lexcorpus.resolve.numbers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolesTest {
    @ParameterizedTest
    @ValueSource(strings = {"案号：", "案号", "■案号", "□案号", "◆案号：", "【案号】", "［案号］", "**案号**：", "-案号：", "#案号", "●【案号】"})
    void aLineOpeningWithTheLabelAfterAnyMarksIsA案号Line(String line) {
        assertTrue(Roles.labelled(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "本案案号", "原审案号：", "一、案号", "见案号", "案", "■"})
    void otherLinesAreNot(String line) {
        assertFalse(Roles.labelled(line), line);
    }
}
