package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewportAnimationTest {

    @Test
    void anAnimationStartsAtItsStartAndEndsAtItsTarget() {
        Viewport from = new Viewport(1, 0, 0);
        Viewport to = new Viewport(2, 100, 50);
        ViewportAnimation a = new ViewportAnimation(from, to, 1_000, 400);
        assertThat(a.at(1_000, 800, 600)).isEqualTo(from);
        assertThat(a.isDone(1_200)).isFalse();
        assertThat(a.at(1_400, 800, 600)).isEqualTo(to);
        assertThat(a.isDone(1_400)).isTrue();
        assertThat(a.at(1_200, 800, 600).scale()).isBetween(1.0, 2.0);
    }

    @Test
    void aZeroLengthAnimationJumps() {
        Viewport to = new Viewport(2, 100, 50);
        ViewportAnimation a = new ViewportAnimation(Viewport.identity(), to, 0, 0);
        assertThat(a.isDone(0)).isTrue();
        assertThat(a.at(0, 800, 600)).isEqualTo(to);
    }
}
