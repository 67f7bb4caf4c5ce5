package dev.blastmap.render;

/**
 * Cuts a walked path into the dashes of a pattern, as Java2D's {@code BasicStroke} with a dash array and phase 0
 * does: lengths in pixels along the path, on first, the pattern starting again at every move. A dash that bends
 * round a corner of the path (or along a curve's chords) comes as several pieces; each piece says whether its
 * ends are the dash's own ends (cut square) or where it goes on into the next piece.
 *
 * <p>Dashes are cut only within a clip rectangle: over the parts of a segment outside it the pattern is moved on
 * by their length, in as many steps as the pattern has lengths, so that a segment millions of pixels long (a far
 * corner of a zoomed-in view, coordinates from a stranger's file) costs no more than what shows.
 */
final class Dashes implements PathRecord.Segments {

    /** Receives the pieces of the dashes, in pixel coordinates. */
    interface Pieces {

        /** A straight piece of a dash; an end is square where the dash starts or stops there. */
        void piece(double x0, double y0, double x1, double y1, boolean squareStart, boolean squareEnd);
    }

    private final double[] pattern;
    private final double period;
    private final double[] clip;
    private final Pieces out;
    private int index;
    /** How much of the pattern's current length is left. */
    private double left;
    private boolean pending;
    private final double[] held = new double[4];
    private boolean heldSquareStart;

    /**
     * {@code pattern}: on and off lengths in pixels, at least one of them above zero, none below; pieces are cut
     * only within x {@code cx0} to {@code cx1} and y {@code cy0} to {@code cy1}.
     */
    Dashes(double[] pattern, double cx0, double cy0, double cx1, double cy1, Pieces out) {
        this.pattern = pattern.clone();
        double sum = 0;
        for (double length : pattern) {
            sum += length;
        }
        this.period = sum;
        this.clip = new double[] {cx0, cy0, cx1, cy1};
        this.out = out;
        moveTo();
    }

    @Override
    public void moveTo() {
        flush();
        index = 0;
        left = pattern[0];
    }

    @Override
    public void end() {
        flush();
    }

    @Override
    public void segment(double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (!(length > 0) || length == Double.POSITIVE_INFINITY) {
            return;
        }
        // The part of the segment within the clip, from t[0] to t[1] of its length.
        double[] t = {0, 1};
        if (!LineClip.within(x0, y0, x1, y1, clip[0], clip[1], clip[2], clip[3], t)) {
            skip(length);
            return;
        }
        skip(t[0] * length);
        cut(x0, y0, x1, y1, length, t[0] * length, t[1] * length);
        skip((1 - t[1]) * length);
    }

    /** Cuts the dashes of the segment from {@code from} to {@code to} along its length. */
    private void cut(double x0, double y0, double x1, double y1, double length, double from, double to) {
        double done = from;
        while (done < to) {
            double take = Math.min(left, to - done);
            if (index % 2 == 0 && take > 0) {
                boolean starts = left == pattern[index];
                if (pending) {
                    // The held piece ends where this one starts: square only if this one starts a new dash.
                    emit(starts);
                }
                double t0 = done / length;
                double t1 = (done + take) / length;
                hold(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1, starts);
            }
            done += take;
            left -= take;
            if (left <= 0) {
                if (index % 2 == 0) {
                    flush();
                }
                index = (index + 1) % pattern.length;
                left = pattern[index];
            }
        }
    }

    /** Moves the pattern on by this length, cutting nothing: the dash under way, if any, ends where the clip does. */
    private void skip(double distance) {
        if (!(distance > 0)) {
            return;
        }
        flush();
        double rest = distance % period;
        while (rest > 0) {
            double take = Math.min(left, rest);
            left -= take;
            rest -= take;
            if (left <= 0) {
                index = (index + 1) % pattern.length;
                left = pattern[index];
            }
        }
    }


    private void hold(double x0, double y0, double x1, double y1, boolean squareStart) {
        held[0] = x0;
        held[1] = y0;
        held[2] = x1;
        held[3] = y1;
        heldSquareStart = squareStart;
        pending = true;
    }

    private void flush() {
        if (pending) {
            emit(true);
        }
    }

    private void emit(boolean squareEnd) {
        out.piece(held[0], held[1], held[2], held[3], heldSquareStart, squareEnd);
        pending = false;
    }
}
