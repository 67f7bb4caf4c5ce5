package dev.blastmap.layout;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Objects;

/**
 * How one dependency is drawn: a polyline from the dependent (caller) to its dependency (callee).
 *
 * @param from   the dependent
 * @param to     the dependency
 * @param points at least two points, the first on the dependent's box, the last on the dependency's box
 * @param soft   true if every clause naming the dependency is soft: losing it only degrades
 * @param shared true if the dependency is one member of a k-of-n clause (one replica of several)
 */
public record EdgePath(ServiceId from, ServiceId to, List<Point> points, boolean soft, boolean shared) {

    /** Validates the path and copies its points. */
    public EdgePath {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("an edge path needs at least two points, had " + points.size());
        }
    }

    /** The first point, on the dependent. */
    public Point start() {
        return points.get(0);
    }

    /** The last point, on the dependency. */
    public Point end() {
        return points.get(points.size() - 1);
    }

    /** The smallest box holding every point. */
    public Box bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
