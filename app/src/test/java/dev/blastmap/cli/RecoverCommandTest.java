package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class RecoverCommandTest {

    @Test
    void jsonListsTheStepsWithWhatComesBack() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "recover", "-", "--knock", "api", "--knock", "db-1",
                "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JsonParser.parseString(r.out()).toString()).isEqualTo("{\"knockedOut\":[\"api\",\"db-1\"],"
                + "\"optimal\":true,\"customerFacingWeightDown\":2.5,\"steps\":["
                + "{\"restore\":\"api\",\"upAgain\":[\"api\",\"web\"],\"customerFacingWeightUp\":2.5,"
                + "\"customerFacingWeightDown\":0,\"weightDown\":2},"
                + "{\"restore\":\"db-1\",\"upAgain\":[\"db-1\",\"recs\"],\"customerFacingWeightUp\":0,"
                + "\"customerFacingWeightDown\":0,\"weightDown\":0}]}");
    }

    @Test
    void textIsATableOfSteps() {
        CommandRun r = runWithInput(CliFixtures.SMALL, "recover", "-", "--knock", "region:eu", "--knock", "api");

        assertThat(r.out()).isEqualTo("""
                Recovery plan (optimal), customer-facing weight down: 2.5
                  STEP  RESTORE  COMES BACK UP  CUSTOMER-FACING STILL DOWN
                     1  api      api, web                                0
                     2  db-1     db-1                                    0
                     3  recs     recs                                    0
                """);
    }

    @Test
    void withoutKnockItIsBadUsage() {
        assertThat(runWithInput(CliFixtures.SMALL, "recover", "-").exitCode()).isEqualTo(2);
    }
}
