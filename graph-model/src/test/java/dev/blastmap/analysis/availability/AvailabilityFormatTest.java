package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.ServiceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityFormatTest {

    @Test
    void percentagesShowTheFirstTwoDigitsOfWhatIsLost() {
        assertThat(AvailabilityFormat.percent(0.0005)).isEqualTo("99.9500%");
        assertThat(AvailabilityFormat.percent(0.0015)).isEqualTo("99.850%");
        assertThat(AvailabilityFormat.percent(0.5)).isEqualTo("50.00%");
        assertThat(AvailabilityFormat.percent(1e-7)).isEqualTo("99.9999900%");
        assertThat(AvailabilityFormat.percent(0)).isEqualTo("100%");
        assertThat(AvailabilityFormat.percent(1)).isEqualTo("0.00%");
    }

    @Test
    void ninesAreMinusTheLogarithmOfTheUnavailability() {
        assertThat(AvailabilityFormat.nines(0.001)).isEqualTo("3.0");
        assertThat(AvailabilityFormat.nines(0.0005)).isEqualTo("3.3");
        assertThat(AvailabilityFormat.nines(0)).isEqualTo("∞");
    }

    @Test
    void downtimeIsGivenInTheLargestUnitAboveOne() {
        assertThat(AvailabilityFormat.downtime(525.96)).isEqualTo("8.8 h");
        assertThat(AvailabilityFormat.downtime(52.596)).isEqualTo("52.6 min");
        assertThat(AvailabilityFormat.downtime(0.526)).isEqualTo("31.6 s");
        assertThat(AvailabilityFormat.downtime(5259.6)).isEqualTo("3.7 d");
        assertThat(AvailabilityFormat.downtime(0)).isEqualTo("0 s");
        assertThat(AvailabilityFormat.downtime(1e-6)).isEqualTo("6.0e-05 s");
    }

    @Test
    void aSampledBirnbaumImportanceComesWithItsIntervalAndAnExactOneAlone() {
        ServiceId db = ServiceId.of("db");

        assertThat(AvailabilityFormat.birnbaum(new ComponentImportance(db, 0.9, 0.198, 2, 0.8, 0.5)))
                .isEqualTo("0.198");
        assertThat(AvailabilityFormat.birnbaum(new ComponentImportance(db, 0.9, 0.198, 2, 0.8, 0.5, 0.18712, 0.2091)))
                .isEqualTo("0.198 (0.187–0.209)");
    }

    @Test
    void sampledImportanceSaysHowManyScenariosItComesFrom() {
        ServiceId web = ServiceId.of("web");

        assertThat(AvailabilityFormat.importanceSource(new ServiceImportance(web, Method.EXACT, List.of())))
                .isEmpty();
        assertThat(AvailabilityFormat.importanceSource(new ServiceImportance(web, Method.MONTE_CARLO, List.of(),
                3904))).isEqualTo("estimated from 3,904 sampled scenarios");
    }
}
