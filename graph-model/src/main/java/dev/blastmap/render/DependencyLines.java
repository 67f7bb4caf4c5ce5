package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.EdgePath;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency lines of a picture, in two layers. Plain lines depend only on the layout, the view and the
 * hover highlight, so a view can keep them aside while states change; emphasised ones (the failure's path,
 * the highlighted neighbourhood) are drawn over them and are always drawn.
 *
 * <p>No plain line is ever left out. Where there are more than a view can show one by one (far out on a big
 * graph, or close in where thousands of long lines pass through), they are drawn thin, without anti-aliasing
 * and fainter the more there are, so that on a surface that adds them up as ink ({@link RasterSurface}) their
 * density shows as a haze that is darker where more lines pass.
 */
final class DependencyLines {

    private static final double FADED = 0.22;
    private static final double PLAIN_ALPHA = 0.45;

    private final Theme theme;
    private Layout boundsOf;
    private Box[] edgeBounds = new Box[0];

    DependencyLines(Theme theme) {
        this.theme = theme;
    }

    /** Every line that meets the view, drawn plain (faded when something is highlighted). */
    void paintPlain(Surface s, PaintRequest r, Detail detail) {
        List<EdgePath> inView = inView(r);
        double fade = r.highlight().isActive() ? FADED : 1;
        boolean oneByOne = detail.arrows() && inView.size() <= GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW;
        s.save();
        if (oneByOne) {
            Rgba c = theme.edge().fade(fade);
            for (EdgePath e : inView) {
                s.setStroke(c, Math.max(1.2, 0.7 / r.scale()), e.soft() ? new double[] {5, 4} : new double[0]);
                s.setFill(c);
                EdgePainter.paint(s, e.points(), true, true);
            }
            s.restore();
            return;
        }
        // Far out, lines are thin and without arrows, in one path. Close in with too many to draw one by one,
        // those with an end in view keep their arrows and the rest pass through as ink; and when there are
        // too many, all are ink: thin, unsmoothed, each fainter the more there are.
        boolean few = inView.size() <= GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW;
        s.setSmoothLines(few);
        List<EdgePath> ink = new ArrayList<>(inView.size());
        for (EdgePath e : inView) {
            boolean endInView = r.visible() == null || r.visible().contains(e.start().x(), e.start().y())
                    || r.visible().contains(e.end().x(), e.end().y());
            if (detail.arrows() && endInView) {
                Rgba c = theme.edge().fade(fade);
                s.setStroke(c, Math.max(1.2, 0.7 / r.scale()), e.soft() ? new double[] {5, 4} : new double[0]);
                s.setFill(c);
                EdgePainter.paint(s, e.points(), true, true);
            } else {
                ink.add(e);
            }
        }
        s.setStroke(theme.edge().fade(fade * inkAlpha(ink.size())), 0.7 / r.scale());
        s.beginPath();
        for (EdgePath e : ink) {
            List<Point> points = e.points();
            s.moveTo(points.get(0).x(), points.get(0).y());
            for (int p = 1; p < points.size(); p++) {
                s.lineTo(points.get(p).x(), points.get(p).y());
            }
        }
        s.strokePath();
        s.restore();
    }

    /**
     * How opaque each of {@code count} lines drawn as ink is: as usual up to a few thousand, then fainter with
     * the square root of the count, so that a pixel a typical number of lines pass stays short of solid.
     */
    static double inkAlpha(int count) {
        return PLAIN_ALPHA * Math.min(1, Math.sqrt((double) GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW / Math.max(1, count)));
    }

    /** The lines that stand out (the failure's path, or the highlighted ones), over the plain ones. */
    void paintEmphasised(Surface s, PaintRequest r, Detail detail) {
        List<EdgePath> edges = r.layout().edges();
        Box[] bounds = edgeBounds(r.layout());
        s.save();
        s.setSmoothLines(true);
        for (int i = 0; i < edges.size(); i++) {
            EdgePath e = edges.get(i);
            EdgeStyle st = style(e, r);
            if (st == null || !visible(r, bounds[i]) || !crossesView(r, e)) {
                continue;
            }
            s.setStroke(st.colour, Math.max(st.width, 1.2 / r.scale()), st.dashed ? new double[] {5, 4} : new double[0]);
            s.setFill(st.colour);
            EdgePainter.paint(s, e.points(), detail.arrows(), detail.arrows());
        }
        s.restore();
    }

    /** How an edge stands out, or null when it is drawn plain. */
    private EdgeStyle style(EdgePath e, PaintRequest r) {
        Highlight h = r.highlight();
        if (h.isActive()) {
            boolean towardsDependency = (e.from().equals(h.hovered()) || h.dependencies().contains(e.from()))
                    && h.dependencies().contains(e.to());
            boolean fromDependent = (e.to().equals(h.hovered()) || h.dependents().contains(e.to()))
                    && h.dependents().contains(e.from());
            if (towardsDependency) {
                return new EdgeStyle(theme.dependencyLine(), 2.2, e.soft());
            }
            if (fromDependent) {
                return new EdgeStyle(theme.dependentLine(), 2.2, e.soft());
            }
            return null;
        }
        ServiceState to = r.states().apply(e.to());
        if (to != ServiceState.DOWN && to != ServiceState.KNOCKED_OUT) {
            return null;
        }
        ServiceState from = r.states().apply(e.from());
        if (from == ServiceState.DOWN) {
            return new EdgeStyle(theme.style(ServiceState.DOWN).border(), 2, e.soft());
        }
        if (from == ServiceState.DEGRADED) {
            return new EdgeStyle(theme.style(ServiceState.DEGRADED).border(), 1.6, true);
        }
        return null;
    }

    private List<EdgePath> inView(PaintRequest r) {
        List<EdgePath> edges = r.layout().edges();
        Box[] bounds = edgeBounds(r.layout());
        List<EdgePath> inView = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (visible(r, bounds[i]) && crossesView(r, edges.get(i))) {
                inView.add(edges.get(i));
            }
        }
        return inView;
    }

    private static boolean visible(PaintRequest r, Box b) {
        return r.visible() == null || r.visible().intersects(b);
    }

    /**
     * True if some segment of the edge passes through the view. In a big force layout thousands of long lines
     * have bounding boxes that meet the view without the lines doing so.
     */
    private static boolean crossesView(PaintRequest r, EdgePath e) {
        if (r.visible() == null) {
            return true;
        }
        List<Point> points = e.points();
        for (int p = 1; p < points.size(); p++) {
            Point a = points.get(p - 1);
            Point b = points.get(p);
            if (r.visible().intersectsLine(a.x(), a.y(), b.x(), b.y())) {
                return true;
            }
        }
        return false;
    }

    private Box[] edgeBounds(Layout layout) {
        if (layout != boundsOf) {
            List<EdgePath> edges = layout.edges();
            edgeBounds = new Box[edges.size()];
            for (int i = 0; i < edgeBounds.length; i++) {
                edgeBounds[i] = edges.get(i).bounds();
            }
            boundsOf = layout;
        }
        return edgeBounds;
    }

    private record EdgeStyle(Rgba colour, double width, boolean dashed) {
    }
}
