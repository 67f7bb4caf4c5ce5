package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.GroupBox;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Paints a laid-out graph onto any {@link Surface}: group boxes, dependency lines and service cards, coloured
 * and patterned by state, with hover highlights, selection rings and pulses, and with less detail as the zoom
 * drops (labels fade, then cards become dots, masses of lines become a haze). Only what meets the visible
 * rectangle is drawn, but nothing in it is left out: no line vanishes at any zoom. The one piece of
 * code that decides what a graph looks like, in the app, in SVG and in PNG.
 *
 * <p>Not thread-safe: it caches fitted labels and edge bounds. Use one painter per surface owner.
 */
public final class GraphPainter {

    private static final double GROUP_RADIUS = 14;
    /**
     * The largest group name at a desk, in model units: its baseline and descent stay within the 26 units the
     * layered layout leaves above a group's members.
     */
    private static final double GROUP_NAME_ROOM = 19;
    private static final double FADED = 0.22;
    /**
     * With more plain lines than this crossing the view, they are not drawn one by one but as ink (see
     * {@link DependencyLines}).
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
    private final DependencyLines lines;
    private final double labelPixels;
    private final Set<ServiceId> spotlight;
    private LayoutIndex index;

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
        this(theme, measurer, labelPixels, Set.of());
    }

    private GraphPainter(Theme theme, TextMeasurer measurer, double labelPixels, Set<ServiceId> spotlight) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.measurer = Objects.requireNonNull(measurer, "measurer");
        this.nodes = new NodePainter(theme, measurer);
        this.lines = new DependencyLines(theme);
        if (!(labelPixels > 0)) {
            throw new IllegalArgumentException("labelPixels must be positive, not " + labelPixels);
        }
        this.labelPixels = labelPixels;
        this.spotlight = Set.copyOf(spotlight);
    }

    /**
     * A painter like this one whose labels for these services come first and may cover other cards: a presenter's
     * step names the services the room must read, and in a crowded picture their large labels would otherwise be
     * cut or left out for their neighbours. They are drawn over the other cards.
     */
    public GraphPainter withSpotlight(Collection<ServiceId> ids) {
        return new GraphPainter(theme, measurer, labelPixels, Set.copyOf(ids));
    }

    /**
     * A painter that paints exactly as this one, with caches of its own: one painter is not thread-safe, so
     * threads that paint parts of one picture at once each need one.
     */
    public GraphPainter twin() {
        return new GraphPainter(theme, measurer, labelPixels, spotlight);
    }

    /** The smallest size, in screen pixels, it draws a service's label at. */
    public double labelPixels() {
        return labelPixels;
    }

    /** The measurer it sizes text with. */
    TextMeasurer measurer() {
        return measurer;
    }

    /** The theme it paints with. */
    public Theme theme() {
        return theme;
    }

    /** Paints the request in model coordinates; the surface's transform maps them to its pixels. */
    public void paint(Surface s, PaintRequest r) {
        paintScenery(s, r);
        paintForeground(s, r);
    }

    /**
     * Paints what does not depend on the services' states: group boxes and every dependency line, plain. A view
     * may keep this layer aside for a viewport and highlight and paint {@link #paintForeground} over it.
     */
    public void paintScenery(Surface s, PaintRequest r) {
        paintGroups(s, r);
        lines.paintPlain(s, r, Detail.at(r.scale(), labelPixels));
    }

    /**
     * Paints what the states change, over {@link #paintScenery}: the failure's path (or the highlighted lines),
     * the services with their labels, pulses, and the selection and hover rings.
     */
    public void paintForeground(Surface s, PaintRequest r) {
        paintForeground(s, r, null);
    }

    /**
     * {@link #paintForeground(Surface, PaintRequest)} for a part of the picture: services, pulses and rings that
     * cannot reach {@code part} (model coordinates; null for the whole view) are left out. What is placed where
     * (labels) is still decided for the whole view, and lines are drawn as for the whole view, so that parts
     * painted this way, each clipped to its own pixels, join into exactly the whole picture.
     */
    public void paintForeground(Surface s, PaintRequest r, Box part) {
        Detail detail = Detail.at(r.scale(), labelPixels);
        index = LayoutIndex.of(r.graph(), r.layout(), index);
        ServiceState[] states = index.states(r.states());
        lines.paintEmphasised(s, r, detail, index, states);
        paintNodes(s, r, detail, states, part);
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
        boolean desk = labelPixels <= Detail.MIN_LABEL_PX;
        double groupPixels = desk ? 7.2 : labelPixels * 0.9;
        double legible = Math.max(12, groupPixels / scale);
        double size = Math.min(legible, Math.min((b.width() - 24) / Math.max(1, nameAtOne), b.height() * 0.4));
        // At a desk a name shrinks to fit its box and the room above its members, else it runs into the cards
        // farther out than a 1440-pixel window's fit (1280 x 720), and is left out when that is under 6 pixels;
        // for a room a name too long for its box at the legible size is left out rather than drawn small.
        if (desk) {
            size = Math.min(size, GROUP_NAME_ROOM);
        }
        if (size * scale < (desk ? 6 : 5) || !desk && size < legible) {
            return;
        }
        double y = b.y() + Math.max(17, size * 0.9 + 5);
        double x = b.x() + 12;
        s.setFill(theme.mutedText().fade(0.8));
        s.text(caption, x, y, TextAnchor.START, size * 0.8, true);
        s.setFill(theme.mutedText());
        s.text(g.name(), x + measurer.width(caption, size * 0.8, true) + size * 0.5, y, TextAnchor.START, size, true);
    }

