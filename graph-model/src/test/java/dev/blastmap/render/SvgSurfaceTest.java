package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgSurfaceTest {

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoExponent() {
        assertThat(SvgSurface.num(1)).isEqualTo("1");
        assertThat(SvgSurface.num(1.5)).isEqualTo("1.5");
        assertThat(SvgSurface.num(-0.126)).isEqualTo("-0.13");
        assertThat(SvgSurface.num(1e-7)).isEqualTo("0");
        assertThat(SvgSurface.num(12345678.9)).isEqualTo("12345678.9");
        assertThat(SvgSurface.num(0.05)).isEqualTo("0.05");
    }

    @Test
    void theTransformIsAppliedToCoordinatesAndSizes() {
        SvgSurface s = new SvgSurface(100, 100, "t");
        s.translate(10, 20);
        s.scale(2);
        s.setFill(Rgba.hex("#ff0000").withAlpha(0.5));
        s.fillRoundRect(1, 1, 5, 5, 2);
        assertThat(s.toSvg()).contains("<rect x=\"12\" y=\"22\" width=\"10\" height=\"10\" rx=\"4\" fill=\"#ff0000\" fill-opacity=\"0.5\"/>");
    }

    @Test
    void restoreBringsBackTheSavedTransformAndOpacity() {
        SvgSurface s = new SvgSurface(100, 100, "");
        s.save();
        s.translate(50, 50);
        s.setAlpha(0.5);
        s.restore();
        s.setFill(Rgba.hex("#000000"));
        s.fillRect(0, 0, 1, 1);
        assertThat(s.toSvg()).contains("<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" fill=\"#000000\"/>");
    }
}
