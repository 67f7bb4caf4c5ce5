package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainNumberTest {

    @Test
    void integersHaveNoFractionAndOthersPrintAsJavaDoes() {
        assertThat(PlainNumber.of(3)).isEqualTo("3");
        assertThat(PlainNumber.of(2.5)).isEqualTo("2.5");
        assertThat(PlainNumber.of(1e20)).isEqualTo("1.0E20");
    }
}
