package dev.blastmap.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphDocumentTest {

    private static Graph star(int dependents) {
        List<Service> services = new ArrayList<>();
        services.add(Service.of("hub"));
        for (int i = 0; i < dependents; i++) {
            services.add(Service.builder("s" + i).dependsOn("hub").build());
        }
        return Graph.of(services);
    }

    @Test
    void aDocumentOpenedAndASmallRevisionAreCompiledWhenMade() {
        GraphDocument shop = Fixtures.shopDocument();
        assertThat(shop.isCompiled()).isTrue();
        assertThat(shop.withGraph(shop.graph().withService(Service.of("new"))).isCompiled()).isTrue();
        assertThat(shop.compiled()).isCompletedWithValue(shop);
    }

    @Test
    void aRevisionOfALargeGraphCompilesWhenFirstAskedAndSaysSo() {
        GraphDocument big = new GraphDocument(star(GraphDocument.COMPILED_AT_ONCE), "Star", null, List.of());
        GraphDocument revision = big.withGraph(big.graph().withService(Service.builder("late").dependsOn("hub").build()));
        var compiled = revision.compiled();
        assertThat(revision.isCompiled()).isFalse();
        assertThat(compiled).isNotDone();

        assertThat(revision.dependentsOf(ServiceId.of("hub"))).hasSize(GraphDocument.COMPILED_AT_ONCE + 1);
        assertThat(revision.isCompiled()).isTrue();
        assertThat(compiled).isCompletedWithValue(revision);
        assertThat(revision.engine().knockOut(List.of(ServiceId.of("hub"))).down())
                .hasSize(GraphDocument.COMPILED_AT_ONCE + 2);
        assertThat(revision.isRevisionOf(big)).isTrue();
    }

    @Test
    void aLargeGraphJustReadCompilesWhenFirstAskedAndASmallOneAtOnce() {
        GraphDocument big = GraphDocument.read(star(GraphDocument.COMPILED_AT_ONCE), "Star", Path.of("star.json"), List.of());
        assertThat(big.isCompiled()).isFalse();
        assertThat(big.file()).contains(Path.of("star.json"));
        assertThat(big.dependentsOf(ServiceId.of("hub"))).hasSize(GraphDocument.COMPILED_AT_ONCE);
        assertThat(big.compiled()).isCompletedWithValue(big);

        GraphDocument small = GraphDocument.read(star(3), "Small star", null, List.of());
        assertThat(small.isCompiled()).isTrue();
    }

    @Test
    void savingKeepsTheEngineOfTheSameGraph() {
        GraphDocument shop = Fixtures.shopDocument();
        GraphDocument saved = shop.savedAs(Path.of("shop.blastmap.json"));
        assertThat(saved.isCompiled()).isTrue();
        assertThat(saved.engine()).isSameAs(shop.engine());
    }
}
