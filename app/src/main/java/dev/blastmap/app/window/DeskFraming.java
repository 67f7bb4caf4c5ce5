package dev.blastmap.app.window;

import dev.blastmap.app.canvas.DeskView;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.LabelledFraming;
import java.util.Collection;
import java.util.List;

/**
 * What to frame at the desk (outside presenter mode) so that the view cuts no card in two: the services asked
 * for and every card the view the canvas would glide to ({@link DeskView}) would cut (see
 * {@link LabelledFraming#withWholeCards}).
 */
final class DeskFraming {

    private DeskFraming() {
    }

    /** {@code ids} and the services whose cards a view of this size framing them would cut. */
    static List<ServiceId> withWholeCards(Layout layout, Collection<ServiceId> ids, double width, double height) {
        if (width <= 0 || height <= 0) {
            return List.copyOf(ids);
        }
        return LabelledFraming.withWholeCards(layout, ids,
                boxes -> DeskView.framing(layout, boxes, width, height).visible(width, height));
    }
}
