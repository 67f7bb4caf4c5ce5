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

class DiffCommandTest {

    /** SMALL with api needing db-1 alone: db-1 becomes a single point of failure of web. */
    private static final String HARDENED_AWAY = CliFixtures.SMALL.replace("{\"anyOf\": [\"db-1\", \"db-2\"]}", "\"db-1\"");

    /** Most of SMALL as a CSV edge list (another format): without db-2. */
    private static final String EDGES_AS_CSV = """
            source,target
            web,api
            web,recs
            api,db-1
            recs,db-1
            """;

    @TempDir
    Path dir;

    @Test
    void aNewSinglePointOfFailureIsReportedAndFailsOnlyWhenAskedTo() throws Exception {
        String old = CliFixtures.file(dir, "old.blastmap.json", CliFixtures.SMALL);
        String changed = CliFixtures.file(dir, "new.blastmap.json", HARDENED_AWAY);

        CommandRun report = run("diff", old, changed);
        CommandRun gate = run("diff", old, changed, "--fail-on", "new-spof");

        assertThat(report.exitCode()).isZero();
        assertThat(report.out()).contains("New single points of failure of customer-facing services (1):\n"
                + "  db-1 alone takes down web: web ← api ← db-1\n");
        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(run("diff", old, old, "--fail-on", "new-spof").exitCode()).isZero();
    }

    @Test
    void theJsonGoesToAFileWhenAsked() throws Exception {
        String old = CliFixtures.file(dir, "old.blastmap.json", CliFixtures.SMALL);
        Path out = dir.resolve("diff.json");

        CommandRun r = runWithInput(HARDENED_AWAY, "diff", old, "-", "--format", "json", "-o", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        JsonObject root = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(root.get("new").getAsString()).isEqualTo("<stdin>");
        assertThat(root.getAsJsonObject("customerFacingSpofs").getAsJsonArray("new")).hasSize(1);
    }

    @Test
    void twoDifferentFormatsCanBeCompared() throws Exception {
        String old = CliFixtures.file(dir, "old.blastmap.json", CliFixtures.SMALL);
        String csv = CliFixtures.file(dir, "new.csv", EDGES_AS_CSV);

        CommandRun r = run("diff", old, csv, "--format", "md");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("#### Services removed (1)\n\n- `db-2`");
    }

    @Test
    void unreadableVersionsAreAllReportedAndExitTwo() throws Exception {
        CommandRun r = run("diff", dir.resolve("missing.json").toString(), dir.resolve("gone.json").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(dir.resolve("missing.json") + ": error: no such file",
                dir.resolve("gone.json") + ": error: no such file");
    }

    @Test
    void anUnknownFailOnConditionIsBadUsage() throws Exception {
        String old = CliFixtures.file(dir, "old.blastmap.json", CliFixtures.SMALL);

        CommandRun r = run("diff", old, old, "--fail-on", "new-anything");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected new-spof, was 'new-anything'");
    }
}
