package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class FacebookOctober2021Test {

    private final Graph graph = SampleFiles.graph("facebook-2021-10.blastmap.json");

    @Test
    void losingTheBackboneTakesEveryAppAndTheDnsThatFindsThemOffTheInternet() {
        BlastRadius radius = knockOut(graph, "backbone");
        assertThat(radius.impact().customerFacingDown()).extracting(ServiceId::value)
                .contains("facebook", "instagram", "whatsapp", "messenger", "oculus");
        assertThat(radius.causeChain(ServiceId.of("authoritative-dns"))).extracting(ServiceId::value)
                .containsExactly("authoritative-dns", "dns-bgp-routes", "data-centres", "backbone");
    }

    @Test
    void dnsAloneIsEnoughToTakeEveryAppDown() {
        assertThat(knockOut(graph, "dns-bgp-routes").impact().customerFacingDown()).extracting(ServiceId::value)
                .contains("facebook", "instagram", "whatsapp", "messenger", "oculus", "login-with-facebook");
    }

    @Test
    void theToolsToFixItGoDownWithIt() {
        BlastRadius radius = knockOut(graph, "backbone");
        assertThat(radius.failure(ServiceId.of("internal-tools"))).isPresent();
        assertThat(radius.failure(ServiceId.of("out-of-band-access"))).isPresent();
    }
}
