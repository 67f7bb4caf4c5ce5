package dev.blastmap.app.player;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class PlayerViewModelTest {

    /** Records what the player asks of the window. */
    private static final class RecordingTarget implements StepTarget {
        final List<Set<ServiceId>> shown = new ArrayList<>();
        final List<Boolean> animated = new ArrayList<>();
        final List<List<ServiceId>> framed = new ArrayList<>();

        @Override
        public void show(Set<ServiceId> knockedOut, boolean animate) {
            shown.add(knockedOut);
            animated.add(animate);
        }

        @Override
        public void frame(List<ServiceId> ids) {
            framed.add(ids);
        }

        Set<ServiceId> last() {
            return shown.get(shown.size() - 1);
        }
    }

    private static Step step(String time, String title, List<String> out, List<String> back, List<String> frame) {
        return new Step(time == null ? null : OffsetDateTime.parse(time), title, title + " happens.",
                out.stream().map(ServiceId::of).toList(), back.stream().map(ServiceId::of).toList(),
                frame.stream().map(ServiceId::of).toList());
    }

    private static final Scenario OUTAGE = new Scenario("outage", "DNS outage", "DNS fails and comes back.", List.of(
            step("2025-10-19T23:48:00-07:00", "DNS fails", List.of("dns"), List.of(), List.of("dns", "db")),
            step(null, "Cache fails too", List.of("cache"), List.of(), List.of()),
            step("2025-10-20T02:25:00-07:00", "DNS back", List.of(), List.of("dns"), List.of("dns")),
            step("2025-10-20T02:40:00-07:00", "Cache back", List.of(), List.of("cache"), List.of("cache"))));

    private static final Scenario ZONE = new Scenario("zone", "Zone", "", List.of(
            step(null, "Replica", List.of("r1"), List.of(), List.of())));

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(document(OUTAGE, ZONE));
    private final RecordingTarget target = new RecordingTarget();
    private final PlayerViewModel player = new PlayerViewModel(document, target);

    private static GraphDocument document(Scenario... scenarios) {
        Graph shop = Fixtures.shop();
        for (Scenario s : scenarios) {
            shop = shop.withScenario(s);
        }
        return new GraphDocument(shop, "Shop", null, List.of());
    }

    @Test
    void openingAGraphPicksItsFirstScenarioWithoutTouchingTheKnockouts() {
        assertThat(player.scenarios()).extracting(Scenario::id).containsExactly("outage", "zone");
        assertThat(player.scenarioProperty().get().id()).isEqualTo("outage");
        assertThat(player.indexProperty().get()).isEqualTo(-1);
        assertThat(player.captionProperty().get().title()).isEqualTo("DNS outage");
        assertThat(player.captionProperty().get().narration()).contains("Press → to start");
        assertThat(target.shown).isEmpty();
    }

    @Test
    void anEditKeepsTheStepShownAndItsStepsFollowARenamedService() {
        player.next();
        player.next();
        GraphDocument before = document.get();
        document.set(before.withGraph(new dev.blastmap.edit.RenameService(id("dns"), id("route53"), "Route 53")
                .apply(before.graph())));
        assertThat(player.indexProperty().get()).isEqualTo(1);
        assertThat(player.scenarioProperty().get().steps().get(0).knockOut()).containsExactly(id("route53"));
        assertThat(player.captionProperty().get().title()).isEqualTo("Cache fails too");
        document.set(document(OUTAGE, ZONE));
        assertThat(player.indexProperty().get()).isEqualTo(-1);
    }

    @Test
    void eachStepSetsTheKnockedOutSetOfTheScenarioAndFramesItsServices() {
        player.next();
        assertThat(target.last()).containsExactly(id("dns"));
        assertThat(target.animated).containsExactly(true);
        assertThat(target.framed).last().isEqualTo(List.of(id("dns"), id("db")));
        player.next();
        assertThat(target.last()).containsExactly(id("dns"), id("cache"));
        player.next();
        assertThat(target.last()).containsExactly(id("cache"));
        player.next();
        assertThat(target.last()).isEmpty();
        assertThat(player.canNextProperty().get()).isFalse();
    }

    @Test
    void aStepWithoutFramesFramesWhatItChanges() {
        player.next();
        player.next();
        assertThat(target.framed).last().isEqualTo(List.of(id("cache")));
    }

    @Test
    void steppingBackShowsThePreviousStateWithoutAnimationAndEndsBeforeTheFirstStep() {
        player.next();
        player.next();
        player.previous();
        assertThat(target.last()).containsExactly(id("dns"));
        assertThat(target.animated).last().isEqualTo(false);
        player.previous();
        assertThat(target.last()).isEmpty();
        assertThat(player.indexProperty().get()).isEqualTo(-1);
        assertThat(player.canPreviousProperty().get()).isFalse();
        player.previous();
        assertThat(player.indexProperty().get()).isEqualTo(-1);
    }

    @Test
    void theCaptionShowsTheStepsTimeNarrationAndPosition() {
        player.next();
        Caption caption = player.captionProperty().get();
        assertThat(caption.position()).isEqualTo("Step 1 of 4");
        assertThat(caption.clock()).isEqualTo("11:48 PM");
        assertThat(caption.date()).isEqualTo("Sun 19 Oct 2025 · UTC−07:00");
        assertThat(caption.elapsed()).isEmpty();
        assertThat(caption.title()).isEqualTo("DNS fails");
        assertThat(caption.narration()).isEqualTo("DNS fails happens.");
        player.next();
        assertThat(player.captionProperty().get().clock()).isEmpty();
        player.next();
        assertThat(player.captionProperty().get().elapsed()).isEqualTo("T+2 h 37 min");
    }

    @Test
    void jumpingToAStepShowsItsStateDirectly() {
        player.goTo(2);
        assertThat(target.last()).containsExactly(id("cache"));
        assertThatThrownBy(() -> player.goTo(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void playingAdvancesThroughNextAndStopsAtTheLastStep() {
        player.play();
        assertThat(player.playingProperty().get()).isTrue();
        for (int i = 0; i < 4; i++) {
            player.next();
        }
        assertThat(player.playingProperty().get()).isTrue();
        player.next();
        assertThat(player.playingProperty().get()).isFalse();
        player.play();
        assertThat(player.indexProperty().get()).isEqualTo(-1);
        assertThat(player.playingProperty().get()).isTrue();
        player.togglePlay();
        assertThat(player.playingProperty().get()).isFalse();
    }

    @Test
    void aStepStaysLongEnoughToReadItsNarrationAloud() {
        assertThat(player.dwell()).isEqualTo(Duration.ofSeconds(3));
        player.next();
        assertThat(player.dwell()).isEqualTo(Duration.ofSeconds(5));
        Scenario wordy = new Scenario("wordy", "Wordy", "", List.of(new Step(null, "Long", "word ".repeat(40), List.of(),
                List.of(), List.of(id("dns")))));
        document.set(document(wordy));
        player.next();
        assertThat(player.dwell()).isEqualTo(Duration.ofMillis(40 * 350));
    }

    @Test
    void pickingAnotherScenarioGoesBackBeforeItsFirstStepAndStopsPlaying() {
        player.next();
        player.play();
        player.scenarioProperty().set(player.scenarios().get(1));
        assertThat(player.indexProperty().get()).isEqualTo(-1);
        assertThat(player.playingProperty().get()).isFalse();
        player.next();
        assertThat(target.last()).containsExactly(id("r1"));
    }

    @Test
    void reopeningTheGraphKeepsThePickedScenarioButStartsOver() {
        player.select("zone");
        player.next();
        document.set(document(OUTAGE, ZONE));
        assertThat(player.scenarioProperty().get().id()).isEqualTo("zone");
        assertThat(player.indexProperty().get()).isEqualTo(-1);
    }

    @Test
    void aGraphWithoutScenariosLeavesThePlayerInactive() {
        document.set(new GraphDocument(Fixtures.shop(), "Shop", null, List.of()));
        assertThat(player.activeProperty().get()).isFalse();
        assertThat(player.canNextProperty().get()).isFalse();
        assertThat(player.captionProperty().get()).isEqualTo(Caption.none());
        assertThatThrownBy(player::play).isInstanceOf(IllegalStateException.class);
    }
}
