package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class GroupingTest {

    @Test
    void zonesNestInRegionsWhenBothSplitTheGraph() {
        assertThat(Grouping.finestFor(SampleGraphs.shop())).isEqualTo(Grouping.REGION_AND_ZONE);
    }

    @Test
    void oneRegionThatEveryServiceSharesIsNotWorthABox() {
        Graph graph = Graph.of(Service.builder("a").region("r").group("g1").build(),
                Service.builder("b").region("r").group("g2").build());
        assertThat(Grouping.finestFor(graph)).isEqualTo(Grouping.GROUP);
    }

    @Test
    void oneRegionThatSomeServicesLackIsWorthABox() {
        Graph graph = Graph.of(Service.builder("a").region("r").build(), Service.of("b"));
        assertThat(Grouping.finestFor(graph)).isEqualTo(Grouping.REGION);
    }

    @Test
    void aGraphWithoutPlacesHasNoBoxes() {
        assertThat(Grouping.finestFor(Graph.of(Service.of("a"), Service.of("b")))).isEqualTo(Grouping.NONE);
        assertThat(Grouping.NONE.levels()).isEmpty();
        assertThat(Grouping.REGION_AND_ZONE.levels()).containsExactly(Grouping.Level.REGION, Grouping.Level.ZONE);
    }
}
