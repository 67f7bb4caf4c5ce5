package dev.blastmap.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every walkthrough in every sample must get right, whatever its story. */
class ScenariosTest {

    static List<String> files() {
        return SampleFiles.catalogFiles();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyScenarioEndsWithEverythingRestored(String file) {
        Graph graph = SampleFiles.graph(file);
        for (Scenario scenario : graph.scenarios()) {
            int last = scenario.steps().size() - 1;
            BlastRadius end = SampleFiles.afterStep(graph, scenario, last);
            assertThat(scenario.knockedOutAfter(last)).as("%s / %s", file, scenario.id()).isEmpty();
            assertThat(end.down()).as("%s / %s", file, scenario.id()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyStepHasATitleNarrationAndSomethingToFrame(String file) {
        for (Scenario scenario : SampleFiles.graph(file).scenarios()) {
            assertThat(scenario.steps()).as("%s / %s", file, scenario.id()).hasSizeGreaterThanOrEqualTo(3);
            for (Step step : scenario.steps()) {
                assertThat(step.title()).as("%s / %s", file, scenario.id()).isNotBlank();
                assertThat(step.narration()).as("%s / %s: %s", file, scenario.id(), step.title()).isNotBlank();
                assertThat(step.frame()).as("%s / %s: %s", file, scenario.id(), step.title()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void stepTimesNeverGoBackwards(String file) {
        for (Scenario scenario : SampleFiles.graph(file).scenarios()) {
            OffsetDateTime previous = null;
            for (Step step : scenario.steps()) {
                if (step.time() == null) {
                    continue;
                }
                if (previous != null) {
                    assertThat(step.time()).as("%s / %s: %s", file, scenario.id(), step.title()).isAfterOrEqualTo(previous);
                }
                previous = step.time();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void aStepRestoresOnlyWhatIsKnockedOutAndKnocksOutOnlyWhatIsUp(String file) {
        Graph graph = SampleFiles.graph(file);
        for (Scenario scenario : graph.scenarios()) {
            Set<ServiceId> knockedOut = new HashSet<>();
            for (int i = 0; i < scenario.steps().size(); i++) {
                Step step = scenario.steps().get(i);
                assertThat(knockedOut).as("%s: %s restores", file, step.title()).containsAll(step.restore());
                Set<ServiceId> stillOut = new HashSet<>(knockedOut);
                step.restore().forEach(stillOut::remove);
                for (ServiceId id : step.knockOut()) {
                    assertThat(stillOut).as("%s: %s knocks out again", file, step.title()).doesNotContain(id);
                }
                knockedOut = scenario.knockedOutAfter(i);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void outageTimelinesTakeDownACustomerFacingServiceAtSomeStep(String file) {
        Graph graph = SampleFiles.graph(file);
        for (Scenario scenario : graph.scenarios()) {
            boolean customersHit = false;
            for (int i = 0; i < scenario.steps().size(); i++) {
                customersHit |= !SampleFiles.afterStep(graph, scenario, i).impact().customerFacingDown().isEmpty();
            }
            assertThat(customersHit).as("%s / %s", file, scenario.id()).isTrue();
        }
    }
}
