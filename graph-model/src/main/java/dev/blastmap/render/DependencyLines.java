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
 * <p>No plain line is ever left out. In a graph with more lines than a view can show one by one, those far
 * out and the long ones close in are drawn thin, without anti-aliasing and fainter the more there are, so that
 * on a surface that adds them up as ink ({@link RasterSurface}) their density shows as a haze that is darker
 * where more lines pass.
 */
final class DependencyLines {

    private static final double FADED = 0.22;
    private static final double PLAIN_ALPHA = 0.45;
    /**
     * In a big graph, lines longer than this on screen are ink: half a wide view. A length on screen, not a
     * share of the view, so that a strip of the view is painted as the whole view would paint it.
     */
    private static final double LONG_LINE_PIXELS = 800;
    /**
     * Ink is counted in squares of two pixels a side (see {@link Surface#setInkSquares}) when the lines, spread
     * over the layout's area, would average more than this many of their pixels to a pixel: a haze in which no
     * line can be told apart anyway. A figure of the graph and the zoom, not of where the view is (see
     * {@link #paintPlain}). At 32 a 100,000-service graph's ink is counted in squares from its whole view to
     * about 5x closer, halving the dearest part of a frame at a new zoom; 10,000 services' never are.
     */
    private static final double SQUARES_DENSITY = 32;

    private final Theme theme;
    private Layout preparedFor;
    /** Each line's points as x, y, x, y, ...: a frame walks them all, and Point objects are scattered in memory. */
    private double[][] flat = new double[0][];
    private double[] lengths = new double[0];
    /** All lines' length over the layout's area, in model units: how dense they are at a scale of one. */
    private double density;
    /** Scratch a frame fills, one per line, kept with the layout: a new one every frame of a big graph was 3 MB. */
    private boolean[] ink = new boolean[0];
    private int[] shown = new int[0];
    private EdgeStyle[] styles = new EdgeStyle[0];

    DependencyLines(Theme theme) {
        this.theme = theme;
    }

    /**
     * Every line that meets the view, drawn plain (faded when something is highlighted). How a line is drawn
     * depends only on the graph, the zoom and the line itself, never on where the view is, so that a view may
     * paint the strips a pan uncovers and join them to what it had.
     */
    void paintPlain(Surface s, PaintRequest r, Detail detail) {
        List<EdgePath> edges = r.layout().edges();
        prepare(r.layout());
        Layout layout = r.layout();
        Rgba colour = theme.edge().fade(r.highlight().isActive() ? FADED : 1);
        s.save();
        if (edges.size() <= GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW) {
            // A graph of a few thousand lines: each with its arrow close in, all in one smooth path far out.
            if (detail.arrows()) {
                for (int i = 0; i < edges.size(); i++) {
                    if (inView(r, layout.edgeBounds(i), flat[i])) {
                        oneByOne(s, edges.get(i), colour, r.scale());
                    }
                }
            } else {
                s.setStroke(colour.fade(PLAIN_ALPHA), 0.7 / r.scale());
                inOnePath(s, r, edges, null);
            }
            s.restore();
            return;
        }
        // More lines than a view can show one by one. Close in, lines shorter than 800 pixels keep their
        // arrows (without anti-aliasing, eight times cheaper); longer ones, and far out all of them, become ink:
        // thin, unsmoothed, each fainter the more lines the graph has, so that their density shows as a haze.
        s.setSmoothLines(false);
        s.setInkSquares(inkSquares(r.scale()));
        double longer = r.visible() == null ? Double.POSITIVE_INFINITY : LONG_LINE_PIXELS / r.scale();
        for (int i = 0; i < edges.size(); i++) {
            ink[i] = !detail.arrows() || lengths[i] > longer;
            if (!ink[i] && inView(r, layout.edgeBounds(i), flat[i])) {
                oneByOne(s, edges.get(i), colour, r.scale());
            }
        }
        s.setStroke(colour.fade(inkAlpha(edges.size())), 0.7 / r.scale());
        inOnePath(s, r, edges, ink);
        s.restore();
    }

