package dev.blastmap.app.window;

import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.LabelledFraming;
import java.util.Collection;
import java.util.List;

/**
 * What to frame at the desk (outside presenter mode) so that the view cuts no card in two: the services asked
 * for and every card the view would cut (see {@link LabelledFraming#withWholeCards}). The view is predicted as
 * the canvas frames services at the desk: their boxes with 30 model units around, fitted with 40 pixels to
 * spare at most 1.25× and, on a graph with a minimap (more than 30 services, not all in view), beside or above
 * the minimap, whichever shows them larger. Those figures are the canvas's own (GraphCanvas.framing, Minimap);
 * they are repeated here because the canvas is being rewritten; a method of the canvas answering "what would
 * framing this box show" should replace them.
 */
final class DeskFraming {

    private static final double AROUND = 30;
    private static final double MARGIN = 40;
    private static final double MAX_SCALE = 1.25;
    private static final int MINIMAP_FROM = 30;
    private static final double MINIMAP_WIDTH = 220;
    private static final double MINIMAP_MARGIN = 12;

    private DeskFraming() {
    }

    /** {@code ids} and the services whose cards a view of this size framing them would cut. */
    static List<ServiceId> withWholeCards(Layout layout, Collection<ServiceId> ids, double width, double height) {
        if (width <= 0 || height <= 0) {
            return List.copyOf(ids);
        }
        return LabelledFraming.withWholeCards(layout, ids, boxes -> shown(layout, boxes, width, height));
    }

    /** The part of the model a view of this size shows when the canvas frames these boxes. */
    static Box shown(Layout layout, Box boxes, double width, double height) {
        Box b = boxes.inflate(AROUND);
        Viewport v;
        if (layout.nodes().size() <= MINIMAP_FROM || b.contains(layout.bounds())) {
            v = Viewport.fit(b, width, height, MARGIN, MAX_SCALE);
        } else {
            Viewport beside = Viewport.fit(b, width - MINIMAP_WIDTH - MINIMAP_MARGIN, height, MARGIN, MAX_SCALE);
            Viewport above = Viewport.fit(b, width, height - minimapHeight(layout.bounds()) - MINIMAP_MARGIN, MARGIN, MAX_SCALE);
            v = beside.scale() >= above.scale() ? beside : above;
        }
        return v.visible(width, height);
    }

    /** The minimap's height for a layout (Minimap.heightFor). */
    private static double minimapHeight(Box bounds) {
        double aspect = bounds.height() / Math.max(1, bounds.width());
        return Math.max(60, Math.min(170, MINIMAP_WIDTH * aspect));
    }
}
