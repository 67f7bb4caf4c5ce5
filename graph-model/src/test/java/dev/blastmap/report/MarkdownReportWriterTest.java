package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private static String markdown(Report report, String pictureFile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportWriter(pictureFile).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Pipes that end a cell, as GitHub counts them: not preceded by a backslash. */
    private static int cellBorders(String row) {
        return row.replace("\\|", "").length() - row.replace("\\|", "").replace("|", "").length();
    }

    @Test
    void aReportOfAGraphWithAvailabilitiesMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-availability.md", markdown(ReportFixtures.shopAvailabilityReport(), null));
    }

    @Test
    void aSampledFixFirstListSaysWhereItsFiguresComeFromAndGivesBirnbaumIntervals() throws IOException {
        String md = markdown(ReportFixtures.sampledAvailabilityReport(), null);

        assertThat(md).contains("Fix first for web (estimated from 1,000,000 sampled scenarios; Birnbaum with its"
                + " 95% interval):");
        assertThat(md).containsPattern("\\| r2 \\| 80\\.00% \\| [0-9.]+% \\| 0\\.[0-9]+ \\(0\\.[0-9]+–0\\.[0-9]+\\) \\|");
    }

    @Test
    void aKnockoutReportMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-knockout.md", markdown(ReportFixtures.shopReport(), "shop-knockout.svg"));
    }

    @Test
    void aScenarioReportMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-scenario.md", markdown(ReportFixtures.shopScenarioReport(), null));
    }

    @Test
    void thePictureIsASiblingFileOrANote() throws IOException {
        assertThat(markdown(ReportFixtures.shopReport(), "incident 42.svg"))
                .contains("](incident%2042.svg)");
        assertThat(markdown(ReportFixtures.shopReport(), null))
                .contains("_The picture of the graph is in the HTML and PDF reports").doesNotContain(".svg)");
    }

    @Test
    void hostileNamesStayTextAndKeepTablesWhole() throws IOException {
        String md = markdown(ReportFixtures.hostileReport(), null);

        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("[link](")
                .contains("# Blast radius: &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("\\| broken \\| table \\|")
                .contains("=HYPERLINK(\"http://x\",\"y\")")
                .contains("- javascript:alert(1)");
        int tables = 0;
        int borders = -1;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                borders = -1;
            } else if (borders < 0) {
                borders = cellBorders(line);
                tables++;
            } else {
                assertThat(cellBorders(line)).as(line).isEqualTo(borders);
            }
        }
        assertThat(tables).as("impact, spread, ranking, double faults, recovery").isEqualTo(5);
    }

    @Test
    void anEmptyGraphMakesAShortReportWithoutEmptyTables() throws IOException {
        Report report = Report.of(dev.blastmap.model.Graph.of(), java.util.List.of(), ReportFixtures.SETTINGS);

        assertThat(markdown(report, null)).contains("# Blast radius: Untitled graph", "No service is down.",
                "The graph has no services.").doesNotContain("| # | Service");
    }
}
