package dev.blastmap.layout;

import dev.blastmap.model.Service;

/**
 * How wide a card must be for its label to be shown whole on it when the graph is seen far out. Zoomed out,
 * the painter draws a label at a legible size on the screen ({@link NodeSizer#FAR_LABEL_PX}) rather than at
 * the card's own size, so the label is wider than its card in the model; cards that are that wide leave it
 * room beside its neighbours, whatever the order labels are placed in.
 */
final class LabelRoom {

    /** The screen pixels a placed label keeps clear on each side: the painter's pad and one pixel more. */
    private static final double SIDE_PX = 4;

    private final NodeSizer sizer;
    private final LabelLines lines;

    LabelRoom(NodeSizer sizer) {
        this.sizer = sizer;
        this.lines = new LabelLines(sizer.measurer());
    }

    /**
     * The card's width for the service seen at {@code zoom}: its usual width, or its label's on the two
     * narrowest lines it breaks into (the painter tries those right after one line within the card).
     */
    double width(Service service, double zoom) {
        double card = sizer.width(service);
        if (zoom >= NodeSizer.IN_CARD_ZOOM) {
            return card;
        }
        double size = NodeSizer.FAR_LABEL_PX / zoom;
        double text = Math.min(lines.width(service.label(), size), lines.twoLineWidth(service.label(), size));
        double label = text + 2 * SIDE_PX / zoom;
        return Math.max(card, Math.ceil(label));
    }
}
