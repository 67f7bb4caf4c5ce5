package dev.blastmap.cli;

import static dev.blastmap.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class AvailabilityCommandTest {

    /** web needs api; api needs either database (each 99%) and the cache (99.9%); recs is soft. */
    private static final String GRAPH = """
            {"blastmap": 1, "services": [
              {"id": "web", "customerFacing": true, "dependsOn": ["api", {"on": "recs", "soft": true}]},
              {"id": "api", "dependsOn": [{"anyOf": ["db-1", "db-2"]}, "cache"]},
              {"id": "cache", "availability": 0.999},
              {"id": "recs", "availability": 0.9},
              {"id": "db-1", "availability": 0.99},
              {"id": "db-2", "availability": 0.99}
            ]}
            """;

    private static JsonObject service(JsonObject root, String id) {
        for (var e : root.getAsJsonArray("services")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void jsonGivesEveryServiceItsAvailabilityMethodIntervalAndDowntime() {
        CommandRun r = runWithInput(GRAPH, "availability", "-", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject web = service(root, "web");
        double expected = 0.999 * (1 - 0.01 * 0.01);
        assertThat(web.get("availability").getAsDouble()).isCloseTo(expected, within(1e-12));
        assertThat(web.get("method").getAsString()).isEqualTo("exact");
        assertThat(web.get("ciLow").getAsDouble()).isEqualTo(web.get("availability").getAsDouble());
        assertThat(web.get("ciHigh").getAsDouble()).isEqualTo(web.get("availability").getAsDouble());
        assertThat(web.get("downtimeMinutesPerYear").getAsDouble()).isCloseTo((1 - expected) * 525960, within(1e-6));
        assertThat(root.getAsJsonArray("services")).hasSize(6);
        JsonObject importance = root.getAsJsonArray("importance").get(0).getAsJsonObject();
        assertThat(importance.get("service").getAsString()).isEqualTo("web");
        assertThat(importance.getAsJsonArray("components").get(0).getAsJsonObject().get("id").getAsString())
                .isEqualTo("cache");
    }

    @Test
    void textShowsPercentagesDowntimeAndWhatMattersMost() {
        CommandRun r = runWithInput(GRAPH, "availability", "-");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("SERVICE", "AVAILABILITY", "DOWNTIME/YEAR", "99.890%", "What matters most to web:",
                "Failures taken as independent; steady state.");
    }

    @Test
    void samplingIsRepeatableWithTheSameSeed() {
        String big = manyUnreliable();
        CommandRun first = runWithInput(big, "availability", "-", "--json", "--samples", "6400", "--seed", "7");
        CommandRun again = runWithInput(big, "availability", "-", "--json", "--samples", "6400", "--seed", "7");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(again.out()).contains("\"monte-carlo\"");
    }

    @Test
    void aSampledCustomerFacingServiceListsItsReplicasWithAnIntervalAndTheScenariosUsed() {
        String base = manyUnreliable().replace("{\"id\": \"top\", \"dependsOn\": [",
                "{\"id\": \"top\", \"customerFacing\": true, \"dependsOn\": [{\"anyOf\": [\"r1\", \"r2\"]}, ");
        String graph = base.substring(0, base.length() - 2)
                + ", {\"id\": \"r1\", \"availability\": 0.9}, {\"id\": \"r2\", \"availability\": 0.8}]}";

        CommandRun json = runWithInput(graph, "availability", "-", "--json", "--samples", "64000");
        CommandRun text = runWithInput(graph, "availability", "-", "--samples", "64000");

        assertThat(json.exitCode()).isZero();
        JsonObject importance = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("importance")
                .get(0).getAsJsonObject();
        assertThat(importance.get("method").getAsString()).isEqualTo("monte-carlo");
        assertThat(importance.get("samples").getAsLong()).isEqualTo(64000);
        assertThat(importance.getAsJsonArray("components")).hasSize(32);
        JsonObject r1 = null;
        for (var e : importance.getAsJsonArray("components")) {
            if (e.getAsJsonObject().get("id").getAsString().equals("r1")) {
                r1 = e.getAsJsonObject();
            }
        }
        assertThat(r1).as("the replica r1 is listed").isNotNull();
        double exact = 0.2 * Math.pow(0.999, 30); // r2 down, everything else top needs up
        assertThat(r1.get("birnbaumLow").getAsDouble()).isLessThan(exact);
        assertThat(r1.get("birnbaumHigh").getAsDouble()).isGreaterThan(exact);
        assertThat(text.out()).contains("What matters most to top (estimated from 64,000 sampled scenarios;"
                + " Birnbaum with its 95% interval):");
    }

    @Test
    void topLimitsTheComponentsListedPerServiceInJsonAndTables() {
        CommandRun json = runWithInput(GRAPH, "availability", "-", "--json", "--top", "1");
        CommandRun text = runWithInput(GRAPH, "availability", "-", "--top", "1");

        assertThat(json.exitCode()).isZero();
        assertThat(JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("importance").get(0)
                .getAsJsonObject().getAsJsonArray("components")).hasSize(1);
        assertThat(text.out().split("What matters most to web:")[1]).contains("cache").doesNotContain("db-1");
        assertThat(runWithInput(GRAPH, "availability", "-", "--top", "-1").exitCode()).isEqualTo(2);
    }

    @Test
    void exactIsRefusedWithAClearLineWhenTooManyUnreliableServicesAreUpstream() {
        CommandRun r = runWithInput(manyUnreliable(), "availability", "-", "--exact");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("blastmap availability: exact availability of 'top'")
                .contains("use Monte Carlo");
    }

    @Test
    void exactAndSamplesTogetherOrTooFewSamplesAreBadUsage() {
        assertThat(runWithInput(GRAPH, "availability", "-", "--exact", "--samples", "1000").exitCode()).isEqualTo(2);
        CommandRun r = runWithInput(GRAPH, "availability", "-", "--samples", "10");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--samples must be from 64");
    }

    /** A service with 30 unreliable dependencies: beyond exact enumeration. */
    private static String manyUnreliable() {
        StringBuilder sb = new StringBuilder("{\"blastmap\": 1, \"services\": [{\"id\": \"top\", \"dependsOn\": [");
        for (int i = 0; i < 30; i++) {
            sb.append(i == 0 ? "" : ", ").append("\"c").append(i).append('"');
        }
        sb.append("]}");
        for (int i = 0; i < 30; i++) {
            sb.append(", {\"id\": \"c").append(i).append("\", \"availability\": 0.999}");
        }
        return sb.append("]}").toString();
    }
}
