package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.TextMeasurer;

/** The key under an exported picture: a swatch per state, drawn with the same patterns as the services. */
final class Legend {

    static final double HEIGHT = 34;
    private static final double SWATCH_W = 34;
    private static final double SWATCH_H = 18;
    private static final double TEXT = 12;

    private Legend() {
    }

    /** How wide the legend is. */
    static double width(Theme theme, TextMeasurer measurer) {
        double w = 0;
        for (ServiceState s : ServiceState.values()) {
            w += SWATCH_W + 8 + measurer.width(theme.style(s).name(), TEXT, false) + 22;
        }
        return w;
    }

    /** Draws the legend with its top-left corner at (x, y). */
    static void paint(Surface s, Theme theme, TextMeasurer measurer, double x, double y) {
        double cy = y + HEIGHT / 2;
        for (ServiceState state : ServiceState.values()) {
            StateStyle st = theme.style(state);
            double sy = cy - SWATCH_H / 2;
            s.setFill(st.fill());
            s.fillRoundRect(x, sy, SWATCH_W, SWATCH_H, 5);
            if (st.hatch() != null) {
                s.setStroke(st.hatch().withAlpha(Math.min(1, st.hatch().alpha() * 1.6)), 1.4);
                s.beginPath();
                for (double d = 4; d < SWATCH_W + SWATCH_H; d += 6) {
                    double xs = Math.max(0, d - SWATCH_H);
                    double xe = Math.min(SWATCH_W, d);
                    s.moveTo(x + xs, sy + d - xs);
                    s.lineTo(x + xe, sy + d - xe);
                }
                s.strokePath();
            }
            double inset = st.borderWidth() / 2;
            s.setStroke(st.border(), st.borderWidth(), st.dashed() ? new double[] {5, 3} : new double[0]);
            s.strokeRoundRect(x + inset, sy + inset, SWATCH_W - 2 * inset, SWATCH_H - 2 * inset, 5 - inset);
            if (st.cross()) {
                s.setStroke(st.text(), 2.2);
                s.beginPath();
                double c = x + SWATCH_W / 2;
                s.moveTo(c - 5, cy - 5);
                s.lineTo(c + 5, cy + 5);
                s.moveTo(c + 5, cy - 5);
                s.lineTo(c - 5, cy + 5);
                s.strokePath();
            }
            s.setFill(theme.text());
            s.text(st.name(), x + SWATCH_W + 8, cy, TextAnchor.START, TEXT, false);
            x += SWATCH_W + 8 + measurer.width(st.name(), TEXT, false) + 22;
        }
    }
}
