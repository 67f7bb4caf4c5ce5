package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void textIsQuotedCutShortAndShowsItsControlCharacters() {
        assertThat(MessageText.quoted("db")).isEqualTo("\"db\"");
        assertThat(MessageText.quoted("a\u001bb")).isEqualTo("\"a\\x1bb\"");
        assertThat(MessageText.quoted("x".repeat(100))).isEqualTo("\"" + "x".repeat(40) + "…\"");
    }
}
