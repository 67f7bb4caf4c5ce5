package dev.blastmap.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckMarkdownWriterTest {

    @Test
    void theCommentStartsWithAMarkerAndAVerdictAndTabulatesTheRules() throws Exception {
        String md = CheckFixtures.written(new CheckMarkdownWriter(), CheckFixtures.result());

        assertThat(md).startsWith(CheckMarkdownWriter.MARKER + "\n### ❌ Blastmap resilience check: FAILED: 3 of 4 "
                + "rules broken, 4 failures\n");
        assertThat(md).contains("| ❌ | `maxDown` | error | no single service's loss takes down more than 2 services "
                + "| 1 of 6 checked break it |");
        assertThat(md).contains("| ✅ | `maxWeighted` |");
        assertThat(md).contains("| ⚠️ | `survive` | warning |");
    }

    @Test
    void namesFromTheGraphAreEscapedSoTheyCannotBreakTheCommentOrInjectHtml() throws Exception {
        String md = CheckFixtures.written(new CheckMarkdownWriter(), CheckFixtures.result());

        assertThat(md).contains("- check&lt;out&gt; goes down when any one of 2 services is lost: api, db");
        assertThat(md).contains("  - `check<out> ← api ← db`");
        assertThat(md).contains("search\\|x");
        assertThat(md).doesNotContain("<out>  ").doesNotContain("- check<out>");
    }
}
