package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class CutSetsCommandTest {

    @Test
    void jsonListsTheCutSetsOfEveryCustomerFacingService() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "cutsets", "-", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JsonParser.parseString(r.out()).toString())
                .isEqualTo("[{\"target\":\"web\",\"cutSets\":[[\"api\"],[\"db-1\",\"db-2\"]]}]");
    }

    @Test
    void textSaysHowManyOfEachOrderAndListsThem() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "cutsets", "-", "--target", "api", "--order", "3");

        assertThat(r.out()).isEqualTo("""
                api: 0 single points of failure, 1 double fault, 0 triple faults
                  db-1 + db-2
                """);
    }

    @Test
    void orderOneListsOnlySinglePointsOfFailure() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "cutsets", "-", "--order", "1", "--json");

        assertThat(JsonParser.parseString(r.out()).toString())
                .isEqualTo("[{\"target\":\"web\",\"cutSets\":[[\"api\"]]}]");
    }

    @Test
    void anOrderAboveThreeIsBadUsage() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "cutsets", "-", "--order", "4");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "blastmap cutsets: --order must be 1, 2 or 3, was 4 (see blastmap cutsets --help)");
    }

    @Test
    void aTargetThatMatchesNothingIsBadInput() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "cutsets", "-", "--target", "zone:nowhere");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "blastmap cutsets: error: --target zone:nowhere: no service matches zone:nowhere");
    }

    @Test
    void aGraphWithoutCustomerFacingServicesNeedsTargets() {
        CommandRun r = runWithInput("{\"blastmap\": 1, \"services\": [{\"id\": \"a\"}]}", "cutsets", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("blastmap cutsets: error: no service is marked customerFacing;"
                + " name the services to take down with --target");
    }
}
