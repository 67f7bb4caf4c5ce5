package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.LabelLines;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws one service: a card with its kind's icon and its label, styled by its state. */
final class NodePainter {

    static final double RADIUS = 8;
    private static final double HATCH_GAP = 7;

    /** Where a spotlit label may move from the card's centre, in steps of half its width and of its height, nearest first. */
    private static final int[][] SHIFTS = java.util.stream.IntStream.range(0, 25).mapToObj(i -> new int[] {i % 5 - 2, i / 5 - 2})
            .sorted(java.util.Comparator.comparingInt((int[] d) -> Math.abs(d[0]) + Math.abs(d[1])).thenComparingInt(d -> Math.abs(d[0])))
            .toArray(int[][]::new);

    /** The places next to the card a label may move to when it has no room on it: above, below, then beside. */
    private static final int[][] NEAR_SHIFTS = java.util.Arrays.stream(SHIFTS)
            .filter(d -> Math.abs(d[0]) <= 1 && Math.abs(d[1]) <= 1 && (d[0] != 0 || d[1] != 0)).toArray(int[][]::new);

    /** The longest line a label placed far out may take on screen, in pixels: longer, it runs off a fitted view. */
    private static final double LONGEST_LINE_PX = 170;

    /** A second line's distance below the first, in font sizes. */
    private static final double LINE_SPACING = 1.2;

    private final Theme theme;
    private final LabelLines lines;
    private final NodeSizer sizer;
    private final Map<String, List<String>> wrapped = new HashMap<>();

    NodePainter(Theme theme, TextMeasurer measurer) {
        this.theme = theme;
        this.lines = new LabelLines(measurer);
        this.sizer = new NodeSizer(measurer);
    }

