package dev.blastmap.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.blastmap.report.SchemaCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiffJsonWriterTest {

    private static final Path SCHEMA = Path.of("..", "docs", "diff.schema.json");

    @Test
    void theJsonConformsToTheDocumentedSchema() throws Exception {
        assertThat(SchemaCheck.violations(SCHEMA, DiffFixtures.written(new DiffJsonWriter(), DiffFixtures.diff())))
                .isEmpty();
    }

    @Test
    void newSinglePointsOfFailureAndRadiusChangesAreAllThere() throws Exception {
        JsonObject root = JsonParser.parseString(DiffFixtures.written(new DiffJsonWriter(), DiffFixtures.diff()))
                .getAsJsonObject();

        assertThat(root.getAsJsonObject("customerFacingSpofs").getAsJsonArray("new")).hasSize(3);
        assertThat(root.getAsJsonObject("customerFacingSpofs").getAsJsonArray("new").get(0).toString())
                .isEqualTo("{\"culprit\":\"db-1\",\"customerFacing\":\"w<e>b|\",\"causeChain\":[\"w<e>b|\",\"api\","
                        + "\"db-1\"]}");
        JsonObject first = root.getAsJsonArray("blastRadius").get(0).getAsJsonObject();
        assertThat(first.get("id").getAsString()).isEqualTo("db-1");
        assertThat(first.get("grew").getAsBoolean()).isTrue();
        assertThat(first.getAsJsonObject("after").get("down").getAsInt()).isEqualTo(3);
    }
}
