package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.run;
import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static String compact(String json) {
        return JsonParser.parseString(json).toString();
    }

    @Test
    void jsonOutputHasExactlyTheDocumentedShape() throws Exception {
        CommandRun r = run("analyze", CliFixtures.file(dir, "small.blastmap.json", CliFixtures.SMALL),
                "--knock", "db-1", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(compact(r.out())).isEqualTo("{\"knockedOut\":[\"db-1\"],"
                + "\"down\":[{\"id\":\"db-1\",\"wave\":0,\"time\":0,\"cause\":null},"
                + "{\"id\":\"recs\",\"wave\":1,\"time\":0,\"cause\":{\"dependency\":\"db-1\"}}],"
                + "\"degraded\":[\"api\",\"web\"],"
                + "\"impact\":{\"down\":2,\"collateral\":1,\"weighted\":2,\"customerFacingDown\":[]}}");
    }

    @Test
    void delaysAppearAsSecondsAndWavesCountHops() {
        CommandRun r = run("analyze", CliFixtures.SHOP.toString(), "-k", "dns", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(compact(r.out())).contains(
                "{\"id\":\"web\",\"wave\":2,\"time\":0,\"cause\":{\"dependency\":\"lb\"}}",
                "{\"id\":\"auth\",\"wave\":1,\"time\":600,\"cause\":{\"dependency\":\"dns\"}}",
                "\"impact\":{\"down\":5,\"collateral\":4,\"weighted\":18,\"customerFacingDown\":[\"checkout\",\"web\"]}");
    }

    @Test
    void selectorsKnockOutWholeFailureDomains() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "analyze", "-", "--knock", "kind:database", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(compact(r.out())).startsWith("{\"knockedOut\":[\"db-1\",\"db-2\"],")
                .endsWith("\"impact\":{\"down\":5,\"collateral\":3,\"weighted\":6.5,\"customerFacingDown\":[\"web\"]}}");
    }

    @Test
    void textOutputIsATableOfWavesThenDegradedThenImpact() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "analyze", "-", "--knock", "db-1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                Knocked out: db-1

                Down (2), in the order the failure spreads:
                  WAVE  TIME  SERVICE  CAUSE
                     0    0s  db-1     knocked out
                     1    0s  recs     needs db-1

                Degraded (2): api, web

                Impact:
                  MEASURE               VALUE
                  down                  2
                  collateral            1
                  weighted              2
                  customer-facing down  none
                """);
    }

    @Test
    void withoutAnythingToKnockOutItSaysSoAndExitsWith2() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "analyze", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "blastmap analyze: Missing required option: '--knock=ID|SELECTOR' (see blastmap analyze --help)");
    }

    @Test
    void anUnknownIdOrAnEmptyDomainIsNamedAndExitsWith2() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "analyze", "-", "-k", "nope", "-k", "api", "-k", "zone:moon");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                "blastmap analyze: error: --knock nope: no service with id 'nope'",
                "blastmap analyze: error: --knock zone:moon: no service matches zone:moon");
    }

    @Test
    void aBadGraphPrintsOneLinePerProblemAndExitsWith2() throws Exception {
        String bad = CliFixtures.file(dir, "bad.blastmap.json", """
                {"blastmap": 1, "services": [
                  {"id": "a", "dependsOn": ["b", "a"]},
                  {"id": "a", "weight": -1}
                ]}
                """);

        CommandRun r = run("analyze", bad, "--knock", "a");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly(
                bad + ":2:29: error: unknown service \"b\" (at $.services[0].dependsOn[0])",
                bad + ":2:34: error: \"a\" depends on itself (at $.services[0].dependsOn[1])",
                bad + ":3:10: error: the service id \"a\" is already used at line 2 (at $.services[1].id)",
                bad + ":3:25: error: \"weight\" must be a number of at least 0, found -1 (at $.services[1].weight)");
    }

    @Test
    void helpAndVersionWork() {
        CommandRun help = run("analyze", "--help");
        CommandRun version = run("analyze", "--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: blastmap analyze", "--knock=ID|SELECTOR", "--json", "region:R");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("blastmap ");
    }

    @Test
    void idsWithEscapeSequencesAndLineBreaksArePrintedInert() throws Exception {
        String graph = """
                {"blastmap": 1, "services": [
  {"id": "db\\u001b]0;pwned\\u0007\\u001b[2J", "dependsOn": []},
  {"id": "web\\nFAKE LINE\\u202e", "dependsOn": ["db\\u001b]0;pwned\\u0007\\u001b[2J"]}]}
                """;
        CommandRun r = run("analyze", CliFixtures.file(dir, "evil.blastmap.json", graph), "--knock",
                "db\u001b]0;pwned\u0007\u001b[2J");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u202e", "\nFAKE").contains("db\\x1b]0;pwned\\x07",
                "web\\x0aFAKE LINE\\u202e");
    }

    @Test
    void aNamedPipeAsTheGraphArgumentIsReadLikeAFile() throws Exception {
        Path fifo = dir.resolve("graph-pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                java.nio.file.Files.writeString(fifo, CliFixtures.SMALL);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CommandRun r = run("analyze", fifo.toString(), "--knock", "db-1", "--json");
        writer.join();

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(compact(r.out())).startsWith("{\"knockedOut\":[\"db-1\"]");
    }
}
