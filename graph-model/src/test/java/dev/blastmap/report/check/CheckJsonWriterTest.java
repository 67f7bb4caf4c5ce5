package dev.blastmap.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.blastmap.report.SchemaCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CheckJsonWriterTest {

    private static final Path SCHEMA = Path.of("..", "docs", "check.schema.json");

    @Test
    void theJsonConformsToTheDocumentedSchema() throws Exception {
        String json = CheckFixtures.written(new CheckJsonWriter(), CheckFixtures.result());

        assertThat(SchemaCheck.violations(SCHEMA, json)).isEmpty();
    }

    @Test
    void everyFailureIsListedWithItsServicesAndCauseChains() throws Exception {
        JsonObject root = JsonParser.parseString(CheckFixtures.written(new CheckJsonWriter(), CheckFixtures.result()))
                .getAsJsonObject();

        assertThat(root.get("passed").getAsBoolean()).isFalse();
        assertThat(root.get("brokenRules").getAsInt()).isEqualTo(3);
        JsonObject spof = root.getAsJsonArray("rules").get(2).getAsJsonObject();
        assertThat(spof.get("id").getAsString()).isEqualTo("no-spof");
        assertThat(spof.get("checked").getAsInt()).isEqualTo(2);
        JsonObject failure = spof.getAsJsonArray("failures").get(0).getAsJsonObject();
        assertThat(failure.get("subject").getAsString()).isEqualTo("check<out>");
        assertThat(failure.getAsJsonArray("services").toString()).isEqualTo("[\"api\",\"db\"]");
        assertThat(failure.getAsJsonArray("causeChains").toString())
                .isEqualTo("[[\"check<out>\",\"api\"],[\"check<out>\",\"api\",\"db\"]]");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        assertThat(CheckFixtures.written(new CheckJsonWriter(), CheckFixtures.result()))
                .isEqualTo(CheckFixtures.written(new CheckJsonWriter(), CheckFixtures.result()));
    }
}
