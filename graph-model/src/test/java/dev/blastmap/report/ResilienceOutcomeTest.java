package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResilienceOutcomeTest {

    private static final Graph SHARED_ZONE = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn(Clause.anyOf(
                    List.of(ServiceId.of("db-1"), ServiceId.of("db-2")))).build(),
            Service.builder("db-1").dependsOn("zone").build(),
            Service.builder("db-2").dependsOn("zone").build(),
            Service.of("zone"));

    @Test
    void aKnockoutGetsItsRecoveryPlanAndTheGraphItsAuditAndCutSets() {
        ResilienceOutcome outcome = ResilienceOutcome.of(SHARED_ZONE, List.of(ServiceId.of("zone")));

        assertThat(outcome.findings()).singleElement()
                .satisfies(f -> assertThat(f.commonCauses()).containsExactly(ServiceId.of("zone")));
        assertThat(outcome.cutSets()).extracting(TargetCutSets::target).containsExactly(ServiceId.of("web"));
        assertThat(outcome.recoveryPlan()).hasValueSatisfying(plan -> assertThat(plan.steps()).hasSize(1));
    }

    @Test
    void nothingKnockedOutMeansNoRecoveryPlan() {
        assertThat(ResilienceOutcome.of(SHARED_ZONE, List.of()).recoveryPlan()).isEmpty();
    }

    @Test
    void theCutSetsOfAGraphOverTheLimitAreLeftOut() {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i <= ResilienceOutcome.CUT_SETS_UP_TO; i++) {
            services.add(Service.builder("s" + i).customerFacing(true).build());
        }

        ResilienceOutcome outcome = ResilienceOutcome.of(Graph.of(services), List.of());

        assertThat(outcome.cutSetsCounted()).isFalse();
        assertThat(outcome.cutSets()).isEmpty();
    }

    @Test
    void cutSetsThatWereNotCountedMustBeEmpty() {
        assertThatThrownBy(() -> new ResilienceOutcome(List.of(), List.of(new TargetCutSets(ServiceId.of("a"),
                List.of())), false, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
