package dev.blastmap.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffHtmlWriterTest {

    @Test
    void thePageIsSelfContainedAndEscapesEveryName() throws Exception {
        String html = DiffFixtures.written(new DiffHtmlWriter(), DiffFixtures.diff());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<tr class=\"grew\"><td>db-1</td><td>1 → 3</td>");
        assertThat(html).contains("<li>db-1 alone takes down w&lt;e&gt;b|: w&lt;e&gt;b| ← api ← db-1</li>");
        assertThat(html).doesNotContain("<e>").doesNotContain("<script").doesNotContain("http");
    }
}