    /**
     * The services' indexes in painting order when some are spotlit: spotlit cards last, over the neighbours their
     * labels may cover. Without a spotlight the index's own order is painted and nothing is allocated.
     */
    private int[] spotlitLast() {
        int[] order = new int[index.size()];
        int next = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < order.length; i++) {
                if (spotlight.contains(index.id(i)) == (pass == 1)) {
                    order[next++] = i;
                }
            }
        }
        return order;
    }

    private void paintNodes(Surface s, PaintRequest r, Detail detail, ServiceState[] states, Box part) {
        Highlight h = r.highlight();
        Map<ServiceId, NodePainter.Placement> labels = detail.boxes() && !detail.inCard() && detail.labelAlpha() > 0
                ? placeLabels(r) : Map.of();
        int[] order = spotlight.isEmpty() ? null : spotlitLast();
        for (int k = 0; k < index.size(); k++) {
            int i = order == null ? k : order[k];
            ServiceId id = index.id(i);
            NodePainter.Placement label = labels.isEmpty() ? null : labels.get(id);
            Box b = label != null ? label.card() : index.box(i);
            if (!visible(r, b) || !reaches(part, b, 0)) {
                continue;
            }
            Service service = index.service(i);
            if (service == null) {
                continue;
            }
            boolean faded = h.isActive() && !h.includes(id);
            if (faded) {
                s.save();
                s.setAlpha(FADED + 0.1);
            }
            nodes.paint(s, service, b, states[i], detail, r.scale(), r.heat() == null ? null : r.heat().apply(id));
            if (label != null) {
                nodes.paintLabel(s, label, states[i], detail);
            }
            if (faded) {
                s.restore();
            }
        }
        paintPulses(s, r, part);
        for (ServiceId id : r.selection()) {
            Box b = r.layout().nodes().get(id);
            if (b == null || !visible(r, b) || !reaches(part, b, 4)) {
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
    Map<ServiceId, NodePainter.Placement> placeLabels(PaintRequest r) {
        List<Map.Entry<ServiceId, Box>> visible = new ArrayList<>();
        double cell = 120 * labelPixels / Detail.MIN_LABEL_PX / r.scale();
        LabelPlacer placer = new LabelPlacer(cell);
        // Spotlit labels give way only to each other.
        LabelPlacer spotPlacer = new LabelPlacer(cell);
        for (Map.Entry<ServiceId, Box> entry : r.layout().nodes().entrySet()) {
            if (visible(r, entry.getValue())) {
                visible.add(entry);
                placer.take(entry.getValue());
                if (spotlight.contains(entry.getKey())) {
                    spotPlacer.take(entry.getValue());
                }
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
        ranked.sort(java.util.Comparator.comparing((Ranked l) -> !spotlight.contains(l.service.id()))
                .thenComparingInt(Ranked::rank).thenComparingInt(Ranked::order));
        Map<ServiceId, NodePainter.Placement> placed = new java.util.HashMap<>();
        Box drawing = r.layout().bounds();
        for (Ranked l : ranked) {
            if (placed.size() >= MAX_PLACED_LABELS) {
                break;
            }
            boolean spotlit = spotlight.contains(l.service.id());
            NodePainter.Placement p = spotlit ? nodes.placeSpotlit(l.service, l.box, r.scale(), labelPixels, spotPlacer, drawing)
                    : nodes.place(l.service, l.box, r.scale(), labelPixels, placer, drawing);
            if (p != null && spotlit) {
                placer.take(p.card());
            }
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
        paintPulses(s, r, null);
    }

    private void paintPulses(Surface s, PaintRequest r, Box part) {
        for (Map.Entry<ServiceId, Double> pulse : r.pulses().entrySet()) {
            Box b = r.layout().nodes().get(pulse.getKey());
            double p = Math.max(0, Math.min(1, pulse.getValue()));
            if (b == null || p <= 0 || !visible(r, b) || !reaches(part, b, 3 + 16 * (1 - p))) {
                continue;
            }
            Box ring = b.inflate(3 + 16 * (1 - p));
            s.setStroke(theme.style(r.states().apply(pulse.getKey())).border().fade(p * 0.85), Math.max(3, 2 / r.scale()));
            s.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), NodePainter.RADIUS + 3 + 16 * (1 - p));
        }
    }

    /**
     * Whether what is drawn for a box grown by {@code grown} model units may reach the part of the picture: the
     * caller grows the part by the most a line width, a shadow, text or smoothing may reach past that.
     */
    private static boolean reaches(Box part, Box b, double grown) {
        return part == null || part.intersects(grown == 0 ? b : b.inflate(grown));
    }

    private static boolean visible(PaintRequest r, Box b) {
        return r.visible() == null || r.visible().intersects(b);
    }
}
