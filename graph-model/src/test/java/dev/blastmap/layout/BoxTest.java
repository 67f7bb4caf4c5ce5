package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void boxesThatOnlyTouchIntersectButDoNotOverlap() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(10, 0, 10, 10);
        assertThat(a.intersects(b)).isTrue();
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.overlaps(new Box(9, 9, 5, 5))).isTrue();
    }

    @Test
    void theUnionHoldsEveryBox() {
        Box u = Box.union(List.of(new Box(0, 0, 10, 10), new Box(-5, 20, 3, 3)));
        assertThat(u).isEqualTo(new Box(-5, 0, 15, 23));
        assertThat(Box.union(List.of())).isEqualTo(Box.empty());
    }

    @Test
    void theBorderPointTowardsATargetLiesOnTheBorder() {
        Box b = new Box(0, 0, 100, 40);
        assertThat(b.borderPointTowards(new Point(50, 500))).isEqualTo(new Point(50, 40));
        assertThat(b.borderPointTowards(new Point(1000, 20))).isEqualTo(new Point(100, 20));
        assertThat(b.borderPointTowards(b.center())).isEqualTo(b.center());
    }

    @Test
    void aBoxNeedsAFiniteNonNegativeSize() {
        assertThatThrownBy(() -> new Box(0, 0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Box(Double.NaN, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inflatingGrowsEverySideAndNeverBelowZero() {
        assertThat(new Box(10, 10, 20, 20).inflate(5)).isEqualTo(new Box(5, 5, 30, 30));
        assertThat(new Box(10, 10, 20, 20).inflate(-50).width()).isZero();
    }

    @Test
    void aLineIntersectsABoxOnlyWhereItPassesThroughIt() {
        Box b = new Box(0, 0, 10, 10);
        assertThat(b.intersectsLine(-5, 5, 15, 5)).isTrue();
        assertThat(b.intersectsLine(2, 2, 3, 3)).isTrue();
        assertThat(b.intersectsLine(-5, -5, 15, 15)).isTrue();
        assertThat(b.intersectsLine(10, -5, 10, 15)).isTrue();
        assertThat(b.intersectsLine(-5, 0, 0, -5)).isFalse();
        assertThat(b.intersectsLine(-20, 5, -11, 5)).isFalse();
        assertThat(b.intersectsLine(-20, 5, -1, 30)).isFalse();
        // Its bounding box meets the box, the line itself passes by.
        assertThat(b.intersects(new Box(-10, 0, 30, 30))).isTrue();
        assertThat(b.intersectsLine(-10, 30, 20, 12)).isFalse();
    }

    /** The definition: some point of the segment lies in the box (the segment clipped to each side in turn). */
    private static boolean reaches(Box b, double x1, double y1, double x2, double y2) {
        double enter = 0;
        double leave = 1;
        double[] p = {-(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1};
        double[] q = {x1 - b.x(), b.maxX() - x1, y1 - b.y(), b.maxY() - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                enter = Math.max(enter, q[i] / p[i]);
            } else {
                leave = Math.min(leave, q[i] / p[i]);
            }
        }
        return enter <= leave;
    }

    @Test
    void aLineIntersectsABoxExactlyWhenSomePointOfItLiesInTheBox() {
        java.util.Random rng = new java.util.Random(23);
        Box b = new Box(10, 20, 30, 15);
        int meeting = 0;
        for (int i = 0; i < 100_000; i++) {
            double[] e = new double[4];
            for (int k = 0; k < 4; k++) {
                e[k] = rng.nextDouble() * 80 - 15;
            }
            boolean expected = reaches(b, e[0], e[1], e[2], e[3]);
            assertThat(b.intersectsLine(e[0], e[1], e[2], e[3])).as("%s", java.util.Arrays.toString(e)).isEqualTo(expected);
            meeting += expected ? 1 : 0;
        }
        assertThat(meeting).isBetween(10_000, 90_000);
    }
}
