package dev.blastmap.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutFile;
import dev.blastmap.model.Graph;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedLayoutsTest {

    @Test
    void theShippedLayoutOfASampleIsItsAutomaticLayoutAndBelongsToThatFileOnly(@TempDir Path out) throws Exception {
        Path sample = Path.of("aws-us-east-1-2025-10.blastmap.json");
        Path file = ShippedLayouts.write(sample, out);
        assertThat(file.getFileName().toString()).isEqualTo("aws-us-east-1-2025-10.layout.json");
        byte[] content = Files.readAllBytes(sample);
        Graph graph = GraphFormats.read(sample).graph();
        Layout fresh = LayoutAlgorithm.automatic().layout(graph);
        try (Reader in = Files.newBufferedReader(file)) {
            Layout shipped = LayoutFile.read(in, LayoutFile.fingerprint(content), graph).orElseThrow();
            assertThat(shipped.nodes()).containsExactlyEntriesOf(fresh.nodes());
            assertThat(shipped.edges()).isEqualTo(fresh.edges());
            assertThat(shipped.groups()).isEqualTo(fresh.groups());
        }
        byte[] edited = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"name\"", "\"name\" ").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Reader in = Files.newBufferedReader(file)) {
            assertThat(LayoutFile.read(in, LayoutFile.fingerprint(edited), graph)).isEmpty();
        }
    }
}
