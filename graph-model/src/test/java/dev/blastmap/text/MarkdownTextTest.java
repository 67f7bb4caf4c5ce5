package dev.blastmap.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void htmlBecomesEntitiesAndMarkdownSyntaxIsEscaped() {
        assertThat(MarkdownText.escape("<b>a|b</b> *x* _y_ [l](u) `c` ~s~ \\"))
                .isEqualTo("&lt;b&gt;a\\|b&lt;/b&gt; \\*x\\* \\_y\\_ \\[l\\](u) \\`c\\` \\~s\\~ \\\\");
    }

    @Test
    void lineBreaksBecomeSpacesSoTableRowsStayWhole() {
        assertThat(MarkdownText.escape("one\r\ntwo\tthree")).isEqualTo("one  two three");
    }

    @Test
    void aParagraphCannotStartAHeadingAQuoteOrAList() {
        assertThat(MarkdownText.paragraph("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownText.paragraph("> not a quote")).isEqualTo("&gt; not a quote");
        assertThat(MarkdownText.paragraph("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.paragraph("12. not a list")).isEqualTo("12\\. not a list");
        assertThat(MarkdownText.paragraph("2025 was a year")).isEqualTo("2025 was a year");
    }
}
