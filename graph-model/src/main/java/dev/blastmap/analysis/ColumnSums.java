package dev.blastmap.analysis;

import java.util.Arrays;

/**
 * 64 running totals kept as bit slices: slice l holds bit l of every total, bit i of a slice belongs to
 * total i. Adding a 64-bit mask times an integer weight is a few carry-save steps instead of one addition
 * per set bit, which is what makes summing the down sets of 64 knockouts at once cheap. Totals must stay
 * below 2^63. Not thread-safe.
 */
final class ColumnSums {

    private final long[] slices = new long[64];
    private int used;
    /** Plain totals, added to what the slices hold when drained. */
    private final long[] direct = new long[64];

    /**
     * Adds {@code weight} to every total whose bit is set in {@code mask}. A mask with no more bits set than
     * the weight has is added bit by bit, which is then fewer steps: most services are down for only one or
     * two of the 64 sources of a pass.
     */
    void add(long mask, long weight) {
        if (Long.bitCount(mask) <= Long.bitCount(weight)) {
            for (long m = mask; m != 0; m &= m - 1) {
                direct[Long.numberOfTrailingZeros(m)] += weight;
            }
            return;
        }
        for (long w = weight; w != 0; w &= w - 1) {
            addAt(mask, Long.numberOfTrailingZeros(w));
        }
    }

    private void addAt(long mask, int level) {
        long carry = mask;
        for (int l = level; carry != 0; l++) {
            if (l >= used) {
                used = l + 1;
            }
            long overflow = slices[l] & carry;
            slices[l] ^= carry;
            carry = overflow;
        }
    }

    /** Writes total i into {@code into[i]} for i from 0 to 63, then starts again from zero. */
    void drainInto(long[] into) {
        System.arraycopy(direct, 0, into, 0, 64);
        Arrays.fill(direct, 0);
        for (int l = 0; l < used; l++) {
            for (long m = slices[l]; m != 0; m &= m - 1) {
                into[Long.numberOfTrailingZeros(m)] += 1L << l;
            }
            slices[l] = 0;
        }
        used = 0;
    }
}