    private static void oneByOne(Surface s, EdgePath e, Rgba colour, double scale) {
        s.setStroke(colour, Math.max(1.2, 0.7 / scale), e.soft() ? new double[] {5, 4} : new double[0]);
        s.setFill(colour);
        EdgePainter.paint(s, e.points(), true, true);
    }

    /** Strokes the lines in view (those marked in {@code which}, or all) as one path with the stroke set. */
    private void inOnePath(Surface s, PaintRequest r, List<EdgePath> edges, boolean[] which) {
        s.beginPath();
        for (int i = 0; i < edges.size(); i++) {
            double[] points = flat[i];
            if (which != null && !which[i] || !inView(r, r.layout().edgeBounds(i), points)) {
                continue;
            }
            s.moveTo(points[0], points[1]);
            for (int p = 2; p + 1 < points.length; p += 2) {
                s.lineTo(points[p], points[p + 1]);
            }
        }
        s.strokePath();
    }

    /**
     * How opaque each line drawn as ink is, in a graph of {@code count} lines: as usual up to a few thousand,
     * then fainter with the square root of the count, so that where a typical number of lines pass the haze
     * stays short of solid.
     */
    static double inkAlpha(int count) {
        return PLAIN_ALPHA * Math.min(1, Math.sqrt((double) GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW / Math.max(1, count)));
    }

    /** The side of the squares ink is counted in at this zoom: 1 or 2 pixels. */
    int inkSquares(double scale) {
        return density / scale > SQUARES_DENSITY ? 2 : 1;
    }

