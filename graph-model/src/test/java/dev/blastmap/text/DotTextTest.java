package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotTextTest {

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(DotText.quote("a \"b\" \\c\nd")).isEqualTo("\"a \\\"b\\\" \\\\c\nd\"");
    }

    @Test
    void onlyTheNulCharacterCannotBeHeld() {
        assertThat(DotText.canHold("a\u0001\u001b\n")).isTrue();
        assertThat(DotText.canHold("a\u0000")).isFalse();
    }
}
