package dev.blastmap.render;

import dev.blastmap.layout.Box;
import java.util.Objects;

/**
 * Fits the whole graph into a view as the painter draws it. Far out the painter draws labels at a legible screen
 * size and grows each card around its label (see {@link Detail}), past the layout's bounds at the drawing's
 * edges; a fit to the bounds alone lets the view's edge cut those cards. The grown cards get larger, in model
 * units, as the zoom falls, so the fit is a fixed point: zoom to fit what is drawn at the last zoom tried, and
 * again, until what is drawn at a zoom fits at that zoom. The painter keeps labels within the drawing's left and
 * right sides where they are narrower than it (see {@code NodePainter.place}), so what overhangs is mostly a label
 * moved above or below a card at the top or bottom, a few dozen screen pixels against a view hundreds high: each
 * try removes most of the error left (the flagship beside the side panels fits at the first).
 *
 * <p>Close in (labels inside the cards) and far out (dots) nothing grows and the bounds' fit is the answer at
 * once, without placing a label: a ten-thousand-service graph fits as cheaply as before.
 */
public final class DrawingFit {

    /** The tries of the fixed point before stepping out instead (labels that come and go with the zoom). */
    private static final int TRIES = 8;
    /** Each step out, when the fixed point has not settled, is this fraction of the zoom before. */
    private static final double STEP = 0.97;
    /** How far, in screen pixels, the drawing may pass the margin: less than the eye or a pixel sees. */
    private static final double SLACK = 0.5;

    private final GraphPainter painter;

    /** A fit of what this painter draws (its label size and spotlight among it). */
    public DrawingFit(GraphPainter painter) {
        this.painter = Objects.requireNonNull(painter, "painter");
    }

    /**
     * The closest view, at most {@code maxScale}, that shows everything drawn whole (the layout's bounds and every
     * card grown around its label) centred in a view of this size, with {@code margin} screen pixels around it.
     * The labels drawn depend on the request's states, selection and highlight (which label wins a collision).
     *
     * @param request what is painted (graph, layout, states, selection, highlight); its view is ignored
     * @throws IllegalArgumentException when a size or the margin is not finite, or {@code maxScale} not positive
     */
    public LabelledFraming.View fit(PaintRequest request, double viewWidth, double viewHeight, double margin,
            double maxScale) {
        if (!Double.isFinite(viewWidth) || !Double.isFinite(viewHeight) || !Double.isFinite(margin)
                || !(maxScale > 0 && maxScale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("a fit needs a finite view and margin and a positive closest zoom");
        }
        double roomX = Math.max(1, viewWidth - 2 * margin);
        double roomY = Math.max(1, viewHeight - 2 * margin);
        Box bounds = request.layout().bounds();
        double scale = scaleToFit(bounds, roomX, roomY, maxScale);
        for (int i = 0; i < TRIES; i++) {
            Box drawn = drawnAt(request, scale);
            if (fits(drawn, scale, roomX, roomY)) {
                return new LabelledFraming.View(scale, drawn.centerX(), drawn.centerY());
            }
            scale = scaleToFit(drawn, roomX, roomY, maxScale); // below the zoom tried: the drawing did not fit
        }
        // Labels placed at one zoom and left out at the next kept the drawing from settling. Below the dots' zoom
        // nothing grows and the bounds fit, so stepping out ends.
        while (true) {
            scale *= STEP;
            Box drawn = drawnAt(request, scale);
            if (fits(drawn, scale, roomX, roomY)) {
                return new LabelledFraming.View(scale, drawn.centerX(), drawn.centerY());
            }
        }
    }

    /**
     * Everything drawn at this zoom with the whole graph in view: the layout's bounds and, where labels are placed
     * over the cards, every card grown around its label.
     */
    Box drawnAt(PaintRequest request, double scale) {
        Box bounds = request.layout().bounds();
        Detail detail = Detail.at(scale, painter.labelPixels());
        if (!detail.boxes() || detail.inCard() || detail.labelAlpha() <= 0) {
            return bounds; // as GraphPainter.paintNodes: no label placed, every card drawn as laid out
        }
        double x0 = bounds.x();
        double y0 = bounds.y();
        double x1 = bounds.maxX();
        double y1 = bounds.maxY();
        for (NodePainter.Placement p : painter.placeLabels(request.withView(null, scale)).values()) {
            Box card = p.card();
            x0 = Math.min(x0, card.x());
            y0 = Math.min(y0, card.y());
            x1 = Math.max(x1, card.maxX());
            y1 = Math.max(y1, card.maxY());
        }
        return Box.spanning(x0, y0, x1, y1);
    }

    private static double scaleToFit(Box box, double roomX, double roomY, double maxScale) {
        return Math.min(maxScale, Math.min(roomX / Math.max(1, box.width()), roomY / Math.max(1, box.height())));
    }

    private static boolean fits(Box drawn, double scale, double roomX, double roomY) {
        return drawn.width() * scale <= roomX + SLACK && drawn.height() * scale <= roomY + SLACK;
    }
}
