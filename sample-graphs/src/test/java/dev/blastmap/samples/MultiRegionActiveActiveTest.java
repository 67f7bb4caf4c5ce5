package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.Selector;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiRegionActiveActiveTest {

    private final Graph graph = SampleFiles.graph("multi-region-active-active.blastmap.json");

    private BlastRadius knockOutSelector(String selector) {
        return new PropagationEngine(graph).knockOut(Selector.parse(selector).resolve(graph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"region:us-west-2", "region:eu-west-1", "zone:usw2-az1", "zone:euw1-az3"})
    void theShopSurvivesLosingOneRegionOrZone(String selector) {
        assertThat(knockOutSelector(selector).impact().customerFacingDown()).isEmpty();
    }

    @Test
    void theShopDoesNotSurviveLosingBothRegions() {
        BlastRadius radius = new PropagationEngine(graph).knockOut(java.util.stream.Stream.concat(
                Selector.parse("region:us-west-2").resolve(graph).stream(),
                Selector.parse("region:eu-west-1").resolve(graph).stream()).toList());
        assertThat(downIds(radius)).contains("storefront", "checkout");
    }

    @Test
    void theShopDoesNotSurviveLosingTheSharedIdentityService() {
        assertThat(downIds(knockOut(graph, "identity"))).contains("storefront", "checkout", "web-usw2", "web-euw1");
    }

    @Test
    void losingUsEast1ARegionTheShopDoesNotRunInTakesItDown() {
        assertThat(downIds(knockOutSelector("region:us-east-1"))).contains("storefront", "checkout");
    }

    @Test
    void theSpofRankingPutsTheSharedDependenciesAtTheTop() {
        assertThat(SpofRanking.rank(graph).subList(0, 2)).extracting(e -> e.id().value())
                .containsExactlyInAnyOrder("identity", "global-dns");
    }
}
