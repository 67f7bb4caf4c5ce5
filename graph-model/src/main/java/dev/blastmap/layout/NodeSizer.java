package dev.blastmap.layout;

import dev.blastmap.model.Service;
import java.util.Objects;

/**
 * The size of a service's box, from its label: a kind icon on the left, the label on the right. The painter
 * draws with the same metrics, so a label that fits here fits on screen.
 */
public final class NodeSizer {

    /** The label font size, in model pixels. */
    public static final double LABEL_SIZE = 13;
    /** The height of every service box. */
    public static final double HEIGHT = 40;
    /** The side of the kind icon. */
    public static final double ICON = 22;
    /** Space between the box border, the icon and the label. */
    public static final double PADDING = 10;
    /** The narrowest box. */
    public static final double MIN_WIDTH = 92;
    /** The widest box; longer labels are cut with an ellipsis. */
    public static final double MAX_WIDTH = 240;
    /** A label wider than this (in model pixels) is wrapped onto two lines, the card growing taller. */
    public static final double WRAP_WIDTH = 150;
    /** The height a second line adds to a box. */
    public static final double LINE_HEIGHT = 16;
    /**
     * The screen size of a label placed over its card when the graph is seen far out (the painter's
     * {@code Detail.MIN_LABEL_PX}), in pixels.
     */
    public static final double FAR_LABEL_PX = 11.5;
    /** From this zoom up labels sit inside their cards at the model's size (the painter's {@code Detail.IN_CARD}). */
    public static final double IN_CARD_ZOOM = 0.85;

    private final TextMeasurer measurer;

    /** A sizer measuring labels with this measurer. */
    public NodeSizer(TextMeasurer measurer) {
        this.measurer = Objects.requireNonNull(measurer, "measurer");
    }

    /** A sizer with the approximate measurer. */
    public static NodeSizer standard() {
        return new NodeSizer(TextMeasurer.approximate());
    }

    /** The measurer labels are sized with. */
    public TextMeasurer measurer() {
        return measurer;
    }

    /** The width of the service's box: its label on one line, or on two when it is long. */
    public double width(Service service) {
        LabelLines lines = new LabelLines(measurer);
        double text = lines.width(service.label(), LABEL_SIZE);
        if (text > WRAP_WIDTH) {
            text = lines.twoLineWidth(service.label(), LABEL_SIZE);
        }
        double w = PADDING + ICON + PADDING + text + PADDING + 4;
        return Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w)));
    }

    /** The height of the service's box: taller for a label on two lines. */
    public double height(Service service) {
        return isTwoLines(measurer, service.label()) ? HEIGHT + LINE_HEIGHT : HEIGHT;
    }

    /** True when the label is drawn on two lines in its card. */
    static boolean isTwoLines(TextMeasurer measurer, String label) {
        LabelLines lines = new LabelLines(measurer);
        return lines.width(label, LABEL_SIZE) > WRAP_WIDTH && lines.twoLineWidth(label, LABEL_SIZE) < lines.width(label, LABEL_SIZE);
    }

    /** The most lines a card of this height holds. */
    public static int linesIn(double boxHeight) {
        return boxHeight >= HEIGHT + LINE_HEIGHT ? 2 : 1;
    }

    /** The room the label has inside a box of this width. */
    public static double labelRoom(double boxWidth) {
        return boxWidth - (PADDING + ICON + PADDING) - PADDING;
    }
}
