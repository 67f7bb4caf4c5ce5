package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.EdgePath;
import dev.blastmap.layout.GroupBox;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.Point;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paints a laid-out graph onto any {@link Surface}: group boxes, dependency lines and service cards, coloured
 * and patterned by state, with hover highlights, selection rings and pulses, and with less detail as the zoom
 * drops (labels fade, then cards become dots). Only what meets the visible rectangle is drawn. The one piece of
 * code that decides what a graph looks like, in the app, in SVG and in PNG.
 *
 * <p>Not thread-safe: it caches fitted labels and edge bounds. Use one painter per surface owner.
 */
public final class GraphPainter {

    private static final double GROUP_RADIUS = 14;
    private static final double FADED = 0.22;
    /** With more lines than this, plain lines are left out when services are dots (see paintEdges). */
    static final int MAX_PLAIN_EDGES_AS_DOTS = 2000;
    /**
     * With more plain lines than this crossing the view, only those with an end in it are drawn (see
     * paintEdges).
     */
    static final int MAX_PLAIN_EDGES_THROUGH_VIEW = 2000;
    /**
     * At most this many labels are placed in one picture far out: with thousands of services in view, the
     * software renderer would spend a tenth of a second on text nobody can take in; the most important ones
     * (see placeLabels) are kept.
     */
    static final int MAX_PLACED_LABELS = 160;

    private final Theme theme;
    private final TextMeasurer measurer;
    private final NodePainter nodes;
    private final double labelPixels;
    private Layout boundsOf;
    private Box[] edgeBounds = new Box[0];

    /** A painter with this theme, sizing labels with the approximate measurer. */
    public GraphPainter(Theme theme) {
        this(theme, TextMeasurer.approximate());
    }

    /** A painter with this theme and text measurer. */
    public GraphPainter(Theme theme, TextMeasurer measurer) {
        this(theme, measurer, Detail.MIN_LABEL_PX);
    }

