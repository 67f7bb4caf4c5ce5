package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class AuditCommandTest {

    /** Both databases of api sit in one zone. */
    private static final String SHARED_ZONE = """
            {"blastmap": 1, "services": [
              {"id": "web", "customerFacing": true, "dependsOn": ["api"]},
              {"id": "api", "dependsOn": [{"anyOf": ["db-1", "db-2"]}]},
              {"id": "db-1", "dependsOn": ["zone-a"]},
              {"id": "db-2", "dependsOn": ["zone-a"]},
              {"id": "zone-a"}
            ]}
            """;

    @Test
    void jsonListsEachBrokenClauseWithItsCommonCauses() {
        CommandRun r = runWithInput(SHARED_ZONE, "audit", "-", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(JsonParser.parseString(r.out()).toString()).isEqualTo("[{\"service\":\"api\",\"clause\":0,"
                + "\"members\":[\"db-1\",\"db-2\"],\"need\":1,\"commonCauses\":[\"zone-a\"]}]");
    }

    @Test
    void textOutputIsATable() {
        CommandRun r = runWithInput(SHARED_ZONE, "audit", "-");

        assertThat(r.out()).isEqualTo("""
                Redundancy that isn't: 1 redundant dependency that one failure breaks
                  SERVICE  CLAUSE  NEEDS            COMMON CAUSES
                  api           0  1 of db-1, db-2  zone-a
                """);
    }

    @Test
    void redundancyThatHoldsIsSaidInOneLineAndAnEmptyJsonList() {
        assertThat(runWithInput(CliFixtures.SMALL, "audit", "-").out())
                .isEqualTo("No redundancy that isn't: no single failure breaks a redundant dependency.\n");
        assertThat(runWithInput(CliFixtures.SMALL, "audit", "-", "--json").out().trim()).isEqualTo("[]");
    }

    @Test
    void aGraphThatCannotBeReadExitsTwo() {
        CommandRun r = runWithInput("{", "audit", "-");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception");
    }
}
