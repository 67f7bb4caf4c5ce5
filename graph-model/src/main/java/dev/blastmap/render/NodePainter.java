package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.NodeSizer;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Service;
import java.util.HashMap;
import java.util.Map;

/** Draws one service: a card with its kind's icon and its label, styled by its state. */
final class NodePainter {

    static final double RADIUS = 8;
    private static final double HATCH_GAP = 7;

    private final Theme theme;
    private final TextMeasurer measurer;
    private final Map<String, String> fitted = new HashMap<>();

    NodePainter(Theme theme, TextMeasurer measurer) {
        this.theme = theme;
        this.measurer = measurer;
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
        double iconX = b.x() + NodeSizer.PADDING;
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
        s.text(fit(service.label(), NodeSizer.labelRoom(b.width())), labelX, b.centerY(), TextAnchor.START,
                NodeSizer.LABEL_SIZE, state == ServiceState.KNOCKED_OUT);
        if (service.customerFacing()) {
            s.setFill(theme.accent());
            s.fillOval(b.maxX() - 9, b.y() + 4, 5, 5);
        }
        s.restore();
    }

    /**
     * Where the service's label goes when it is far enough out that the card's own text would be too small:
     * centred on the card at the minimum screen size, as wide as it needs up to about a hundred screen pixels,
     * cut to the card's width when the longer one would cover another label or card. The card grows around a
     * label that spills out of it. Null when even the short label collides: no label then.
     */
    Placement place(Service service, Box b, double scale, LabelPlacer placer) {
        double size = Detail.MIN_LABEL_PX / scale;
        double pad = 3 / scale;
        double wide = Math.max(b.width() - 2 * pad, 100 / scale);
        String text = fit(service.label(), size, wide);
        Box pill = pill(text, size, pad, b);
        if (!placer.isFree(pill, b)) {
            text = fit(service.label(), size, b.width() - 2 * pad);
            pill = pill(text, size, pad, b);
            if (text.length() < 5 || !placer.isFree(pill, b)) { // "Ab…" tells nobody anything
                return null;
            }
        }
        placer.take(pill);
        Box card = Box.spanning(Math.min(b.x(), pill.x()), Math.min(b.y(), pill.y()),
                Math.max(b.maxX(), pill.maxX()), Math.max(b.maxY(), pill.maxY()));
        return new Placement(text, card, size);
    }

    /** A placed label's text, over the card {@link #paint} drew at the placement's size. */
    void paintLabel(Surface s, Placement p, ServiceState state, Detail detail) {
        s.save();
        s.setAlpha(detail.labelAlpha());
        s.setFill(theme.style(state).text());
        s.text(p.text(), p.card().centerX(), p.card().centerY(), TextAnchor.MIDDLE, p.size(),
                state == ServiceState.KNOCKED_OUT || state == ServiceState.DOWN);
        s.restore();
    }

    /** A label placed far out: its text, the card grown to hold it, and the font size in model units. */
    record Placement(String text, Box card, double size) {
    }

    private Box pill(String text, double size, double pad, Box card) {
        double w = measurer.width(text, size, true) + 2 * pad;
        double h = size * 1.45;
        return new Box(card.centerX() - w / 2, card.centerY() - h / 2, w, h);
    }

    /** The label cut with an ellipsis to fit the room at this font size. */
    private String fit(String label, double size, double room) {
        // Text width grows linearly with the size: fit at the card's size in the proportional room, rounded so
        // that continuous zooming reuses the cache.
        return fit(label, Math.floor(room * NodeSizer.LABEL_SIZE / size));
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

    /** The label, cut with an ellipsis if it is wider than the room. */
    String fit(String label, double room) {
        String key = label + '\u0000' + room;
        String done = fitted.get(key);
        if (done != null) {
            return done;
        }
        String result = label;
        if (measurer.width(label, NodeSizer.LABEL_SIZE, true) > room) {
            int end = label.length();
            while (end > 1 && measurer.width(label.substring(0, end) + "…", NodeSizer.LABEL_SIZE, true) > room) {
                end--;
            }
            result = label.substring(0, end).stripTrailing() + "…";
        }
        if (fitted.size() > 50_000) {
            fitted.clear();
        }
        fitted.put(key, result);
        return result;
    }
}
