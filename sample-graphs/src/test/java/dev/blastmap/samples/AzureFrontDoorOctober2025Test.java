package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import org.junit.jupiter.api.Test;

class AzureFrontDoorOctober2025Test {

    private final Graph graph = SampleFiles.graph("azure-front-door-2025-10.blastmap.json");

    @Test
    void theInvalidConfigurationTakesDownTheEdgeAndSignInWithIt() {
        assertThat(downIds(knockOut(graph, "afd-config")))
                .contains("azure-front-door", "entra-id", "azure-portal", "microsoft-365", "xbox", "minecraft", "customer-websites")
                .doesNotContain("customer-backends");
    }

    @Test
    void frontDoorRidesOutOneRegionOfNodesButNotTwo() {
        assertThat(downIds(knockOut(graph, "afd-nodes-europe"))).doesNotContain("azure-front-door");
        assertThat(downIds(knockOut(graph, "afd-nodes-europe", "afd-nodes-asia"))).contains("azure-front-door", "entra-id");
    }
}
