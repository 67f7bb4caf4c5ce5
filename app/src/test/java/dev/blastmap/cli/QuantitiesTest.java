package dev.blastmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void simulatedTimesReadLikePeopleWriteThem() {
        assertThat(Quantities.text(Duration.ZERO)).isEqualTo("0s");
        assertThat(Quantities.text(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Quantities.text(Duration.ofMinutes(90))).isEqualTo("1h 30m");
        assertThat(Quantities.text(Duration.ofDays(2).plusHours(4).plusSeconds(5))).isEqualTo("2d 4h 5s");
        assertThat(Quantities.text(Duration.ofMillis(1500))).isEqualTo("1.5s");
    }

    @Test
    void jsonTimesAreSecondsWithAFractionOnlyWhenNeeded() {
        assertThat(Quantities.jsonSeconds(Duration.ofMinutes(10)).toString()).isEqualTo("600");
        assertThat(Quantities.jsonSeconds(Duration.ofMillis(1500)).toString()).isEqualTo("1.5");
    }

    @Test
    void wholeWeightsHaveNoFraction() {
        assertThat(Quantities.text(18.0)).isEqualTo("18");
        assertThat(Quantities.text(0.25)).isEqualTo("0.25");
    }
}
