package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;

/**
 * Where a canvas at the desk (not presenting) looks when asked to show some services: their boxes with 30 model
 * units around, as large as they fit with 40 pixels to spare and at most 1.25×, and never under the minimap
 * (beside it or above it, whichever shows them larger). {@link GraphCanvas#frame} glides there; the window asks
 * the same question to choose what to frame so that no card is cut.
 */
public final class DeskView {

    private static final double AROUND = 30;
    private static final double MARGIN = 40;
    private static final double MAX_SCALE = 1.25;

    private DeskView() {
    }

    /** The viewport of a {@code width} × {@code height} canvas framing services whose boxes span {@code boxes}. */
    public static Viewport framing(Layout layout, Box boxes, double width, double height) {
        Box b = boxes.inflate(AROUND);
        if (!Minimap.shownFor(layout, b)) {
            return Viewport.fit(b, width, height, MARGIN, MAX_SCALE); // the view will show everything: no minimap
        }
        Viewport beside = Viewport.fit(b, width - Minimap.WIDTH - Minimap.MARGIN, height, MARGIN, MAX_SCALE);
        Viewport above = Viewport.fit(b, width, height - Minimap.heightFor(layout.bounds()) - Minimap.MARGIN, MARGIN,
                MAX_SCALE);
        return beside.scale() >= above.scale() ? beside : above;
    }
}
