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

    /** A service as a card, with the detail the zoom allows. */
    void paint(Surface s, Service service, Box b, ServiceState state, Detail detail, double scale) {
        StateStyle style = theme.style(state);
        if (!detail.boxes()) {
            s.setFill(state == ServiceState.HEALTHY ? theme.kind(service.kind()) : style.border());
            s.fillRect(b.x(), b.y(), b.width(), b.height());
            return;
        }
        if (!theme.darkBackground() && detail.labelAlpha() > 0) {
            s.setFill(new Rgba(15, 23, 42, 0.07));
            s.fillRoundRect(b.x(), b.y() + 1.5, b.width(), b.height(), RADIUS);
        }
        s.setFill(style.fill());
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), RADIUS);
        if (style.hatch() != null) {
            hatch(s, b, style.hatch(), Math.max(1.4, 1 / scale));
        }
        double inset = style.borderWidth() / 2;
        s.setStroke(style.border(), Math.max(style.borderWidth(), 1 / scale), style.dashed() ? new double[] {6, 4} : new double[0]);
        s.strokeRoundRect(b.x() + inset, b.y() + inset, b.width() - 2 * inset, b.height() - 2 * inset, RADIUS - inset);
        if (detail.labelAlpha() <= 0) {
            if (style.cross()) {
                cross(s, b.x() + NodeSizer.PADDING, b.centerY() - NodeSizer.ICON / 2, NodeSizer.ICON, style.text());
            }
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
