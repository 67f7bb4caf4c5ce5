package dev.blastmap.render;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.LabelLines;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Frames services with their labels as the painter really draws them. Far out, a label is drawn at a fixed
 * screen size and the card grows around it, so framing the cards' boxes alone lets large labels (presenter mode)
 * spill off the screen or collide and be cut. This tries zooms from the closest allowed outwards and takes the
 * first at which every framed service's card, grown around its label, lies inside the view within the margin
 * and every framed label is whole; the view is centred on what is drawn.
 */
public final class LabelledFraming {

    /**
     * Above this many services the boxes alone are framed: each zoom tried places the labels of every visible
     * service, which is quick for a walkthrough's graph and too slow for the FX thread on a huge one.
     */
    static final int MAX_SERVICES = 2_000;

    /**
     * The margin, in screen pixels, the framed services may come down to when the margin asked for leaves no zoom
     * at which every label is whole: on a small screen a step's neighbours in a row need every pixel.
     */
    static final double MIN_MARGIN = 12;

    /** Each zoom tried is this fraction of the one before. */
    private static final double STEP = 0.92;
    /** The finer steps tried between two zooms when neither shows every label whole inside the view. */
    private static final double FINE = 0.99;

    private final GraphPainter painter;

    /** Framing with what this painter draws (its label size among it). */
    public LabelledFraming(GraphPainter painter) {
        this.painter = Objects.requireNonNull(painter, "painter");
    }

    /**
     * Where to look, in model units, and at what zoom.
     *
     * @param scale   screen pixels per model unit
     * @param centerX the model x at the centre of the view
     * @param centerY the model y at the centre of the view
     */
    public record View(double scale, double centerX, double centerY) {

        /** Validates the view. */
        public View {
            if (!(scale > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY)) {
                throw new IllegalArgumentException("a view needs a positive scale and a finite centre");
            }
        }

        /** The part of the model a view of this size shows. */
        public Box visible(double viewWidth, double viewHeight) {
            return new Box(centerX - viewWidth / 2 / scale, centerY - viewHeight / 2 / scale, viewWidth / scale,
                    viewHeight / scale);
        }
    }

    /**
     * The closest view, at most {@code maxScale}, that shows every one of {@code ids} whole (card and label) in a
     * view of this size with {@code margin} screen pixels to spare on every side; when no zoom does, the closest
     * that does with {@link #MIN_MARGIN} pixels to spare. When no zoom shows every label whole, the view that
     * shows every card inside the margin with the most whole labels (the closest of those); when none does that
     * either, or the graph has more than {@link #MAX_SERVICES} services, the view that fits the cards' boxes
     * alone. Empty when none of the services has a box.
     *
     * @param request what is painted (graph, layout, states); its view is ignored
     */
    public Optional<View> frame(PaintRequest request, Collection<ServiceId> ids, double viewWidth,
            double viewHeight, double margin, double maxScale) {
        Optional<Box> boxes = request.layout().boundsOf(ids);
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        Box b = boxes.get();
        double roomX = Math.max(1, viewWidth - 2 * margin);
        double roomY = Math.max(1, viewHeight - 2 * margin);
        double boxesFit = Math.min(maxScale, Math.min(roomX / Math.max(1, b.width()), roomY / Math.max(1, b.height())));
        View best = new View(Math.max(0.01, boxesFit), b.centerX(), b.centerY());
        if (request.layout().nodes().size() > MAX_SERVICES) {
            return Optional.of(best);
        }
        int bestWhole = -1;
        View tight = null;
        double tightX = Math.max(1, viewWidth - 2 * Math.min(margin, MIN_MARGIN));
        double tightY = Math.max(1, viewHeight - 2 * Math.min(margin, MIN_MARGIN));
        double farthestWhole = Double.NaN;
        // Below a fifth of the boxes' own fit the picture is dots: no label can be shown, so stop there.
        for (double scale = Math.min(maxScale, boxesFit * 4); scale >= Math.max(0.01, boxesFit / 5); scale *= STEP) {
            Look look = look(request, ids, b, scale, viewWidth, viewHeight);
            if (look == null) {
                continue;
            }
            boolean allWhole = look.drawn().whole() == ids.size();
            if (fits(look.drawn().union(), scale, roomX, roomY)) {
                if (allWhole) {
                    return Optional.of(look.view());
                }
                if (look.drawn().whole() > bestWhole) {
                    best = look.view();
                    bestWhole = look.drawn().whole();
                }
            } else if (allWhole) {
                farthestWhole = scale;
                if (tight == null && fits(look.drawn().union(), scale, tightX, tightY)) {
                    tight = look.view();
                }
            }
        }
        // The labels were whole down to one zoom and the drawing fitted from the next one out: the zoom that does
        // both may lie between the two.
        for (double scale = farthestWhole * FINE; tight == null && scale > farthestWhole * STEP; scale *= FINE) {
            Look look = look(request, ids, b, scale, viewWidth, viewHeight);
            if (look != null && look.drawn().whole() == ids.size()) {
                if (fits(look.drawn().union(), scale, roomX, roomY)) {
                    return Optional.of(look.view());
                }
                tight = fits(look.drawn().union(), scale, tightX, tightY) ? look.view() : null;
            }
        }
        // Every label whole nearer the screen's edge beats a label cut for the sake of a wider margin.
        return Optional.of(tight != null ? tight : best);
    }

