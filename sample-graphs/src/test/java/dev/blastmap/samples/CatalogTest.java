package dev.blastmap.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogTest {

    static List<String> files() {
        return SampleFiles.catalogFiles();
    }

    @Test
    void everyEntryHasAFileATitleASummaryAndAFlagshipFlag() {
        for (JsonElement element : SampleFiles.catalog()) {
            JsonObject entry = element.getAsJsonObject();
            assertThat(entry.keySet()).containsExactlyInAnyOrder("file", "title", "summary", "flagship");
            assertThat(entry.get("file").getAsString()).endsWith(".blastmap.json");
            assertThat(entry.get("title").getAsString()).isNotBlank();
            assertThat(entry.get("summary").getAsString()).isNotBlank();
            assertThat(entry.get("flagship").getAsJsonPrimitive().isBoolean()).isTrue();
        }
    }

    @Test
    void theFlagshipComesFirstAndIsTheOnlyOne() {
        List<JsonObject> entries = SampleFiles.catalog().asList().stream().map(JsonElement::getAsJsonObject).toList();
        assertThat(entries.get(0).get("file").getAsString()).isEqualTo("aws-us-east-1-2025-10.blastmap.json");
        assertThat(entries).filteredOn(e -> e.get("flagship").getAsBoolean()).hasSize(1);
    }

    @Test
    void theCatalogListsEverySampleFileOnce() throws IOException {
        List<String> onDisk;
        try (Stream<Path> paths = Files.list(Path.of("."))) {
            onDisk = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".blastmap.json")).toList();
        }
        assertThat(files()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everySampleReadsWithoutErrorsOrWarnings(String file) {
        ReadResult result = SampleFiles.read(file);
        assertThat(result.warnings()).as("warnings in %s", file).isEmpty();
        assertThat(result.graph().size()).isGreaterThan(5);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everySampleHasANameADescriptionSourcesAndAScenario(String file) {
        Graph graph = SampleFiles.graph(file);
        assertThat(graph.name()).isNotBlank();
        assertThat(graph.description()).isNotBlank();
        assertThat(graph.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).startsWith("https://"));
        assertThat(graph.scenarios()).isNotEmpty();
        assertThat(graph.services()).anySatisfy(s -> assertThat(s.customerFacing()).isTrue());
    }
}
