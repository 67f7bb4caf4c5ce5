package dev.blastmap.app.inspector;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.inspector.ServiceDetails.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceDetailsTest {

    private final GraphDocument doc = Fixtures.shopDocument();

    @Test
    void aDownServiceHasItsCauseChainBackToTheKnockout() {
        BlastRadius radius = doc.engine().knockOut(List.of(id("dns")));
        ServiceDetails web = ServiceDetails.of(doc, radius, id("web"));
        assertThat(web.state()).isEqualTo(ServiceState.DOWN);
        assertThat(web.causeLine()).isEqualTo("Web shop ← API ← Database ← DNS");
        assertThat(web.causeChain()).extracting(Member::id).containsExactly(id("web"), id("api"), id("db"), id("dns"));
        assertThat(web.failureSummary()).contains("Down at T+0 s, wave 3");
    }

    @Test
    void dependencyGroupsSayWhatTheyAskAndWhetherTheyAreBroken() {
        BlastRadius radius = doc.engine().knockOut(List.of(id("r1"), id("cache")));
        ServiceDetails search = ServiceDetails.of(doc, radius, id("search"));
        assertThat(search.dependencies()).singleElement().satisfies(g -> {
            assertThat(g.heading()).isEqualTo("at least 2 of 3");
            assertThat(g.broken()).isFalse();
            assertThat(g.members()).extracting(Member::state)
                    .containsExactly(ServiceState.KNOCKED_OUT, ServiceState.HEALTHY, ServiceState.HEALTHY);
        });
        ServiceDetails api = ServiceDetails.of(doc, radius, id("api"));
        assertThat(api.dependencies()).extracting(ServiceDetails.DependencyGroup::heading)
                .containsExactly("needs", "needs · soft");
        assertThat(api.dependencies().get(1).broken()).isTrue();
    }

    @Test
    void delaysAndNotesAreShown() {
        ServiceDetails worker = ServiceDetails.of(doc, null, id("worker"));
        assertThat(worker.dependencies().get(0).heading()).isEqualTo("needs · after 10 min");
        assertThat(worker.dependencies().get(0).note()).isEqualTo("retries for ten minutes");
    }

    @Test
    void dependentsAreTheServicesThatNameIt() {
        ServiceDetails db = ServiceDetails.of(doc, null, id("db"));
        assertThat(db.dependents()).extracting(Member::id).containsExactly(id("api"), id("worker"));
        assertThat(db.state()).isEqualTo(ServiceState.HEALTHY);
        assertThat(db.causeChain()).isEmpty();
        assertThat(db.failureSummary()).isEmpty();
    }

    @Test
    void anyAndAllGroupsAreNamedAsSuch() {
        assertThat(ServiceDetails.heading(dev.blastmap.model.Clause.anyOf(List.of(id("a"), id("b")))))
                .isEqualTo("any 1 of 2");
        assertThat(ServiceDetails.heading(dev.blastmap.model.Clause.allOf(List.of(id("a"), id("b")))))
                .isEqualTo("needs all 2");
    }
}