    /**
     * The services to frame so that the view cuts no card in two: {@code ids} with, again and again, every card
     * the view framing them would cut through, until it cuts none (at worst every service, the whole graph). A
     * card the view shows is then whole; a card it does not show is wholly out.
     *
     * @param shownFor the part of the model the view shows when it frames this box (the cards of the services
     *                 framed), as the view computes it
     * @return {@code ids} first, then the services added, in the layout's order; {@code ids} alone when none
     *         of them has a box
     */
    public static List<ServiceId> withWholeCards(Layout layout, Collection<ServiceId> ids, UnaryOperator<Box> shownFor) {
        Set<ServiceId> framed = new LinkedHashSet<>(ids);
        Optional<Box> boxes = layout.boundsOf(framed);
        while (boxes.isPresent()) {
            Box shown = shownFor.apply(boxes.get());
            List<ServiceId> cut = layout.nodes().entrySet().stream()
                    .filter(e -> !framed.contains(e.getKey()) && cuts(shown, e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (cut.isEmpty()) {
                break;
            }
            framed.addAll(cut);
            boxes = layout.boundsOf(framed);
        }
        return List.copyOf(framed);
    }

    /** True when the view shows part of the card and not all of it (a sliver under a pixel is not a cut). */
    private static boolean cuts(Box view, Box card) {
        return view.inflate(-0.5).intersects(card) && !view.inflate(0.5).contains(card);
    }

    /**
     * The framed services drawn at this zoom, the view centred on what is drawn (labels may spill further on one
     * side than the other); null when one of them is not drawn.
     */
    private Look look(PaintRequest request, Collection<ServiceId> ids, Box boxes, double scale, double viewWidth,
            double viewHeight) {
        Drawn drawn = drawn(request, ids, new View(scale, boxes.centerX(), boxes.centerY()), viewWidth, viewHeight);
        if (drawn == null) {
            return null;
        }
        View centred = new View(scale, drawn.union().centerX(), drawn.union().centerY());
        Drawn again = drawn(request, ids, centred, viewWidth, viewHeight);
        return again == null ? null : new Look(centred, again);
    }

    /** A view and what the framed services look like in it. */
    private record Look(View view, Drawn drawn) {
    }

    /**
     * The framed services as drawn in this view: the union of their cards (grown around their labels) and how
     * many labels are whole; null when one of them is not drawn there at all.
     */
    Drawn drawn(PaintRequest request, Collection<ServiceId> ids, View view, double viewWidth, double viewHeight) {
        PaintRequest r = request.withView(view.visible(viewWidth, viewHeight), view.scale());
        Detail detail = Detail.at(view.scale(), painter.labelPixels());
        if (!detail.boxes()) {
            return null;
        }
        Map<ServiceId, NodePainter.Placement> placed = detail.inCard() ? Map.of() : painter.placeLabels(r);
        LabelLines lines = new LabelLines(painter.measurer());
        List<Box> drawn = new ArrayList<>();
        int whole = 0;
        for (ServiceId id : ids) {
            Box card = r.layout().nodes().get(id);
            Service service = r.graph().service(id).orElse(null);
            if (card == null || service == null) {
                whole++; // nothing to frame: never a reason to look elsewhere
                continue;
            }
            if (!r.visible().intersects(card)) {
                return null;
            }
            List<String> text = List.of();
            if (detail.inCard()) {
                text = lines.wrap(service.label(), NodeSizer.LABEL_SIZE, NodeSizer.labelRoom(card.width()),
                        NodeSizer.linesIn(card.height()));
            } else if (placed.containsKey(id)) {
                text = placed.get(id).lines();
                card = placed.get(id).card();
            }
            if (!text.isEmpty() && NodePainter.isWhole(text, service.label())) {
                whole++;
            }
            drawn.add(card);
        }
        return drawn.isEmpty() ? null : new Drawn(Box.union(drawn), whole);
    }

    /** The framed services as drawn: the box around them all, and how many have their whole label. */
    record Drawn(Box union, int whole) {
    }

    private static boolean fits(Box drawn, double scale, double roomX, double roomY) {
        return drawn.width() * scale <= roomX + 1e-6 && drawn.height() * scale <= roomY + 1e-6;
    }
}
