package dev.blastmap.app.spread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedTimeTest {

    @Test
    void writesDurationsTheWayPeopleSayThem() {
        assertThat(SimulatedTime.format(Duration.ZERO)).isEqualTo("0 s");
        assertThat(SimulatedTime.format(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(SimulatedTime.format(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(SimulatedTime.format(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(SimulatedTime.format(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(SimulatedTime.format(Duration.ofHours(3))).isEqualTo("3 h");
    }

    @Test
    void theClockLabelCountsFromTheKnockout() {
        assertThat(SimulatedTime.clock(Duration.ofMinutes(5))).isEqualTo("T+5 min");
    }
}
