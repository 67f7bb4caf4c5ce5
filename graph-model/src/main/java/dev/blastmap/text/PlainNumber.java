package dev.blastmap.text;

/** Numbers as every writer writes them and every reader parses them back. */
public final class PlainNumber {

    private PlainNumber() {
    }

    /** Integers without a fraction, others as Java prints doubles. */
    public static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
