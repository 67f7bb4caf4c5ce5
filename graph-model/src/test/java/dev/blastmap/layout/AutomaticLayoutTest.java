package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutomaticLayoutTest {

    private final AutomaticLayout automatic = (AutomaticLayout) LayoutAlgorithm.automatic();

    @Test
    void aGraphOfModerateSizeIsLayered() {
        assertThat(automatic.choose(SampleGraphs.shop()).name()).isEqualTo("layered");
        assertThat(automatic.choose(SampleGraphs.randomAcyclic(AutomaticLayout.MAX_LAYERED_SERVICES, 800, 1)).name())
                .isEqualTo("layered");
    }

    @Test
    void aLargeOrDenseGraphGetsTheForceLayout() {
        assertThat(automatic.choose(SampleGraphs.randomAcyclic(AutomaticLayout.MAX_LAYERED_SERVICES + 1, 800, 1)).name())
                .isEqualTo("force");
        assertThat(automatic.choose(SampleGraphs.random(100, 600, 1)).name()).isEqualTo("force");
    }

    @Test
    void aGraphTooBigForForcesGetsTheGroupedGrid() {
        assertThat(automatic.choose(SampleGraphs.randomAcyclic(AutomaticLayout.MAX_FORCE_SERVICES, 100, 1)).name())
                .isEqualTo("force");
        assertThat(automatic.choose(SampleGraphs.randomAcyclic(AutomaticLayout.MAX_FORCE_SERVICES + 1, 100, 1)).name())
                .isEqualTo("grid");
    }

    @Test
    void algorithmsAreFoundByName() {
        assertThat(LayoutAlgorithm.byName("layered")).get().extracting(LayoutAlgorithm::name).isEqualTo("layered");
        assertThat(LayoutAlgorithm.byName("force")).get().extracting(LayoutAlgorithm::name).isEqualTo("force");
        assertThat(LayoutAlgorithm.byName("grid")).get().extracting(LayoutAlgorithm::name).isEqualTo("grid");
        assertThat(LayoutAlgorithm.byName("automatic")).get().extracting(LayoutAlgorithm::name).isEqualTo("automatic");
        assertThat(LayoutAlgorithm.byName("circular")).isEmpty();
    }
}
