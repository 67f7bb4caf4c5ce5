package dev.blastmap.app.spread;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class PlaybackModelTest {

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(Fixtures.shopDocument());
    private final KnockoutModel knockouts = new KnockoutModel(document);
    private final PlaybackModel playback = new PlaybackModel(knockouts.currentProperty());

    @Test
    void aKnockoutStartsPlayingFromTheKnockedOutServices() {
        knockouts.knockOut(List.of(id("dns")));
        assertThat(playback.playingProperty().get()).isTrue();
        assertThat(playback.frameProperty().get()).isEqualTo(1);
        assertThat(playback.downProperty().get()).isEqualTo(1);
        assertThat(playback.stateOf(id("dns"))).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(playback.stateOf(id("web"))).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void ticksPlayTheWavesToTheEndAndStop() {
        knockouts.knockOut(List.of(id("dns")));
        for (int i = 0; i < 100 && playback.playingProperty().get(); i++) {
            playback.tick(0.1);
        }
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.finishedProperty().get()).isTrue();
        assertThat(playback.downProperty().get()).isEqualTo(5);
        assertThat(playback.customerFacingDownProperty().get()).isEqualTo(1);
        assertThat(playback.weightedProperty().get()).isEqualTo(14);
        assertThat(playback.clockProperty().get()).isEqualTo("T+10 min · wave 2");
    }

    @Test
    void fasterSpeedReachesTheEndInFewerTicks() {
        knockouts.knockOut(List.of(id("dns")));
        int normal = ticksToEnd();
        knockouts.reset();
        playback.speedProperty().set(4);
        knockouts.knockOut(List.of(id("dns")));
        assertThat(ticksToEnd()).isLessThan(normal);
    }

    private int ticksToEnd() {
        int ticks = 0;
        while (playback.playingProperty().get() && ticks < 1000) {
            playback.tick(0.05);
            ticks++;
        }
        return ticks;
    }

    @Test
    void scrubbingShowsAFrameAndPauses() {
        knockouts.knockOut(List.of(id("dns")));
        playback.seek(3);
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.downProperty().get()).isEqualTo(3);
        assertThat(playback.stateOf(id("api"))).isEqualTo(ServiceState.DOWN);
        assertThat(playback.stateOf(id("web"))).isEqualTo(ServiceState.DEGRADED);
        playback.seek(0);
        assertThat(playback.downProperty().get()).isZero();
    }

    @Test
    void playingFromTheEndReplaysFromTheStart() {
        knockouts.knockOut(List.of(id("dns")));
        playback.seekEnd();
        playback.play();
        assertThat(playback.frameProperty().get()).isZero();
        assertThat(playback.playingProperty().get()).isTrue();
    }

    @Test
    void undoShowsTheWholeBlastRadiusAtOnce() {
        knockouts.knockOut(List.of(id("dns")));
        knockouts.knockOut(List.of(id("r1")));
        knockouts.undo();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.frameProperty().get()).isEqualTo(playback.lastFrameProperty().get());
        assertThat(playback.downProperty().get()).isEqualTo(5);
    }

    @Test
    void nothingKnockedOutHasNothingToPlay() {
        playback.play();
        assertThat(playback.playingProperty().get()).isFalse();
        assertThat(playback.downProperty().get()).isZero();
    }
}
