package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BandSplitTest {

    @Test
    void bandsStartEqualAndCoverEveryRowOnce() {
        assertThat(new BandSplit(3).rows(300)).containsExactly(0, 100, 200, 300);
        assertThat(new BandSplit(1).rows(7)).containsExactly(0, 7);
    }

    @Test
    void aBandThatTookLongerGivesRowsToTheOthersUntilTheyTakeTheSame() {
        BandSplit split = new BandSplit(2);
        // The top half of the picture costs three times as much per row as the bottom half.
        for (int frame = 0; frame < 30; frame++) {
            int[] rows = split.rows(1000);
            split.learn(rows, new long[] {cost(rows[0], rows[1]), cost(rows[1], rows[2])});
        }
        int[] rows = split.rows(1000);
        assertThat(rows[1]).isBetween(330, 336);
        assertThat((double) cost(0, rows[1])).isCloseTo(cost(rows[1], 1000), org.assertj.core.data.Percentage.withPercentage(2));
    }

    /** Three units a row above row 500, one below. */
    private static long cost(int from, int to) {
        long c = 0;
        for (int y = from; y < to; y++) {
            c += y < 500 ? 3 : 1;
        }
        return c;
    }

    @Test
    void everyBandKeepsSomeRowsHoweverCheapTheOthersAre() {
        BandSplit split = new BandSplit(3);
        for (int frame = 0; frame < 50; frame++) {
            split.learn(split.rows(1200), new long[] {1, 1_000_000, 1});
        }
        int[] rows = split.rows(1200);
        for (int b = 0; b < 3; b++) {
            assertThat(rows[b + 1] - rows[b]).as("band %d", b).isGreaterThanOrEqualTo(99);
        }
        assertThat(rows[0]).isZero();
        assertThat(rows[3]).isEqualTo(1200);
    }

    @Test
    void costsOfNothingLeaveTheCutsAsTheyWere() {
        BandSplit split = new BandSplit(2);
        split.learn(split.rows(100), new long[] {0, 0});
        assertThat(split.rows(100)).containsExactly(0, 50, 100);
    }

    @Test
    void aSplitNeedsALane() {
        assertThatThrownBy(() -> new BandSplit(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
