package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.layout.Box;
import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void screenAndModelCoordinatesConvertBothWays() {
        Viewport v = new Viewport(2, 100, -50);
        assertThat(v.toScreenX(10)).isEqualTo(120);
        assertThat(v.toScreenY(10)).isEqualTo(-30);
        assertThat(v.toModelX(v.toScreenX(37.5))).isCloseTo(37.5, within(1e-9));
        assertThat(v.toModelY(v.toScreenY(-12))).isCloseTo(-12, within(1e-9));
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorStill() {
        Viewport v = new Viewport(0.8, 30, 40);
        double modelX = v.toModelX(300);
        double modelY = v.toModelY(200);
        Viewport zoomed = v.zoomAt(1.5, 300, 200);
        assertThat(zoomed.scale()).isCloseTo(1.2, within(1e-9));
        assertThat(zoomed.toScreenX(modelX)).isCloseTo(300, within(1e-9));
        assertThat(zoomed.toScreenY(modelY)).isCloseTo(200, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        Viewport v = Viewport.identity();
        assertThat(v.zoomAt(1000, 0, 0).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(v.zoomAt(1e-6, 0, 0).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void panningMovesThePictureWithThePointer() {
        Viewport v = new Viewport(1.5, 0, 0).panBy(15, -5);
        assertThat(v.toScreenX(0)).isEqualTo(15);
        assertThat(v.toScreenY(0)).isEqualTo(-5);
    }

    @Test
    void fittingShowsTheWholeBoxCentredWithItsMargin() {
        Box box = new Box(-200, 100, 1000, 400);
        Viewport v = Viewport.fit(box, 800, 600, 20, 4);
        assertThat(v.scale()).isCloseTo(0.76, within(1e-9));
        Box visible = v.visible(800, 600);
        assertThat(visible.contains(box)).isTrue();
        assertThat(v.toScreenX(box.centerX())).isCloseTo(400, within(1e-9));
        assertThat(v.toScreenY(box.centerY())).isCloseTo(300, within(1e-9));
    }

    @Test
    void aViewIsShownAtItsZoomWithItsCentreInTheMiddleAndNoFartherOutThanTheLimit() {
        Viewport v = Viewport.showing(new dev.blastmap.render.LabelledFraming.View(0.5, 300, -40), 800, 600);
        assertThat(v.scale()).isEqualTo(0.5);
        assertThat(v.toScreenX(300)).isCloseTo(400, within(1e-9));
        assertThat(v.toScreenY(-40)).isCloseTo(300, within(1e-9));

        Viewport far = Viewport.showing(new dev.blastmap.render.LabelledFraming.View(0.001, 0, 0), 800, 600);
        assertThat(far.scale()).isEqualTo(Viewport.MIN_SCALE);
        assertThat(far.toScreenX(0)).isCloseTo(400, within(1e-9));
    }

    @Test
    void fittingASmallBoxDoesNotZoomPastTheLimitAsked() {
        assertThat(Viewport.fit(new Box(0, 0, 10, 10), 800, 600, 20, 1.25).scale()).isEqualTo(1.25);
    }

    @Test
    void theVisibleRectangleIsTheViewInModelCoordinates() {
        Box visible = new Viewport(2, -100, -40).visible(800, 600);
        assertThat(visible).isEqualTo(new Box(50, 20, 400, 300));
    }

    @Test
    void interpolationRunsFromStartToTargetWithZoomChangingGeometrically() {
        Viewport a = new Viewport(0.5, 0, 0);
        Viewport b = new Viewport(2, -300, -100);
        assertThat(a.interpolate(b, 0, 800, 600)).isEqualTo(a);
        assertThat(a.interpolate(b, 1, 800, 600)).isEqualTo(b);
        assertThat(a.interpolate(b, 0.5, 800, 600).scale()).isCloseTo(1.0, within(1e-9));
        Viewport mid = a.interpolate(b, 0.5, 800, 600);
        double cx = mid.toModelX(400);
        assertThat(cx).isBetween(Math.min(a.toModelX(400), b.toModelX(400)), Math.max(a.toModelX(400), b.toModelX(400)));
    }

    @Test
    void centringPutsTheModelPointInTheMiddle() {
        Viewport v = new Viewport(1.7, 3, 4).centredOn(120, -80, 640, 480);
        assertThat(v.toScreenX(120)).isCloseTo(320, within(1e-9));
        assertThat(v.toScreenY(-80)).isCloseTo(240, within(1e-9));
    }
}
