package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.run;
import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String HOLDS = "rules:\n  - maxDown: 3\n  - survive: region:*\n";
    private static final String BROKEN = "rules:\n  - noSinglePointOfFailure: customer-facing\n  - maxDown: 2\n";

    @TempDir
    Path dir;

    @Test
    void aPolicyThatHoldsExitsZeroAndSaysSo() throws Exception {
        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy", CliFixtures.file(dir, "p.yaml", HOLDS));

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("blastmap check: <stdin> (5 services) against " + dir.resolve("p.yaml")
                + ": passed, 2 rules hold\n");
    }

    @Test
    void aBrokenRuleExitsOneAndWritesJunitAndSarifBesideTheReport() throws Exception {
        String graph = CliFixtures.file(dir, "small.blastmap.json", CliFixtures.SMALL);
        Path junit = dir.resolve("junit.xml");
        Path sarif = dir.resolve("out.sarif");

        CommandRun r = run("check", graph, "--policy", CliFixtures.file(dir, "p.yaml", BROKEN), "--format", "md",
                "--junit", junit.toString(), "--sarif", sarif.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("### ❌ Blastmap resilience check: FAILED: 1 of 2 rules broken, 1 failure");
        assertThat(r.out()).contains("- web goes down when api alone is lost");
        assertThat(Files.readString(junit, StandardCharsets.UTF_8)).contains("<testcase classname=\"blastmap."
                + "noSinglePointOfFailure\" name=\"web\" time=\"0\">");
        JsonObject log = JsonParser.parseString(Files.readString(sarif, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")).hasSize(1);
    }

    @Test
    void sarifOnStandardOutputReplacesTheReport() throws Exception {
        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy",
                CliFixtures.file(dir, "p.yaml", BROKEN), "--sarif", "-");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(JsonParser.parseString(r.out()).getAsJsonObject().get("version").getAsString()).isEqualTo("2.1.0");
    }

    @Test
    void theJsonReportIsTheDocumentedShape() throws Exception {
        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy",
                CliFixtures.file(dir, "p.yaml", BROKEN), "--format", "json");

        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(root.get("blastmapCheck").getAsInt()).isEqualTo(1);
        assertThat(root.get("passed").getAsBoolean()).isFalse();
    }

    @Test
    void problemsInTheGraphAndThePolicyAreAllReportedWithTheirLinesAndExitTwo() throws Exception {
        String policy = CliFixtures.file(dir, "p.yaml", "rules:\n  - maxDwn: 3\n  - survive: zone:*\n");
        String graph = CliFixtures.file(dir, "bad.blastmap.json", "{\"blastmap\": 1, \"services\": [{\"id\": 3}]}");

        CommandRun r = run("check", graph, "--policy", policy);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).anySatisfy(line -> assertThat(line).startsWith(graph + ":1:"));
        assertThat(r.errLines()).contains(policy + ":2:5: error: unknown rule or setting 'maxDwn'; did you mean "
                + "'maxDown'?; known: maxDown, maxWeighted, noSinglePointOfFailure, survive, noCommonCause, "
                + "maxCutSetsOrder2, id, severity, except");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theDoubleFaultRulesAreCheckedWithTheAuditAndTheCutSets() throws Exception {
        // SMALL: api needs either database, and nothing else takes both down; web falls when both fail together.
        String policy = CliFixtures.file(dir, "p.yaml", "rules:\n  - noCommonCause: true\n  - maxCutSetsOrder2: 0\n");

        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy", policy, "--format", "json");

        assertThat(r.exitCode()).isEqualTo(1);
        var outcomes = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("rules");
        assertThat(outcomes.get(0).getAsJsonObject().get("passed").getAsBoolean()).isTrue();
        assertThat(outcomes.get(1).getAsJsonObject().get("passed").getAsBoolean()).isFalse();
        assertThat(outcomes.get(1).toString())
                .contains("1 pair of services takes down a customer-facing service together, more than the 0 allowed");
    }

    @Test
    void aSelectorThatMatchesNothingInTheGraphExitsTwo() throws Exception {
        String policy = CliFixtures.file(dir, "p.yaml", "rules:\n  - survive: zone:*\n");

        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy", policy);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(policy + ":2:5: error: survive: zone:* matches no service of the "
                + "graph; check the spelling, or remove the rule");
    }

    @Test
    void outputsThatWouldOverwriteAnInputOrShareStandardOutputAreRefusedBeforeAnythingIsWritten() throws Exception {
        String graph = CliFixtures.file(dir, "small.blastmap.json", CliFixtures.SMALL);
        String policy = CliFixtures.file(dir, "p.yaml", BROKEN);

        CommandRun r = run("check", graph, "--policy", policy, "--junit", graph, "--sarif", "-", "-o", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "blastmap check: error: --junit " + graph + " is an input file; writing it would overwrite it",
                "blastmap check: error: only one output can go to standard output (-), and --output, --sarif ask "
                        + "for it; give the others a file");
        assertThat(Files.readString(Path.of(graph), StandardCharsets.UTF_8)).isEqualTo(CliFixtures.SMALL);
    }

    @Test
    void anUnwritableOutputIsBadInputWithoutAStackTrace() throws Exception {
        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy",
                CliFixtures.file(dir, "p.yaml", HOLDS), "--junit", dir.resolve("missing/junit.xml").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("blastmap check: error: --junit ")
                .contains("no such folder");
    }

    @Test
    void theExamplePolicyOfTheDocsFindsTheExampleShopsSinglePointsOfFailure() {
        CommandRun r = run("check", CliFixtures.SHOP.toString(), "--policy",
                CliFixtures.SHOP.resolveSibling("resilience.yaml").toString(), "--format", "md");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("| ❌ | `no-spof` | error |", "- checkout goes down when any one of 2 services "
                + "is lost: auth, payments", "- web goes down when any one of 2 services is lost: catalog, lb");
    }

    @Test
    void anUnknownFormatIsBadUsage() throws Exception {
        CommandRun r = runWithInput(CliFixtures.SMALL, "check", "-", "--policy",
                CliFixtures.file(dir, "p.yaml", HOLDS), "--format", "xml");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("blastmap check: Invalid value for option "
                + "'--format'");
    }
}
