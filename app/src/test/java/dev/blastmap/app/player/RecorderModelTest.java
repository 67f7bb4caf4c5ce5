package dev.blastmap.app.player;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class RecorderModelTest {

    private final SimpleObjectProperty<Set<ServiceId>> knockedOut = new SimpleObjectProperty<>(Set.of());
    private final RecorderModel recorder = new RecorderModel(knockedOut);

    private void knock(String... ids) {
        Set<ServiceId> next = new LinkedHashSet<>();
        for (String s : ids) {
            next.add(id(s));
        }
        knockedOut.set(next);
    }

    @Test
    void nothingIsPendingOrAddableUntilRecordingStarts() {
        knock("dns");
        assertThat(recorder.pendingProperty().get().isEmpty()).isTrue();
        assertThat(recorder.canAddStepProperty().get()).isFalse();
        assertThatThrownBy(recorder::addStep).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFirstStepKnocksOutWhatWasAlreadyOutSoTheScenarioReplaysFromNothing() {
        knock("dns");
        recorder.start();
        assertThat(recorder.pendingProperty().get().knockOut()).containsExactly(id("dns"));
        recorder.addStep();
        assertThat(recorder.steps()).singleElement().satisfies(s -> assertThat(s.knockOut()).containsExactly(id("dns")));
    }

    @Test
    void eachStepRecordsTheKnockoutsAndRestoresSinceTheLastWithTheTypedText() {
        recorder.start();
        knock("dns", "cache");
        recorder.stepTitleProperty().set("DNS and cache fail");
        recorder.narrationProperty().set("  Both at once.  ");
        recorder.addStep();
        knock("cache", "r1");
        recorder.addStep();
        List<Step> steps = recorder.steps();
        assertThat(steps.get(0).title()).isEqualTo("DNS and cache fail");
        assertThat(steps.get(0).narration()).isEqualTo("Both at once.");
        assertThat(steps.get(0).frame()).containsExactly(id("dns"), id("cache"));
        assertThat(steps.get(1).title()).isEqualTo("Step 2");
        assertThat(steps.get(1).knockOut()).containsExactly(id("r1"));
        assertThat(steps.get(1).restore()).containsExactly(id("dns"));
        assertThat(recorder.stepTitleProperty().get()).isEmpty();
        assertThat(recorder.narrationProperty().get()).isEmpty();
    }

    @Test
    void aStepWithOnlyNarrationIsAllowedButAnEmptyOneIsNot() {
        recorder.start();
        assertThat(recorder.canAddStepProperty().get()).isFalse();
        recorder.narrationProperty().set("Ask the room what happens next.");
        assertThat(recorder.canAddStepProperty().get()).isTrue();
        recorder.addStep();
        assertThat(recorder.steps()).singleElement().satisfies(s -> assertThat(s.knockOut()).isEmpty());
    }

    @Test
    void finishingMakesAScenarioThatReplaysTheRecordedSetsUnderAFreshId() {
        Graph graph = Fixtures.shop().withScenario(new Scenario("my-walkthrough", "Taken", "", List.of()));
        recorder.scenarioTitleProperty().set("My walkthrough");
        recorder.start();
        knock("dns");
        recorder.addStep();
        knock();
        recorder.addStep();
        assertThat(recorder.canFinishProperty().get()).isTrue();
        Scenario scenario = recorder.finish(graph);
        assertThat(scenario.id()).isEqualTo("my-walkthrough-2");
        assertThat(scenario.title()).isEqualTo("My walkthrough");
        assertThat(scenario.knockedOutAfter(0)).containsExactly(id("dns"));
        assertThat(scenario.knockedOutAfter(1)).isEmpty();
        assertThat(recorder.recordingProperty().get()).isFalse();
        assertThat(recorder.steps()).isEmpty();
        assertThat(graph.withScenario(scenario).scenarios()).hasSize(2);
    }

    @Test
    void finishingWithoutStepsIsRefusedAndCancellingForgetsTheSteps() {
        recorder.start();
        assertThatThrownBy(() -> recorder.finish(Fixtures.shop())).isInstanceOf(IllegalStateException.class);
        knock("dns");
        recorder.addStep();
        recorder.cancel();
        assertThat(recorder.recordingProperty().get()).isFalse();
        assertThat(recorder.steps()).isEmpty();
    }

    @Test
    void idsAreMadeFromTitlesWithoutAccentsOrPunctuation() {
        assertThat(RecorderModel.uniqueId(Fixtures.shop(), "Région Öst: DNS!")).isEqualTo("region-ost-dns");
        assertThat(RecorderModel.uniqueId(Fixtures.shop(), "!!!")).isEqualTo("walkthrough");
    }

    @Test
    void recordedStepsFollowARenameAndLoseADeletedServiceWithoutAPendingChangeOfTheirOwn() {
        recorder.start();
        knock("dns", "cache");
        recorder.addStep();
        knock("dns-2", "cache"); // the knocked-out set follows the rename first, as the window does
        recorder.follow(id -> id.equals(id("dns")) ? java.util.Optional.of(id("dns-2")) : java.util.Optional.of(id));
        assertThat(recorder.steps().get(0).knockOut()).containsExactly(id("dns-2"), id("cache"));
        assertThat(recorder.pendingProperty().get().isEmpty()).isTrue();

        knock("dns-2");
        recorder.follow(id -> id.equals(id("cache")) ? java.util.Optional.empty() : java.util.Optional.of(id));
        assertThat(recorder.steps().get(0).knockOut()).containsExactly(id("dns-2"));
        assertThat(recorder.steps().get(0).frame()).containsExactly(id("dns-2"));
        assertThat(recorder.pendingProperty().get().isEmpty()).isTrue();
    }

    @Test
    void aFinishedScenarioKeepsOnlyServicesOfTheGraphItIsAddedTo() {
        recorder.start();
        knock("dns", "gone");
        recorder.addStep();
        Scenario scenario = recorder.finish(Fixtures.shop());
        assertThat(scenario.steps().get(0).knockOut()).containsExactly(id("dns"));
        assertThat(Fixtures.shop().withScenario(scenario).scenarios()).contains(scenario);
    }
}
