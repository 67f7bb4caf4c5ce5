package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PulsesTest {

    private static final ServiceId DB = ServiceId.of("db");
    private static final ServiceId API = ServiceId.of("api");

    @Test
    void aPulseIsFullWhenItBeginsAndFadesUntilItEnds() {
        Pulses pulses = new Pulses();
        pulses.start(List.of(DB), 1_000);
        assertThat(pulses.at(1_000)).containsEntry(DB, 1.0);
        assertThat(pulses.at(1_000 + Pulses.DURATION_NANOS / 2).get(DB)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pulses.at(2_000 + Pulses.DURATION_NANOS)).isEmpty();
        assertThat(pulses.isEmpty()).isTrue();
    }

    @Test
    void startingAgainRestartsThePulse() {
        Pulses pulses = new Pulses();
        pulses.start(List.of(DB, API), 0);
        pulses.start(List.of(DB), Pulses.DURATION_NANOS / 2);
        assertThat(pulses.at(Pulses.DURATION_NANOS / 2)).containsEntry(DB, 1.0).containsKey(API);
    }

    @Test
    void tooManyChangesAtOnceMakeNoPulses() {
        Pulses pulses = new Pulses();
        pulses.startIfFew(IntStream.range(0, Pulses.MAX_AT_ONCE + 1).mapToObj(i -> ServiceId.of("s" + i)).toList(), 0);
        assertThat(pulses.isEmpty()).isTrue();
        pulses.startIfFew(List.of(DB), 0);
        assertThat(pulses.at(0)).containsOnlyKeys(DB);
    }

    @Test
    void changesThatWouldMakeTooManyPulsesRunAtOnceMakeNoneUntilOthersEnd() {
        Pulses pulses = new Pulses();
        pulses.startIfFew(IntStream.range(0, Pulses.MAX_AT_ONCE).mapToObj(i -> ServiceId.of("s" + i)).toList(), 0);
        pulses.startIfFew(List.of(DB), 1);
        assertThat(pulses.at(1)).hasSize(Pulses.MAX_AT_ONCE).doesNotContainKey(DB);
        pulses.startIfFew(List.of(DB), 2 + Pulses.DURATION_NANOS);
        assertThat(pulses.at(2 + Pulses.DURATION_NANOS)).containsOnlyKeys(DB);
    }
}
