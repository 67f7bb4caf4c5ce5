package dev.blastmap.layout;

import java.util.Collection;

/**
 * An axis-aligned rectangle in model coordinates.
 *
 * @param x      the left edge
 * @param y      the top edge
 * @param width  at least 0
 * @param height at least 0
 */
public record Box(double x, double y, double width, double height) {

    /** Validates the rectangle. */
    public Box {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a box needs finite coordinates");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box needs a size of at least 0, was " + width + " x " + height);
        }
    }

    /** The empty box at the origin. */
    public static Box empty() {
        return new Box(0, 0, 0, 0);
    }

    /** The box from (x1, y1) to (x2, y2), whichever order the corners come in. */
    public static Box spanning(double x1, double y1, double x2, double y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** The smallest box holding every one of these boxes; the empty box when there are none. */
    public static Box union(Collection<Box> boxes) {
        if (boxes.isEmpty()) {
            return empty();
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x);
            minY = Math.min(minY, b.y);
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /** The right edge. */
    public double maxX() {
        return x + width;
    }

    /** The bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** The horizontal centre. */
    public double centerX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    public double centerY() {
        return y + height / 2;
    }

    /** The centre. */
    public Point center() {
        return new Point(centerX(), centerY());
    }

    /** True if the point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** True if the other box lies wholly inside this one (borders may touch). */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    /** True if the two boxes share some area or border. */
    public boolean intersects(Box other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    /**
     * True if the straight line from (x1, y1) to (x2, y2) passes through this box or touches it. Sharper than
     * testing the line's bounding box, which a long diagonal line crosses far from it: the line meets the box if
     * their bounding boxes meet and the box's corners are not all strictly on one side of it (no division, so
     * cheap enough for every line of a big graph every frame).
     */
    public boolean intersectsLine(double x1, double y1, double x2, double y2) {
        if (Math.max(x1, x2) < x || Math.min(x1, x2) > maxX() || Math.max(y1, y2) < y || Math.min(y1, y2) > maxY()) {
            return false;
        }
        double dx = x2 - x1;
        double dy = y2 - y1;
        double a = dx * (y - y1) - dy * (x - x1);
        double b = dx * (y - y1) - dy * (maxX() - x1);
        double c = dx * (maxY() - y1) - dy * (x - x1);
        double d = dx * (maxY() - y1) - dy * (maxX() - x1);
        return !(a > 0 && b > 0 && c > 0 && d > 0 || a < 0 && b < 0 && c < 0 && d < 0);
    }

    /** True if the two boxes share some area, not only a border. */
    public boolean overlaps(Box other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    /** This box grown by {@code margin} on every side (shrunk when negative, never below size 0). */
    public Box inflate(double margin) {
        double w = Math.max(0, width + 2 * margin);
        double h = Math.max(0, height + 2 * margin);
        return new Box(centerX() - w / 2, centerY() - h / 2, w, h);
    }

    /** The smallest box holding this one and the other. */
    public Box union(Box other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Box(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    /** This box moved by (dx, dy). */
    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /**
     * Where the segment from this box's centre towards {@code target} leaves the box: the point on the
     * border where an edge drawn between box centres should start or end.
     */
    public Point borderPointTowards(Point target) {
        double dx = target.x() - centerX();
        double dy = target.y() - centerY();
        if (dx == 0 && dy == 0) {
            return center();
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (height / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new Point(centerX() + dx * s, centerY() + dy * s);
    }
}
