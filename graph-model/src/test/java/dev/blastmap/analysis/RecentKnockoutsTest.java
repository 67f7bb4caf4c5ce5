package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentKnockoutsTest {

    private final Graph chain = Graph.of(Service.builder("web").dependsOn("api").build(),
            Service.builder("api").dependsOn("db").build(), Service.of("db"));

    @Test
    void aChainLeadsFromTheTargetBackToTheServiceKnockedOut() {
        RecentKnockouts knockouts = new RecentKnockouts(new PropagationEngine(chain));

        assertThat(knockouts.chain(ServiceId.of("db"), ServiceId.of("web")))
                .containsExactly(ServiceId.of("web"), ServiceId.of("api"), ServiceId.of("db"));
        assertThat(knockouts.chain(ServiceId.of("api"), ServiceId.of("db"))).as("db stays up").isEmpty();
    }

    @Test
    void aRepeatedKnockoutIsTheSameBlastRadius() {
        RecentKnockouts knockouts = new RecentKnockouts(new PropagationEngine(chain));

        BlastRadius first = knockouts.knockOut(Set.of(ServiceId.of("db")));

        assertThat(knockouts.knockOut(Set.of(ServiceId.of("db")))).isSameAs(first);
        assertThat(first.impact().down()).isEqualTo(3);
        assertThat(first.down()).extracting(Failure::id).containsExactlyElementsOf(
                List.of(ServiceId.of("db"), ServiceId.of("api"), ServiceId.of("web")));
    }
}
