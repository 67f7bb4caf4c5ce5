package dev.blastmap.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonOutlineTest {

    @Test
    void theOutlineKeepsEveryTopLevelKeyAndTheFirstItemsBelow() {
        String json = "{\"data\": {\"a\": \"" + "x".repeat(100_000) + "\", \"b\": [1, 2, 3, 4]},"
                + " \"elements\": {\"nodes\": [{\"data\": {\"id\": \"web\"}}, {\"data\": {\"id\": \"db\"}}, {\"data\": {}}]}}";
        String outline = JsonOutline.of(new StringReader(json), 1 << 20);
        assertThat(outline).hasSizeLessThan(300).contains("\"elements\":{\"nodes\":[{\"data\":{\"id\":\"web\"}}")
                .contains("\"b\":[1,2]");
    }

    @Test
    void aDocumentCutOffOrBrokenGivesTheOutlineOfWhatCameBefore() {
        assertThat(JsonOutline.of(new StringReader("{\"resourceSpans\": [{\"resource\": "), 1 << 20))
                .startsWith("{\"resourceSpans\":[{\"resource\":");
        assertThat(JsonOutline.of(new StringReader("{\"a\": 1, \"b\": " + "[".repeat(10_000)), 1 << 20))
                .startsWith("{\"a\":1,\"b\":");
        assertThat(JsonOutline.of(new StringReader("{\"a\": \"" + "y".repeat(5_000)), 100)).startsWith("{\"a\":");
    }

    @Test
    void onlyObjectsAndArraysStartLikeJson() {
        assertThat(JsonOutline.startsLikeJson("\uFEFF  \n{\"x\": 1}")).isTrue();
        assertThat(JsonOutline.startsLikeJson(" [1]")).isTrue();
        assertThat(JsonOutline.startsLikeJson("digraph {}")).isFalse();
        assertThat(JsonOutline.startsLikeJson("")).isFalse();
    }
}
