package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.run;
import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class RankCommandTest {

    private static final String API = "{\"id\":\"api\",\"down\":2,\"collateral\":1,\"weighted\":3.5,"
            + "\"customerFacingDown\":[\"web\"]}";
    private static final String WEB = "{\"id\":\"web\",\"down\":1,\"collateral\":0,\"weighted\":2.5,"
            + "\"customerFacingDown\":[\"web\"]}";

    @Test
    void jsonOutputListsEveryServiceWorstFirst() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JsonParser.parseString(r.out()).toString()).isEqualTo("[" + API + "," + WEB + ","
                + "{\"id\":\"db-1\",\"down\":2,\"collateral\":1,\"weighted\":2,\"customerFacingDown\":[]},"
                + "{\"id\":\"db-2\",\"down\":1,\"collateral\":0,\"weighted\":1,\"customerFacingDown\":[]},"
                + "{\"id\":\"recs\",\"down\":1,\"collateral\":0,\"weighted\":1,\"customerFacingDown\":[]}]");
    }

    @Test
    void topKeepsOnlyTheWorst() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "--top", "2", "--json");

        assertThat(JsonParser.parseString(r.out()).toString()).isEqualTo("[" + API + "," + WEB + "]");
    }

    @Test
    void textOutputIsATable() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "-n", "3");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                  RANK  SERVICE  WEIGHTED  DOWN  COLLATERAL  CUSTOMER-FACING DOWN
                     1  api           3.5     2           1  web
                     2  web           2.5     1           0  web
                     3  db-1            2     2           1  -
                """);
    }

    @Test
    void centralityAddsBothHeuristicsToTheJsonWithoutChangingTheRanking() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "--top", "2", "--json", "--centrality");

        assertThat(r.exitCode()).isZero();
        var rows = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo("api");
        for (var row : rows) {
            double betweenness = row.getAsJsonObject().get("betweenness").getAsDouble();
            double pageRank = row.getAsJsonObject().get("pageRank").getAsDouble();
            assertThat(betweenness).isBetween(0.0, 1.0);
            assertThat(pageRank).isGreaterThan(0.0).isLessThan(1.0);
        }
        // web depends on api, which depends on the databases: api sits between them, web sits between nothing.
        assertThat(rows.get(0).getAsJsonObject().get("betweenness").getAsDouble()).isGreaterThan(0.0);
        assertThat(rows.get(1).getAsJsonObject().get("betweenness").getAsDouble()).isZero();
    }

    @Test
    void centralityColumnsAreMarkedAsHeuristicsInTheTable() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "-n", "1", "--centrality");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("BETWEENNESS*", "PAGERANK*");
        assertThat(r.out()).contains("* structural heuristics (JGraphT)");
    }

    @Test
    void aTopBelowOneIsBadUsage() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "rank", "-", "--top", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("blastmap rank: --top must be at least 1, was 0 (see blastmap rank --help)");
    }

    @Test
    void rankReadsTheExampleFile() {
        CommandRun r = run("rank", CliFixtures.SHOP.toString(), "--top", "1", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(JsonParser.parseString(r.out()).getAsJsonArray()).hasSize(1);
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("rank", "--help").out()).contains("Usage: blastmap rank", "--top=N");
        assertThat(run("rank", "-V").out()).startsWith("blastmap ");
    }

    @Test
    void idsWithEscapeSequencesArePrintedInert(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String graph = """
                {"blastmap": 1, "services": [
  {"id": "db\\u001b]0;pwned\\u0007\\u001b[2J", "dependsOn": []},
  {"id": "web\\nFAKE LINE\\u202e", "dependsOn": ["db\\u001b]0;pwned\\u0007\\u001b[2J"]}]}
                """;
        CommandRun r = run("rank", CliFixtures.file(dir, "evil.blastmap.json", graph));

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u001b", "\u0007").contains("db\\x1b]0;pwned\\x07\\x1b[2J");
    }
}
