package dev.blastmap.render;

import dev.blastmap.layout.Point;
import java.util.List;

/** Draws a dependency: a line from the dependent to the dependency with rounded corners and an arrowhead. */
final class EdgePainter {

    private static final double CORNER = 10;
    private static final double ARROW_LENGTH = 8;
    private static final double ARROW_HALF_WIDTH = 3.6;

    private EdgePainter() {
    }

    /**
     * Strokes the polyline, rounding its corners when {@code rounded}, and fills an arrowhead at its end when
     * {@code arrow}; the caller has set the stroke and fill.
     */
    static void paint(Surface s, List<Point> points, boolean rounded, boolean arrow) {
        int n = points.size();
        Point end = points.get(n - 1);
        Point before = points.get(n - 2);
        double len = end.distanceTo(before);
        double ux = len == 0 ? 0 : (end.x() - before.x()) / len;
        double uy = len == 0 ? 1 : (end.y() - before.y()) / len;
        // Stop the line at the arrow's base so that its round cap does not poke through the tip.
        double cut = arrow ? Math.min(ARROW_LENGTH * 0.8, len) : 0;
        s.beginPath();
        s.moveTo(points.get(0).x(), points.get(0).y());
        for (int i = 1; i < n - 1; i++) {
            Point p = points.get(i);
            if (!rounded) {
                s.lineTo(p.x(), p.y());
                continue;
            }
            Point prev = points.get(i - 1);
            Point next = points.get(i + 1);
            double r = Math.min(CORNER, Math.min(p.distanceTo(prev), p.distanceTo(next)) / 2);
            Point a = toward(p, prev, r);
            Point b = toward(p, next, r);
            s.lineTo(a.x(), a.y());
            s.quadTo(p.x(), p.y(), b.x(), b.y());
        }
        s.lineTo(end.x() - ux * cut, end.y() - uy * cut);
        s.strokePath();
        if (arrow) {
            double bx = end.x() - ux * ARROW_LENGTH;
            double by = end.y() - uy * ARROW_LENGTH;
            s.beginPath();
            s.moveTo(end.x(), end.y());
            s.lineTo(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH);
            s.lineTo(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
            s.closePath();
            s.fillPath();
        }
    }

    private static Point toward(Point from, Point to, double distance) {
        double d = from.distanceTo(to);
        if (d == 0) {
            return from;
        }
        return new Point(from.x() + (to.x() - from.x()) * distance / d, from.y() + (to.y() - from.y()) * distance / d);
    }
}
