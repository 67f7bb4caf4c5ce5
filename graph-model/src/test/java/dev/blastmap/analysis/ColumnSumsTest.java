package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnSumsTest {

    @Test
    void eachColumnTotalsTheWeightsOfTheMasksThatHaveItsBit() {
        Random random = new Random(42);
        ColumnSums sums = new ColumnSums();
        long[] expected = new long[64];
        for (int i = 0; i < 5000; i++) {
            long mask = random.nextLong();
            long weight = random.nextInt(1 << 20);
            sums.add(mask, weight);
            for (int bit = 0; bit < 64; bit++) {
                if ((mask >>> bit & 1) != 0) {
                    expected[bit] += weight;
                }
            }
        }
        long[] totals = new long[64];

        sums.drainInto(totals);

        assertThat(totals).containsExactly(expected);
    }

    @Test
    void sparseMasksAddedBitByBitAndDenseOnesAddedInSlicesMakeTheSameTotals() {
        Random random = new Random(7);
        ColumnSums sums = new ColumnSums();
        long[] expected = new long[64];
        for (int i = 0; i < 5000; i++) {
            long mask = switch (i % 3) {
                case 0 -> 1L << random.nextInt(64);
                case 1 -> 1L << random.nextInt(64) | 1L << random.nextInt(64);
                default -> random.nextLong();
            };
            long weight = 1 + random.nextInt(i % 2 == 0 ? 1 : 100);
            sums.add(mask, weight);
            for (int bit = 0; bit < 64; bit++) {
                if ((mask >>> bit & 1) != 0) {
                    expected[bit] += weight;
                }
            }
        }
        long[] totals = new long[64];

        sums.drainInto(totals);

        assertThat(totals).containsExactly(expected);
    }

    @Test
    void drainingStartsAgainFromZero() {
        ColumnSums sums = new ColumnSums();
        sums.add(-1L, 7);
        long[] totals = new long[64];
        sums.drainInto(totals);

        sums.add(1L, 3);
        sums.drainInto(totals);

        assertThat(totals[0]).isEqualTo(3);
        assertThat(totals[1]).isZero();
    }
}
