package dev.blastmap.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.model.ServiceId;
import dev.blastmap.report.SchemaCheck;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final Path SARIF_SUBSET = Path.of("src", "test", "resources", "dev", "blastmap", "report", "check",
            "sarif-2.1.0-subset.schema.json");

    private static JsonObject sarif(SarifWriter writer) throws Exception {
        return JsonParser.parseString(CheckFixtures.written(writer, CheckFixtures.result())).getAsJsonObject();
    }

    @Test
    void theLogHasTheShapeSarif210Requires() throws Exception {
        SarifWriter writer = new SarifWriter(Map.of(ServiceId.of("db"), new SourcePosition(12, 5)),
                SarifWriter.artifactUri("graphs/shop.blastmap.json"), "1.2.3");

        String json = CheckFixtures.written(writer, CheckFixtures.result());

        assertThat(SchemaCheck.violations(SARIF_SUBSET, json)).isEmpty();
        JsonObject log = JsonParser.parseString(json).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        JsonObject driver = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonObject("tool")
                .getAsJsonObject("driver");
        assertThat(driver.get("name").getAsString()).isEqualTo("Blastmap");
        assertThat(driver.getAsJsonArray("rules")).hasSize(4);
    }

    @Test
    void aResultPointsAtTheLineOfItsServiceWhenTheReaderKnowsItAndAtTheFileOtherwise() throws Exception {
        SarifWriter writer = new SarifWriter(Map.of(ServiceId.of("db"), new SourcePosition(12, 5)),
                "graphs/shop.blastmap.json", "1.2.3");

        JsonArray results = sarif(writer).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");

        JsonObject maxDown = results.get(0).getAsJsonObject();
        assertThat(maxDown.get("ruleId").getAsString()).isEqualTo("maxDown");
        assertThat(maxDown.get("level").getAsString()).isEqualTo("error");
        JsonObject physical = maxDown.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("graphs/shop.blastmap.json");
        assertThat(physical.getAsJsonObject("region").toString()).isEqualTo("{\"startLine\":12,\"startColumn\":5}");
        JsonObject spof = results.get(1).getAsJsonObject();
        assertThat(spof.get("ruleIndex").getAsInt()).isEqualTo(2);
        JsonObject zone = results.get(2).getAsJsonObject();
        assertThat(zone.get("level").getAsString()).isEqualTo("warning");
        assertThat(zone.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .has("region")).as("check<out> has no known position: the whole file").isFalse();
        assertThat(zone.getAsJsonObject("partialFingerprints").get("blastmapSubject/v1").getAsString())
                .isEqualTo("survive:zone:a");
        assertThat(results).hasSize(4);
    }

    @Test
    void aPositionWithoutAColumnGivesOnlyTheLine() throws Exception {
        SarifWriter writer = new SarifWriter(Map.of(ServiceId.of("db"), new SourcePosition(12, 0)), "g.json", "1");

        JsonObject result = sarif(writer).getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")
                .get(0).getAsJsonObject();

        assertThat(result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("region").toString()).isEqualTo("{\"startLine\":12}");
    }

    @Test
    void aGraphFromStandardInputGivesResultsWithoutLocations() throws Exception {
        JsonObject run = sarif(new SarifWriter(Map.of(), null, "1")).getAsJsonArray("runs").get(0).getAsJsonObject();

        assertThat(run.has("artifacts")).isFalse();
        assertThat(run.getAsJsonArray("results").get(0).getAsJsonObject().has("locations")).isFalse();
    }

    @Test
    void fileNamesBecomeRelativeUriReferencesWithForwardSlashes() {
        assertThat(SarifWriter.artifactUri("./infra/my graph.tf")).isEqualTo("infra/my%20graph.tf");
        assertThat(SarifWriter.artifactUri("infra\\prod.json")).isEqualTo("infra/prod.json");
        assertThat(SarifWriter.artifactUri("/repo/prod.json")).isEqualTo("file:/repo/prod.json");
    }
}