    /**
     * The lines that stand out (the failure's path, or the highlighted ones), over the plain ones. Far out, when
     * there are more than can be told apart, they are ink too, in their colours, fainter the more there are: a
     * thousand solid two-pixel lines would only paint the view over in one colour.
     */
    void paintEmphasised(Surface s, PaintRequest r, Detail detail, LayoutIndex index, ServiceState[] states) {
        List<EdgePath> edges = r.layout().edges();
        prepare(r.layout());
        Layout layout = r.layout();
        Emphasis emphasis = Emphasis.of(theme);
        // The lines shown, by index, and their styles: a frame of a big graph looks at every line.
        int count = 0;
        boolean highlighted = r.highlight().isActive();
        for (int i = 0; i < edges.size(); i++) {
            ServiceState to = index.toState(states, i);
            if (!highlighted && !failed(to)) {
                // Plain, known from the states by position alone: most lines of a big graph, and looking at their
                // EdgePath objects was most of this loop.
                continue;
            }
            EdgeStyle st = style(edges.get(i), r, index.fromState(states, i), to, emphasis);
            if (st != null && inView(r, layout.edgeBounds(i), flat[i])) {
                shown[count] = i;
                styles[count++] = st;
            }
        }
        s.save();
        if (!detail.arrows() && count > GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW) {
            s.setSmoothLines(false);
            s.setInkSquares(inkSquares(r.scale()));
            double alpha = Math.min(1, 1.5 * inkAlpha(count));
            // One batch of ink per colour, in the order the colours first come.
            List<Rgba> colours = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (!colours.contains(styles[k].colour)) {
                    colours.add(styles[k].colour);
                }
            }
            for (Rgba colour : colours) {
                s.setStroke(colour.fade(alpha), 0.7 / r.scale());
                s.beginPath();
                for (int k = 0; k < count; k++) {
                    if (styles[k].colour.equals(colour)) {
                        double[] points = flat[shown[k]];
                        s.moveTo(points[0], points[1]);
                        for (int p = 2; p + 1 < points.length; p += 2) {
                            s.lineTo(points[p], points[p + 1]);
                        }
                    }
                }
                s.strokePath();
            }
            s.restore();
            return;
        }
        // In a big graph, or far out, they go unsmoothed like the plain ones: hundreds of long smoothed lines
        // cost the software rasteriser more than the rest of the frame.
        s.setSmoothLines(detail.arrows() && edges.size() <= GraphPainter.MAX_PLAIN_EDGES_THROUGH_VIEW);
        for (int k = 0; k < count; k++) {
            EdgeStyle st = styles[k];
            s.setStroke(st.colour, Math.max(st.width, 2 / r.scale()), st.dashed ? new double[] {5, 4} : new double[0]);
            s.setFill(st.colour);
            EdgePainter.paint(s, edges.get(shown[k]).points(), detail.arrows(), detail.arrows());
        }
        s.restore();
    }

    /** How an edge whose ends are in these states stands out, or null when it is drawn plain. */
    private static EdgeStyle style(EdgePath e, PaintRequest r, ServiceState from, ServiceState to, Emphasis emphasis) {
        Highlight h = r.highlight();
        if (h.isActive()) {
            boolean towardsDependency = (e.from().equals(h.hovered()) || h.dependencies().contains(e.from()))
                    && h.dependencies().contains(e.to());
            boolean fromDependent = (e.to().equals(h.hovered()) || h.dependents().contains(e.to()))
                    && h.dependents().contains(e.from());
            if (towardsDependency) {
                return e.soft() ? emphasis.softDependency : emphasis.dependency;
            }
            if (fromDependent) {
                return e.soft() ? emphasis.softDependent : emphasis.dependent;
            }
            return null;
        }
        if (!failed(to)) {
            return null;
        }
        if (from == ServiceState.DOWN) {
            return e.soft() ? emphasis.softDown : emphasis.down;
        }
        if (from == ServiceState.DEGRADED) {
            return emphasis.degraded;
        }
        return null;
    }

    /** Whether a line into a service in this state stands out with nothing highlighted: down or knocked out. */
    private static boolean failed(ServiceState dependency) {
        return dependency == ServiceState.DOWN || dependency == ServiceState.KNOCKED_OUT;
    }

    /**
     * True if some segment of the edge passes through the view. In a big force layout thousands of long lines
     * have bounding boxes that meet the view without the lines doing so; those wholly inside need no looking at.
     */
    private static boolean inView(PaintRequest r, Box bounds, double[] points) {
        Box view = r.visible();
        if (view == null || view.contains(bounds)) {
            return true;
        }
        if (!view.intersects(bounds)) {
            return false;
        }
        for (int p = 2; p + 1 < points.length; p += 2) {
            if (view.intersectsLine(points[p - 2], points[p - 1], points[p], points[p + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Makes each line's points and length, and the scratch of a frame, once for {@code layout}. */
    private void prepare(Layout layout) {
        if (layout != preparedFor) {
            List<EdgePath> edges = layout.edges();
            flat = new double[edges.size()][];
            lengths = new double[edges.size()];
            ink = new boolean[edges.size()];
            shown = new int[edges.size()];
            styles = new EdgeStyle[edges.size()];
            double total = 0;
            for (int i = 0; i < flat.length; i++) {
                List<Point> points = edges.get(i).points();
                double[] f = new double[2 * points.size()];
                for (int p = 0; p < points.size(); p++) {
                    f[2 * p] = points.get(p).x();
                    f[2 * p + 1] = points.get(p).y();
                    if (p > 0) {
                        double dx = f[2 * p] - f[2 * p - 2];
                        double dy = f[2 * p + 1] - f[2 * p - 1];
                        lengths[i] += Math.sqrt(dx * dx + dy * dy);
                    }
                }
                flat[i] = f;
                total += lengths[i];
            }
            Box bounds = layout.bounds();
            density = total / Math.max(1e-9, bounds.width() * bounds.height());
            preparedFor = layout;
        }
    }

    private record EdgeStyle(Rgba colour, double width, boolean dashed) {
    }

    /** The styles lines stand out in, made once a picture rather than once a line. */
    private record Emphasis(EdgeStyle dependency, EdgeStyle softDependency, EdgeStyle dependent,
                            EdgeStyle softDependent, EdgeStyle down, EdgeStyle softDown, EdgeStyle degraded) {

        static Emphasis of(Theme theme) {
            Rgba down = theme.style(ServiceState.DOWN).border();
            return new Emphasis(new EdgeStyle(theme.dependencyLine(), 2.2, false),
                    new EdgeStyle(theme.dependencyLine(), 2.2, true), new EdgeStyle(theme.dependentLine(), 2.2, false),
                    new EdgeStyle(theme.dependentLine(), 2.2, true), new EdgeStyle(down, 2, false),
                    new EdgeStyle(down, 2, true), new EdgeStyle(theme.style(ServiceState.DEGRADED).border(), 1.6, true));
        }
    }
}
