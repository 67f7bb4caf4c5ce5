package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatRampTest {

    @Test
    void coolIsGreenMiddleIsAmberHotIsRedAndOutOfRangeIsClamped() {
        assertThat(HeatRamp.solid(0)).isEqualTo(Rgba.hex("#22c55e"));
        assertThat(HeatRamp.solid(0.5)).isEqualTo(Rgba.hex("#f59e0b"));
        assertThat(HeatRamp.solid(1)).isEqualTo(Rgba.hex("#ef4444"));
        assertThat(HeatRamp.solid(7)).isEqualTo(HeatRamp.solid(1));
        assertThat(HeatRamp.solid(Double.NaN)).isEqualTo(HeatRamp.solid(0));
    }

    @Test
    void cardFillsKeepTheLabelReadableOnEitherTheme() {
        for (double heat = 0; heat <= 1; heat += 0.25) {
            assertThat(HeatRamp.fill(Theme.light(), heat).luminance()).isGreaterThan(0.45);
            assertThat(HeatRamp.fill(Theme.dark(), heat).luminance()).isLessThan(0.1);
        }
    }
}
