package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void escapeSequencesBellsNulsAndLineBreaksBecomeVisible() {
        assertThat(TerminalText.escape("a\u001b[31mred\u0007\u0000\nfake line\r"))
                .isEqualTo("a\\x1b[31mred\\x07\\x00\\x0afake line\\x0d");
    }

    @Test
    void eightBitControlsAndBidirectionalOverridesBecomeVisible() {
        assertThat(TerminalText.escape("x\u009b2J\u202Eevil\u2066")).isEqualTo("x\\x9b2J\\u202eevil\\u2066");
    }

    @Test
    void ordinaryTextIsReturnedAsItIs() {
        String text = "payments-api 東京 😀";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }
}