    /** A service as a card, with the detail the zoom allows; a card that is up and has a heat is filled by it. */
    void paint(Surface s, Service service, Box b, ServiceState state, Detail detail, double scale, Double heat) {
        StateStyle style = theme.style(state);
        boolean heated = heat != null && (state == ServiceState.HEALTHY || state == ServiceState.DEGRADED);
        if (!detail.boxes()) {
            s.setFill(heated ? HeatRamp.solid(heat) : state == ServiceState.HEALTHY ? theme.kind(service.kind())
                    : style.border());
            s.fillRect(b.x(), b.y(), b.width(), b.height());
            return;
        }
        if (!theme.darkBackground() && detail.inCard()) {
            s.setFill(new Rgba(15, 23, 42, 0.07));
            s.fillRoundRect(b.x(), b.y() + 1.5, b.width(), b.height(), RADIUS);
        }
        s.setFill(heated ? HeatRamp.fill(theme, heat) : style.fill());
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), RADIUS);
        if (style.hatch() != null) {
            // Unsmoothed: lines at 45 degrees step cleanly, and smoothing them was 40% of a frame's painting.
            s.setSmoothLines(false);
            hatch(s, b, style.hatch(), Math.max(1.4, 1 / scale));
            s.setSmoothLines(true);
        }
        double inset = style.borderWidth() / 2;
        s.setStroke(style.border(), Math.max(style.borderWidth(), 1 / scale), style.dashed() ? new double[] {6, 4} : new double[0]);
        s.strokeRoundRect(b.x() + inset, b.y() + inset, b.width() - 2 * inset, b.height() - 2 * inset, RADIUS - inset);
        if (!detail.inCard()) {
            return;
        }
        s.save();
        s.setAlpha(detail.labelAlpha());
        // A card the layout widened to hold its label far out keeps its icon and label together in its middle.
        double iconX = b.x() + NodeSizer.PADDING + Math.max(0, (b.width() - sizer.width(service)) / 2);
        double iconY = b.centerY() - NodeSizer.ICON / 2;
        Rgba badge = theme.kind(service.kind());
        if (state == ServiceState.KNOCKED_OUT) {
            badge = badge.fade(0.55);
        }
        s.setFill(badge);
        s.fillRoundRect(iconX, iconY, NodeSizer.ICON, NodeSizer.ICON, 5);
        KindIcon.draw(s, service.kind(), iconX + 3, iconY + 3, NodeSizer.ICON - 6, Rgba.hex("#ffffff"));
        if (style.cross()) {
            cross(s, iconX, iconY, NodeSizer.ICON, style.text());
        }
        s.setFill(style.text());
        double labelX = iconX + NodeSizer.ICON + NodeSizer.PADDING;
        text(s, wrap(service.label(), NodeSizer.LABEL_SIZE, NodeSizer.labelRoom(b.maxX() - iconX + NodeSizer.PADDING),
                NodeSizer.linesIn(b.height())),
                labelX, b.centerY(), TextAnchor.START, NodeSizer.LABEL_SIZE, state == ServiceState.KNOCKED_OUT);
        if (service.customerFacing()) {
            s.setFill(theme.accent());
            s.fillOval(b.maxX() - 9, b.y() + 4, 5, 5);
        }
        s.restore();
    }

    /**
     * Where the service's label goes when it is far enough out that the card's own text would be too small:
     * centred on the card at {@code labelPixels} on screen. Tried in turn, the first that covers no other label or
     * card wins: the whole label on one line within the card, then on the two narrowest lines it breaks into
     * (in a row of cards there is more room above and below than beside), then on one line or two up to about a
     * hundred screen pixels wide (or the card's width), then on one line up to {@link #LONGEST_LINE_PX}; then the
     * same moved just above, below or beside the card, when the card grown around it covers nothing else; last,
     * the label cut to the card on one line, which collides only with a spotlit label allowed to cover the card.
     * The card grows around a label that spills out of it. A label is never placed past the drawing's left or
     * right side (the layout's bounds): it is moved inward first. Null for a card too narrow for a letter and an
     * ellipsis (three letters for a room).
     */
    Placement place(Service service, Box b, double scale, double labelPixels, LabelPlacer placer, Box drawing) {
        double size = labelPixels / scale;
        double pad = 3 / scale;
        double inCard = b.width() - 2 * pad;
        double wide = Math.max(inCard, 100 / scale);
        double longest = Math.max(inCard, LONGEST_LINE_PX / scale);
        double narrowest = Math.max(inCard, lines.twoLineWidth(service.label(), size));
        List<List<String>> whole = new java.util.ArrayList<>();
        for (double[] attempt : new double[][] {{inCard, 1}, {narrowest, 2}, {wide, 1}, {wide, 2}, {longest, 1}}) {
            List<String> text = wrap(service.label(), size, attempt[0], (int) attempt[1]);
            if (isWhole(text, service.label())) {
                whole.add(text);
            }
        }
        for (List<String> text : whole) {
            Box pill = within(pill(text, size, pad, b), drawing);
            if (placer.isFree(pill, b)) {
                return placed(text, pill, b, size, placer);
            }
        }
        for (int[] shift : NEAR_SHIFTS) {
            for (List<String> text : whole) {
                Box pill = pill(text, size, pad, b);
                Box moved = within(pill.translate(shift[0] * Math.max((pill.width() - b.width()) / 2, pill.width() / 2),
                        shift[1] * (pill.height() + b.height()) / 2), drawing);
                Box card = around(b, moved);
                if (placer.isFree(card, b)) {
                    placer.take(card);
                    return new Placement(text, card, moved, size);
                }
            }
        }
        List<String> cut = wrap(service.label(), size, inCard, 1);
        // Within the card only; at a desk even "Zo…" beats a blank card, for a room a short stub is only noise.
        int fewest = labelPixels > Detail.MIN_LABEL_PX ? 4 : 2;
        if (cut.get(0).length() < fewest || lines.width(cut.get(0), size) > inCard) {
            return null;
        }
        Box pill = pill(cut, size, pad, b);
        double h = Math.min(pill.height(), Math.max(b.height(), size * 1.1));
        Box inside = new Box(pill.x(), b.centerY() - h / 2, pill.width(), h);
        // Free unless a spotlit label covers this card (see GraphPainter.withSpotlight).
        return placer.isFree(inside, b) ? placed(cut, inside, b, size, placer) : null;
    }

    /**
     * Where a spotlit service's label goes (see {@link GraphPainter#withSpotlight}): whole, on one line within the
     * card, else on its two narrowest lines, else on one line, centred on the card or, when that meets another
     * spotlit label, moved above, below or beside it (nearest first); the card grows around it, over the cards it
     * covers (past the drawing's sides if need be: presenter framing takes it in). When every place meets another
     * spotlit label, placed as any other label is, within {@code drawing}'s sides.
     */
    Placement placeSpotlit(Service service, Box b, double scale, double labelPixels, LabelPlacer placer, Box drawing) {
        double size = labelPixels / scale;
        double pad = 3 / scale;
        double inCard = b.width() - 2 * pad;
        double narrowest = Math.max(inCard, lines.twoLineWidth(service.label(), size));
        for (double[] attempt : new double[][] {{inCard, 1}, {narrowest, 2}, {Double.MAX_VALUE, 1}}) {
            List<String> text = wrap(service.label(), size, attempt[0], (int) attempt[1]);
            if (!isWhole(text, service.label())) {
                continue;
            }
            Box pill = pill(text, size, pad, b);
            double up = (pill.height() + b.height()) / 2;
            double side = Math.max((pill.width() - b.width()) / 2, pill.width() / 2);
            for (int[] shift : SHIFTS) {
                Box moved = pill.translate(shift[0] * side, shift[1] * up);
                Box card = around(b, moved);
                if (placer.isFree(card, b)) {
                    placer.take(card);
                    return new Placement(text, card, moved, size);
                }
            }
        }
        return place(service, b, scale, labelPixels, placer, drawing); // cut rather than blank
    }

    private static Placement placed(List<String> text, Box pill, Box b, double size, LabelPlacer placer) {
        placer.take(pill);
        return new Placement(text, around(b, pill), pill, size);
    }

    /**
     * The label moved left or right, the least, to lie within the drawing's sides (its left side first when it is
     * wider): far out a label is far wider than its card, and one spilling past the drawing's edge would make the
     * fitted view zoom out further for it (see {@link DrawingFit}).
     */
    private static Box within(Box label, Box drawing) {
        double dx = label.x() < drawing.x() ? drawing.x() - label.x()
                : label.maxX() > drawing.maxX() ? Math.max(drawing.x() - label.x(), drawing.maxX() - label.maxX()) : 0;
        return dx == 0 ? label : label.translate(dx, 0);
    }

    /** The card grown to hold the label. */
    private static Box around(Box card, Box label) {
        return Box.spanning(Math.min(card.x(), label.x()), Math.min(card.y(), label.y()),
                Math.max(card.maxX(), label.maxX()), Math.max(card.maxY(), label.maxY()));
    }

    /** True when the lines hold the whole label: not cut, or the label itself ends with an ellipsis. */
    static boolean isWhole(List<String> text, String label) {
        return !text.get(text.size() - 1).endsWith("…") || label.endsWith("…");
    }

    /** A placed label's text, over the card {@link #paint} drew at the placement's size. */
    void paintLabel(Surface s, Placement p, ServiceState state, Detail detail) {
        s.save();
        s.setAlpha(detail.labelAlpha());
        s.setFill(theme.style(state).text());
        text(s, p.lines(), p.label().centerX(), p.label().centerY(), TextAnchor.MIDDLE, p.size(),
                state == ServiceState.KNOCKED_OUT || state == ServiceState.DOWN);
        s.restore();
    }

    /**
     * A label placed far out: its lines, the card grown to hold them, where the lines go, and the font size in
     * model units.
     *
     * @param lines one or two lines, the last cut with an ellipsis only when nothing else fitted
     * @param card  the card grown around the label
     * @param label the box the lines are centred in
     */
    record Placement(List<String> lines, Box card, Box label, double size) {
    }

    /** Lines centred on {@code centerY}, one below the other. */
    private static void text(Surface s, List<String> lines, double x, double centerY, TextAnchor anchor, double size,
            boolean bold) {
        double first = centerY - (lines.size() - 1) * size * LINE_SPACING / 2;
        for (int i = 0; i < lines.size(); i++) {
            s.text(lines.get(i), x, first + i * size * LINE_SPACING, anchor, size, bold);
        }
    }

    private Box pill(List<String> text, double size, double pad, Box card) {
        double w = 0;
        for (String line : text) {
            w = Math.max(w, lines.width(line, size));
        }
        w += 2 * pad;
        double h = size * (1.25 + (text.size() - 1) * LINE_SPACING);
        return new Box(card.centerX() - w / 2, card.centerY() - h / 2, w, h);
    }

    /** The label on at most {@code maxLines} lines of at most {@code room}, remembered for the next frame. */
    List<String> wrap(String label, double size, double room, int maxLines) {
        String key = label + '\u0000' + (float) size + '\u0000' + (float) room + '\u0000' + maxLines;
        List<String> done = wrapped.get(key);
        if (done != null) {
            return done;
        }
        if (wrapped.size() > 50_000) {
            wrapped.clear();
        }
        List<String> result = lines.wrap(label, size, room, maxLines);
        wrapped.put(key, result);
        return result;
    }

    /** Diagonal lines over the box, clipped by hand to stay inside the rounded corners. */
    private static void hatch(Surface s, Box b, Rgba colour, double width) {
        double x1 = b.x() + 2;
        double y1 = b.y() + 2;
        double x2 = b.maxX() - 2;
        double y2 = b.maxY() - 2;
        s.setStroke(colour, width);
        s.beginPath();
        // Lines x + y = c, for c from the top-left corner to the bottom-right one; skip the rounded corners.
        for (double c = x1 + y1 + RADIUS; c < x2 + y2 - RADIUS; c += HATCH_GAP) {
            double xs = Math.max(x1, c - y2);
            double xe = Math.min(x2, c - y1);
            if (xs < xe) {
                s.moveTo(xs, c - xs);
                s.lineTo(xe, c - xe);
            }
        }
        s.strokePath();
    }

    private static void cross(Surface s, double x, double y, double size, Rgba ink) {
        s.setStroke(ink, 2.8);
        s.beginPath();
        s.moveTo(x + 2, y + 2);
        s.lineTo(x + size - 2, y + size - 2);
        s.moveTo(x + size - 2, y + 2);
        s.lineTo(x + 2, y + size - 2);
        s.strokePath();
    }
}
