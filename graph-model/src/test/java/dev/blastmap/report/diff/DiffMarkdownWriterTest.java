package dev.blastmap.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffMarkdownWriterTest {

    @Test
    void theCommentLeadsWithNewSinglePointsOfFailureAndEscapesNames() throws Exception {
        String md = DiffFixtures.written(new DiffMarkdownWriter(), DiffFixtures.diff());

        assertThat(md).startsWith(DiffMarkdownWriter.MARKER + "\n### ⚠️ Blastmap: what this change does to the "
                + "blast radius\n");
        assertThat(md).contains("- **db-1** alone takes down **w&lt;e&gt;b\\|**: `w<e>b| ← api ← db-1`");
        assertThat(md).contains("| 🔺 db-1 | 1 → 3 | 1 → 3 | none → w&lt;e&gt;b\\| | 0 |");
        assertThat(md).doesNotContain("<e>b|*");
    }
}
