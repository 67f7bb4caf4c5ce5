package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(EditDistance.between("analyse", "analyze")).isEqualTo(1);
        assertThat(EditDistance.between("--knok", "--knock")).isEqualTo(1);
        assertThat(EditDistance.between("maxDwon", "maxDown")).isEqualTo(2);
        assertThat(EditDistance.between("rank", "rank")).isZero();
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }
}
