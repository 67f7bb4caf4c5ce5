package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GsonLocationTest {

    @Test
    void aGsonMessageGivesItsWordsLineColumnAndPath() {
        GsonLocation at = GsonLocation.of("Unterminated object at line 3 column 14 path $.services[2].id");
        assertThat(at).isEqualTo(new GsonLocation("Unterminated object", 3, 14, "$.services[2].id"));
    }

    @Test
    void aReadersDescriptionWithoutAPathGivesLineAndColumn() {
        assertThat(GsonLocation.of("JsonReader at line 7 column 2")).isEqualTo(new GsonLocation("JsonReader", 7, 2, ""));
    }

    @Test
    void aMessageWithoutALocationIsLineZeroAndAnAbsurdNumberIsNotACrash() {
        assertThat(GsonLocation.of("End of input")).isEqualTo(new GsonLocation("End of input", 0, 0, ""));
        assertThat(GsonLocation.of(null).line()).isZero();
        assertThat(GsonLocation.of("x at line 99999999999 column 1").line()).isZero();
    }
}
