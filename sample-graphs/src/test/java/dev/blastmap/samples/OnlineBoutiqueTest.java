package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class OnlineBoutiqueTest {

    private final Graph graph = SampleFiles.graph("online-boutique.blastmap.json");

    @Test
    void losingAdsOrEmailOnlyDegradesTheShop() {
        assertThat(knockOut(graph, "adservice").state(ServiceId.of("frontend"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(knockOut(graph, "emailservice").state(ServiceId.of("checkoutservice"))).isEqualTo(ServiceState.DEGRADED);
    }

    @Test
    void losingRedisTakesDownTheWholeShop() {
        assertThat(downIds(knockOut(graph, "redis-cart"))).contains("cartservice", "checkoutservice", "frontend");
    }

    @Test
    void theRealCallGraphHasTheDemosEdges() {
        assertThat(graph.require(ServiceId.of("checkoutservice")).dependencies()).extracting(ServiceId::value)
                .containsExactlyInAnyOrder("productcatalogservice", "shippingservice", "paymentservice", "emailservice",
                        "currencyservice", "cartservice");
        assertThat(graph.require(ServiceId.of("recommendationservice")).dependencies()).extracting(ServiceId::value)
                .containsExactly("productcatalogservice");
    }

    @Test
    void everyHardDependencyOfTheFrontendIsASinglePointOfFailure() {
        assertThat(SpofRanking.rank(graph)).filteredOn(e -> e.customerFacingDown().contains(ServiceId.of("frontend")))
                .extracting(e -> e.id().value())
                .contains("redis-cart", "productcatalogservice", "cartservice", "checkoutservice")
                .doesNotContain("adservice", "emailservice");
    }
}
