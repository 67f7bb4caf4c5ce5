package dev.blastmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceTest {

    @Test
    void aServiceWithoutAvailabilityIsPerfectlyReliable() {
        Service s = Service.of("db");
        assertThat(s.availability()).isEqualTo(1.0);
        assertThat(s.isUnreliable()).isFalse();
    }

    @Test
    void anAvailabilityBelowOneMakesTheServiceUnreliableAndSurvivesACopy() {
        Service s = Service.builder("db").availability(0.999).build();
        assertThat(s.isUnreliable()).isTrue();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void availabilitiesOutsideAboveZeroToOneAreRefused() {
        for (double bad : new double[] {0.0, -0.5, 1.0000001, 99.9, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Service.builder("db").availability(bad).build())
                    .as("availability %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("availability of db");
        }
        assertThat(Service.builder("db").availability(Double.MIN_VALUE).build().availability())
                .isEqualTo(Double.MIN_VALUE);
    }
}
