package dev.blastmap.layout;

/**
 * A point in model coordinates: x grows to the right, y grows downwards, one unit is one pixel at zoom 1.
 *
 * @param x the horizontal coordinate, finite
 * @param y the vertical coordinate, finite
 */
public record Point(double x, double y) {

    /** Validates the point. */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite coordinates, was (" + x + ", " + y + ")");
        }
    }

    /** The distance to another point. */
    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
