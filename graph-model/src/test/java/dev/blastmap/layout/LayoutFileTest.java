package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayoutFileTest {

    private final Graph shop = SampleGraphs.shop();
    private final Layout layout = LayoutAlgorithm.layered().layout(shop);

    @Test
    void aLayoutReadBackIsTheLayoutWritten() throws IOException {
        Layout read = LayoutFile.read(new StringReader(written(layout, "abc")), "abc", shop).orElseThrow();
        assertThat(layout.groups()).isNotEmpty();
        assertThat(read.nodes()).containsExactlyEntriesOf(layout.nodes());
        assertThat(read.edges()).isEqualTo(layout.edges());
        assertThat(read.groups()).isEqualTo(layout.groups());
        assertThat(read.algorithm()).isEqualTo(layout.algorithm());
        assertThat(read.bounds()).isEqualTo(layout.bounds());
    }

    @Test
    void aLayoutWrittenForSomethingElseIsNotRead() throws IOException {
        assertThat(LayoutFile.read(new StringReader(written(layout, "abc")), "def", shop)).isEmpty();
    }

    @Test
    void aLayoutOfOtherServicesIsNotRead() throws IOException {
        Graph fewer = Graph.of(shop.services().stream().filter(s -> !s.id().value().equals("queue"))
                .map(s -> s.id().value().equals("recommendations") ? Service.builder("recommendations").build() : s)
                .toList());
        Graph more = Graph.of(java.util.stream.Stream.concat(shop.services().stream(),
                java.util.stream.Stream.of(Service.builder("extra").build())).toList());
        assertThat(LayoutFile.read(new StringReader(written(layout, "abc")), "abc", fewer)).isEmpty();
        assertThat(LayoutFile.read(new StringReader(written(layout, "abc")), "abc", more)).isEmpty();
    }

    @Test
    void filesThatAreNotLayoutsOfThisVersionGiveNothing() throws IOException {
        String good = written(layout, "abc");
        for (String bad : new String[] {"", "[]", "{", "not json", "{\"blastmapLayout\": 1, \"graph\": \"abc\"}",
                good.replace("\"blastmapLayout\":1", "\"blastmapLayout\":2"),
                good.replaceFirst("\"width\":[0-9.]+", "\"width\":-5"),
                good.replaceFirst("\"level\":\"[A-Z]+\"", "\"level\":\"PLANET\""),
                good.replaceFirst("\"members\":\\[", "\"members\":[null,"),
                good.replaceFirst("\"from\":\"[^\"]+\"", "\"from\":\"nobody\"")}) {
            Optional<Layout> read = LayoutFile.read(new StringReader(bad), "abc", shop);
            assertThat(read).as(bad.length() > 80 ? bad.substring(0, 80) : bad).isEmpty();
        }
    }

    private static String written(Layout layout, String fingerprint) throws IOException {
        StringWriter out = new StringWriter();
        LayoutFile.write(layout, fingerprint, out);
        return out.toString();
    }

    @Test
    void aLayoutFileIsWrittenWholeAndReadBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Graph graph = Graph.of(Service.builder("a").build());
        Layout layout = LayoutAlgorithm.layered().layout(graph);
        java.nio.file.Path file = dir.resolve("g.layout.json");
        java.nio.file.Files.writeString(file, "old");
        LayoutFile.write(layout, "f", file);
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            assertThat(LayoutFile.read(in, "f", graph)).isPresent();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
