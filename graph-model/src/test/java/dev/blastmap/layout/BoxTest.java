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
}
