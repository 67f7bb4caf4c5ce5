package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String GRAPH = """
            {"blastmap": 1, "name": "Shop",
             "services": [
               {"id": "web", "customerFacing": true, "weight": 10, "dependsOn": ["db"]},
               {"id": "db", "kind": "database", "region": "eu-west-1"}],
             "scenarios": [{"id": "outage", "steps": [{"title": "db dies", "knockOut": ["db"]}]}]}
            """;

    @TempDir
    Path folder;

    private Path graph;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeGraph() throws IOException {
        graph = Files.writeString(folder.resolve("shop.blastmap.json"), GRAPH);
    }

    private int run(String... args) {
        return BlastmapCommand.commandLine(InputStream.nullInputStream(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute(args);
    }

    private String[] errorLines() {
        return err.toString().lines().toArray(String[]::new);
    }

    @Test
    void theExtensionOfOutChoosesTheFormat() throws IOException {
        for (String name : new String[] {"r.html", "r.pdf", "r.md", "r.json", "r.csv"}) {
            Path out = folder.resolve(name);

            assertThat(run("report", graph.toString(), "--knock", "db", "--out", out.toString())).as(name).isZero();

            assertThat(out).isNotEmptyFile();
        }
        assertThat(Files.readString(folder.resolve("r.csv"))).contains("web,web,service,,,,true,10,down,1");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aSelectorKnocksOutAFailureDomain() throws IOException {
        Path out = folder.resolve("r.json");

        assertThat(run("report", graph.toString(), "--knock", "region:eu-west-1", "--out", out.toString(), "--top", "1"))
                .isZero();

        assertThat(Files.readString(out)).contains("\"region:eu-west-1\"").contains("\"down\": 2");
    }

    @Test
    void aScenarioIsReportedStepByStep() throws IOException {
        Path out = folder.resolve("r.md");

        assertThat(run("report", graph.toString(), "--scenario", "outage", "--out", out.toString())).isZero();

        assertThat(Files.readString(out)).contains("## Scenario: outage", "db dies");
    }

    @Test
    void everyProblemWithTheOptionsIsOneLineAndExitsTwo() {
        int code = run("report", graph.toString(), "--scenario", "outage", "--knock", "db", "--out",
                folder.resolve("r.docx").toString(), "--top", "0");

        assertThat(code).isEqualTo(2);
        assertThat(errorLines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("blastmap report: error: "))
                .anySatisfy(l -> assertThat(l).contains("r.docx", ".html, .htm"))
                .anySatisfy(l -> assertThat(l).contains("--scenario and --knock cannot be combined"))
                .anySatisfy(l -> assertThat(l).contains("--top must be at least 1"));
        assertThat(folder.resolve("r.docx")).doesNotExist();
    }

    @Test
    void problemsWithTheOptionsAndTheSelectorsAreAllReportedAtOnce() {
        int code = run("report", graph.toString(), "--knock", "nope", "--out", folder.resolve("r.docx").toString());

        assertThat(code).isEqualTo(2);
        assertThat(errorLines()).hasSize(2).endsWith("blastmap report: error: --knock nope: no service with id 'nope'");
    }

    @Test
    void everySelectorThatNamesNothingIsOneLine() {
        int code = run("report", graph.toString(), "--knock", "nope", "--knock", "zone:z9", "--knock", "db",
                "--out", folder.resolve("r.html").toString());

        assertThat(code).isEqualTo(2);
        assertThat(errorLines()).containsExactly("blastmap report: error: --knock nope: no service with id 'nope'",
                "blastmap report: error: --knock zone:z9: no service matches zone:z9");
        assertThat(folder.resolve("r.html")).doesNotExist();
    }

    @Test
    void aBrokenGraphPrintsItsProblemsWithLines() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.blastmap.json"),
                "{\"blastmap\": 1, \"services\": [{\"id\": \"a\", \"dependsOn\": [\"ghost\"]}]}");

        int code = run("report", broken.toString(), "--out", folder.resolve("r.html").toString());

        assertThat(code).isEqualTo(2);
        assertThat(errorLines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(broken + ":"));
        assertThat(err.toString()).contains("ghost").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingGraphOrScenarioIsBadInput() {
        assertThat(run("report", folder.resolve("none.json").toString(), "--out", "r.html")).isEqualTo(2);
        assertThat(run("report", graph.toString(), "--scenario", "nope", "--out", "r.html")).isEqualTo(2);

        assertThat(errorLines()).containsExactly(folder.resolve("none.json") + ": error: no such file",
                "blastmap report: error: --scenario nope: the graph has no such scenario; it has outage");
    }

    @Test
    void theReportNeverOverwritesTheGraph() throws IOException {
        Path graphAsJson = Files.writeString(folder.resolve("shop.json"), GRAPH);

        int code = run("report", graphAsJson.toString(), "--out", folder.resolve(".").resolve("shop.json").toString());

        assertThat(code).isEqualTo(2);
        assertThat(errorLines()).singleElement().asString().contains("is the graph file");
        assertThat(graphAsJson).hasContent(GRAPH);
    }

    @Test
    void aMissingOutIsBadUsage() {
        assertThat(run("report", graph.toString())).isEqualTo(2);

        assertThat(errorLines()).singleElement().asString().contains("--out");
    }

    @Test
    void theGraphCanComeFromStandardInput() throws IOException {
        Path out = folder.resolve("r.json");
        int code = BlastmapCommand.commandLine(new java.io.ByteArrayInputStream(GRAPH.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("report", "-", "--knock", "db", "--out", out.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(out)).contains("\"name\": \"Shop\"");
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwoWithOneLineLikeEveryCommand() {
        Path out = folder.resolve("missing-folder").resolve("r.html");

        assertThat(run("report", graph.toString(), "--out", out.toString())).isEqualTo(2);

        assertThat(errorLines()).singleElement().asString().isEqualTo(out + ": error: cannot be written: no such folder");
    }

    @Test
    void reportIsACommandLineSubcommand() {
        assertThat(BlastmapCommand.isCommandLine(new String[] {"report", "x.json", "--out", "r.pdf"})).isTrue();
    }
}
