package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final Path SCHEMA = Path.of("..", "docs", "report.schema.json");

    private static String json(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonSchemaSubset schema() throws IOException {
        return new JsonSchemaSubset(JsonParser.parseString(Files.readString(SCHEMA)).getAsJsonObject());
    }

    @Test
    void aKnockoutReportMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-knockout.json", json(ReportFixtures.shopReport()));
    }

    @Test
    void aScenarioReportMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-scenario.json", json(ReportFixtures.shopScenarioReport()));
    }

    @Test
    void aReportOfAGraphWithAvailabilitiesMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("shop-availability.json", json(ReportFixtures.shopAvailabilityReport()));
    }

    @Test
    void sampledImportanceCarriesItsScenariosAndBirnbaumIntervals() throws IOException {
        JsonObject importance = JsonParser.parseString(json(ReportFixtures.sampledAvailabilityReport()))
                .getAsJsonObject().getAsJsonObject("availability").getAsJsonArray("importance").get(0)
                .getAsJsonObject();

        assertThat(importance.get("method").getAsString()).isEqualTo("monte-carlo");
        assertThat(importance.get("samples").getAsLong()).isEqualTo(1_000_000);
        assertThat(importance.getAsJsonArray("components")).hasSize(22).allSatisfy(c -> {
            assertThat(c.getAsJsonObject().get("birnbaumLow").getAsDouble())
                    .isLessThanOrEqualTo(c.getAsJsonObject().get("birnbaum").getAsDouble());
            assertThat(c.getAsJsonObject().get("birnbaumHigh").getAsDouble())
                    .isGreaterThanOrEqualTo(c.getAsJsonObject().get("birnbaum").getAsDouble());
        });
    }

    @Test
    void everyReportFollowsTheDocumentedSchema() throws IOException {
        JsonSchemaSubset schema = schema();
        for (Report report : new Report[] {ReportFixtures.shopReport(), ReportFixtures.shopScenarioReport(),
                ReportFixtures.hostileReport(), ReportFixtures.shopAvailabilityReport(),
                ReportFixtures.sampledAvailabilityReport(), Report.of(ReportFixtures.shop(), java.util.List.of(), ReportFixtures.SETTINGS)}) {
            JsonElement json = JsonParser.parseString(json(report));

            assertThat(schema.violations(json)).as(report.title()).isEmpty();
        }
    }

    @Test
    void theSchemaCheckCatchesAWrongShape() throws IOException {
        JsonObject json = JsonParser.parseString(json(ReportFixtures.shopReport())).getAsJsonObject();
        json.remove("impact");
        json.addProperty("extra", 1);
        json.getAsJsonArray("services").get(0).getAsJsonObject().addProperty("state", "sleeping");
        json.addProperty("generatedAt", "2026-01-15T09:30Z");

        assertThat(schema().violations(json)).containsExactlyInAnyOrder("$: misses impact",
                "$.generatedAt: \"2026-01-15T09:30Z\" is not an RFC 3339 date-time",
                "$: has extra, which the schema does not allow",
                "$.services[0].state: \"sleeping\" is not one of [\"knocked-out\",\"down\",\"degraded\",\"healthy\"]");
    }

    @Test
    void theJsonSaysWhyEachServiceIsDown() throws IOException {
        JsonObject json = JsonParser.parseString(json(ReportFixtures.shopReport())).getAsJsonObject();
        JsonObject web = json.getAsJsonArray("services").get(0).getAsJsonObject();

        assertThat(web.get("state").getAsString()).isEqualTo("down");
        assertThat(web.get("wave").getAsInt()).isEqualTo(2);
        assertThat(web.get("cause").getAsString()).isEqualTo("catalog");
        assertThat(web.getAsJsonArray("causeChain").toString()).isEqualTo("[\"web\",\"catalog\",\"db-replica\"]");
        assertThat(json.getAsJsonObject("impact").get("weighted").getAsDouble()).isEqualTo(18.0);
    }

    @Test
    void momentsAreRfc3339WithSeconds() throws IOException {
        JsonObject json = JsonParser.parseString(json(ReportFixtures.shopScenarioReport())).getAsJsonObject();

        assertThat(json.get("generatedAt").getAsString()).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(json.getAsJsonObject("scenario").getAsJsonArray("steps").get(0).getAsJsonObject().get("time")
                .getAsString()).isEqualTo("2025-03-01T09:00:00Z");
    }

    @Test
    void hostileNamesAreEscapedForHtmlContexts() throws IOException {
        String json = json(ReportFixtures.hostileReport());

        assertThat(json).doesNotContain("<script").contains("\\u003cscript\\u003e");
        assertThat(JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("graph").get("name").getAsString())
                .isEqualTo("<script>alert(1)</script>");
    }
}