    /**
     * A painter whose labels are never smaller than {@code labelPixels} on screen (11.5 at a desk; about 31,
     * capitals 22 pixels high, for a room), and group names nine tenths of that.
     */
    public GraphPainter(Theme theme, TextMeasurer measurer, double labelPixels) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.nodes = new NodePainter(theme, measurer);
        if (!(labelPixels > 0)) {
            throw new IllegalArgumentException("labelPixels must be positive, not " + labelPixels);
        }
        this.labelPixels = labelPixels;
    }

    /** The smallest size, in screen pixels, it draws a service's label at. */
    public double labelPixels() {
        return labelPixels;
    }

    /** The theme it paints with. */
    public Theme theme() {
        return theme;
    }

    /** Paints the request in model coordinates; the surface's transform maps them to its pixels. */
    public void paint(Surface s, PaintRequest r) {
        Detail detail = Detail.at(r.scale(), labelPixels);
        paintGroups(s, r);
        paintEdges(s, r, detail);
        paintNodes(s, r, detail);
    }

    private void paintGroups(Surface s, PaintRequest r) {
        for (GroupBox g : r.layout().groups()) {
            Box b = g.box();
            if (!visible(r, b)) {
                continue;
            }
            s.setFill(g.depth() == 0 ? theme.groupFill() : theme.innerGroupFill());
            s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), GROUP_RADIUS);
            s.setStroke(theme.groupBorder(), Math.max(1, 1 / r.scale()), g.depth() == 0 ? new double[0] : new double[] {5, 4});
            s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), GROUP_RADIUS);
            groupLabel(s, g, r.scale());
        }
    }

    /** The group's name in its top-left corner, growing as the zoom drops so that it stays readable. */
    private void groupLabel(Surface s, GroupBox g, double scale) {
        Box b = g.box();
        String caption = g.level().id().toUpperCase(java.util.Locale.ROOT);
        double nameAtOne = measurer.width(g.name(), 1, true) + measurer.width(caption, 0.8, true) + 0.8;
        // At a desk a group's name stays small enough for the room the layout leaves above the group (7.2 pixels
        // far out); for a room it grows with the labels, nearly to their size.
        double groupPixels = labelPixels > Detail.MIN_LABEL_PX ? labelPixels * 0.9 : 7.2;
        double legible = Math.max(12, groupPixels / scale);
        double size = Math.min(legible, Math.min((b.width() - 24) / Math.max(1, nameAtOne), b.height() * 0.4));
        // At a desk a name shrinks to fit its box; for a room a name too long for its box at the legible size is
        // left out rather than drawn small or over its neighbours.
        if (size * scale < 5 || labelPixels > Detail.MIN_LABEL_PX && size < legible) {
            return;
        }
        double y = b.y() + Math.max(17, size * 0.9 + 5);
        double x = b.x() + 12;
        s.setFill(theme.mutedText().fade(0.8));
        s.text(caption, x, y, TextAnchor.START, size * 0.8, true);
        s.setFill(theme.mutedText());
        s.text(g.name(), x + measurer.width(caption, size * 0.8, true) + size * 0.5, y, TextAnchor.START, size, true);
    }

    private void paintEdges(Surface s, PaintRequest r, Detail detail) {
        List<EdgePath> edges = r.layout().edges();
        Box[] bounds = edgeBounds(r.layout());
        double minWidth = 0.7 / r.scale();
        List<EdgePath> emphasised = new ArrayList<>();
        List<EdgeStyle> styles = new ArrayList<>();
        // Services are dots and there are thousands of lines: they would only paint a grey haze, and
        // rasterising tens of thousands of long anti-aliased lines takes the software renderer seconds.
        // Lines that carry meaning (the failure's path, the hover highlight) are still drawn.
        boolean plain = detail.boxes() || edges.size() <= MAX_PLAIN_EDGES_AS_DOTS;
        // Close in on a big tangled graph, thousands of long lines pass through the view between services
        // far outside it (16,000 of 30,000 in the 10k benchmark graph at zoom 1): a grey haze that took seconds
        // to paint. Then only the lines of the services in view are drawn, without anti-aliasing (eight times
        // cheaper), and every meaningful line as usual.
        List<EdgePath> inView = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            if (visible(r, bounds[i]) && crossesView(r, edges.get(i))) {
                inView.add(edges.get(i));
            }
        }
        boolean endsInViewOnly = plain && r.visible() != null && inView.size() > MAX_PLAIN_EDGES_THROUGH_VIEW;
        s.save();
        s.setSmoothLines(!endsInViewOnly);
        if (!detail.arrows()) {
            // Far out: one batched path for all plain lines; thousands of strokes would dominate the frame.
            s.setStroke(theme.edge().fade(r.highlight().isActive() ? FADED * 0.5 : 0.45), minWidth);
            s.beginPath();
        }
        for (EdgePath e : inView) {
            EdgeStyle style = style(e, r);
            if (style != null) {
                emphasised.add(e);
                styles.add(style);
            } else if (!plain || endsInViewOnly && !r.visible().contains(e.start().x(), e.start().y())
                    && !r.visible().contains(e.end().x(), e.end().y())) {
                continue;
            } else if (!detail.arrows()) {
                Point a = e.start();
                Point b = e.end();
                s.moveTo(a.x(), a.y());
                for (int p = 1; p < e.points().size(); p++) {
                    b = e.points().get(p);
                    s.lineTo(b.x(), b.y());
                }
            } else {
                Rgba c = r.highlight().isActive() ? theme.edge().fade(FADED) : theme.edge();
                s.setStroke(c, Math.max(1.2, minWidth), e.soft() ? new double[] {5, 4} : new double[0]);
                s.setFill(c);
                EdgePainter.paint(s, e.points(), true, true);
            }
        }
        if (!detail.arrows()) {
            s.strokePath();
        }
        s.setSmoothLines(true);
        for (int i = 0; i < emphasised.size(); i++) {
            EdgeStyle st = styles.get(i);
            s.setStroke(st.colour, Math.max(st.width, 1.2 / r.scale()), st.dashed ? new double[] {5, 4} : new double[0]);
            s.setFill(st.colour);
            EdgePainter.paint(s, emphasised.get(i).points(), detail.arrows(), detail.arrows());
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

    private void paintNodes(Surface s, PaintRequest r, Detail detail) {
        Highlight h = r.highlight();
        Map<ServiceId, NodePainter.Placement> labels = detail.boxes() && !detail.inCard() && detail.labelAlpha() > 0
                ? placeLabels(r) : Map.of();
        for (Map.Entry<ServiceId, Box> entry : r.layout().nodes().entrySet()) {
            NodePainter.Placement label = labels.get(entry.getKey());
            Box b = label != null ? label.card() : entry.getValue();
            if (!visible(r, b)) {
                continue;
            }
            ServiceId id = entry.getKey();
            Service service = r.graph().service(id).orElse(null);
            if (service == null) {
                continue;
            }
            boolean faded = h.isActive() && !h.includes(id);
            if (faded) {
                s.save();
                s.setAlpha(FADED + 0.1);
            }
            nodes.paint(s, service, b, r.states().apply(id), detail, r.scale());
            if (label != null) {
                nodes.paintLabel(s, label, r.states().apply(id), detail);
            }
            if (faded) {
                s.restore();
            }
        }
        paintPulses(s, r);
        for (ServiceId id : r.selection()) {
            Box b = r.layout().nodes().get(id);
            if (b == null || !visible(r, b)) {
                continue;
            }
            Box ring = b.inflate(4);
            s.setStroke(theme.accent(), Math.max(2.5, 2 / r.scale()));
            s.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), NodePainter.RADIUS + 4);
        }
        if (h.isActive() && !r.selection().contains(h.hovered())) {
            r.layout().node(h.hovered()).ifPresent(b -> {
                Box ring = b.inflate(3);
                s.setStroke(theme.accent().fade(0.6), Math.max(2, 1.5 / r.scale()));
                s.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), NodePainter.RADIUS + 3);
            });
        }
    }

    /**
     * Labels over the visible cards at a legible screen size, the most important first (selected, hovered,
     * knocked out, down, degraded, customer-facing, heavier), each left out when it would cover a label
     * already placed or another card, and no more than {@link #MAX_PLACED_LABELS}.
     */
    private Map<ServiceId, NodePainter.Placement> placeLabels(PaintRequest r) {
        List<Map.Entry<ServiceId, Box>> visible = new ArrayList<>();
        LabelPlacer placer = new LabelPlacer(120 * labelPixels / Detail.MIN_LABEL_PX / r.scale());
        for (Map.Entry<ServiceId, Box> entry : r.layout().nodes().entrySet()) {
            if (visible(r, entry.getValue())) {
                visible.add(entry);
                placer.take(entry.getValue());
            }
        }
        List<Ranked> ranked = new ArrayList<>(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            ServiceId id = visible.get(i).getKey();
            Service service = r.graph().service(id).orElse(null);
            if (service != null) {
                ranked.add(new Ranked(service, visible.get(i).getValue(), labelRank(r, service), i));
            }
        }
        ranked.sort(java.util.Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order));
        Map<ServiceId, NodePainter.Placement> placed = new java.util.HashMap<>();
        for (Ranked l : ranked) {
            if (placed.size() >= MAX_PLACED_LABELS) {
                break;
            }
            NodePainter.Placement p = nodes.place(l.service, l.box, r.scale(), labelPixels, placer);
            if (p != null) {
                placed.put(l.service.id(), p);
            }
        }
        return placed;
    }

    /** Smaller first: whose label wins a collision. */
    private static int labelRank(PaintRequest r, Service service) {
        ServiceId id = service.id();
        if (r.selection().contains(id)) {
            return 0;
        }
        if (r.highlight().isActive() && id.equals(r.highlight().hovered())) {
            return 1;
        }
        int byState = switch (r.states().apply(id)) {
            case KNOCKED_OUT -> 2;
            case DOWN -> 3;
            case DEGRADED -> 4;
            default -> 5;
        };
        if (byState == 5 && r.highlight().isActive() && r.highlight().includes(id)) {
            byState = 4;
        }
        return byState * 4 + (service.customerFacing() ? 0 : 2) + (service.weight() > 1 ? 0 : 1);
    }

    private record Ranked(Service service, Box box, int rank, int order) {
    }

    /**
     * Paints only the pulses of the request: rings around services that just changed state. For a view that
     * keeps the rest of the picture in a bitmap and draws the pulses over it every frame.
     */
    public void paintPulses(Surface s, PaintRequest r) {
        for (Map.Entry<ServiceId, Double> pulse : r.pulses().entrySet()) {
            Box b = r.layout().nodes().get(pulse.getKey());
            double p = Math.max(0, Math.min(1, pulse.getValue()));
            if (b == null || p <= 0 || !visible(r, b)) {
                continue;
            }
            Box ring = b.inflate(3 + 16 * (1 - p));
            s.setStroke(theme.style(r.states().apply(pulse.getKey())).border().fade(p * 0.85), Math.max(3, 2 / r.scale()));
            s.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), NodePainter.RADIUS + 3 + 16 * (1 - p));
        }
    }

    private static boolean visible(PaintRequest r, Box b) {
        return r.visible() == null || r.visible().intersects(b);
    }

    /**
     * True if some segment of the edge passes through the view. In a big force layout thousands of long lines
     * have bounding boxes that meet the view without the lines doing so, and each line stroked across the
     * picture costs the rasteriser a fraction of a millisecond.
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
