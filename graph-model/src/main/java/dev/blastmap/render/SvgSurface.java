package dev.blastmap.render;

import dev.blastmap.text.XmlText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A surface that writes a standalone SVG document. Every text is escaped, and characters XML cannot hold are
 * dropped, so a service called {@code <script>} stays inert text. The transform is applied to coordinates as
 * they are written, so the document is flat and quick for browsers and PDF renderers.
 */
public final class SvgSurface implements Surface {

    /** The fonts asked for, in order of preference; the last is always there. */
    public static final String FONT_FAMILY = "Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

    private final double width;
    private final double height;
    private final String title;
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder path = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(0, 0, 1, 1, Rgba.hex("#000000"), Rgba.hex("#000000"), 1, new double[0]);

    /**
     * A document of this size in pixels.
     *
     * @param title the document title (for screen readers and browser tabs); escaped
     */
    public SvgSurface(double width, double height, String title) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("an SVG needs a positive size, was " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.title = title == null ? "" : title;
    }

    /** The finished document: an {@code <svg>} element that can stand alone or be inlined in HTML. */
    public String toSvg() {
        StringBuilder out = new StringBuilder(body.length() + 512);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"").append(FONT_FAMILY)
                .append("\" role=\"img\">\n");
        if (!title.isEmpty()) {
            out.append("<title>").append(XmlText.escape(title)).append("</title>\n");
        }
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            state = saved.pop();
        }
    }

    @Override
    public void translate(double dx, double dy) {
        state = state.with(state.tx + dx * state.scale, state.ty + dy * state.scale, state.scale);
    }

    @Override
    public void scale(double factor) {
        state = state.with(state.tx, state.ty, state.scale * factor);
    }

    @Override
    public void setAlpha(double alpha) {
        state = new State(state.tx, state.ty, state.scale, alpha, state.fill, state.stroke, state.strokeWidth, state.dashes);
    }

    @Override
    public void setFill(Rgba colour) {
        state = new State(state.tx, state.ty, state.scale, state.alpha, colour, state.stroke, state.strokeWidth, state.dashes);
    }

    @Override
    public void setStroke(Rgba colour, double strokeWidth, double... dashes) {
        state = new State(state.tx, state.ty, state.scale, state.alpha, state.fill, colour, strokeWidth, dashes.clone());
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillRoundRect(x, y, w, h, 0);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius);
        fillAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius);
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h);
        fillAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h);
        strokeAttributes();
        body.append("/>\n");
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(num(sx(x))).append(' ').append(num(sy(y)));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(num(sx(x))).append(' ').append(num(sy(y)));
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.append('Q').append(num(sx(cx))).append(' ').append(num(sy(cy))).append(' ')
                .append(num(sx(x))).append(' ').append(num(sy(y)));
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.append('C').append(num(sx(c1x))).append(' ').append(num(sy(c1y))).append(' ')
                .append(num(sx(c2x))).append(' ').append(num(sy(c2y))).append(' ')
                .append(num(sx(x))).append(' ').append(num(sy(y)));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fillPath() {
        if (path.length() == 0) {
            return;
        }
        body.append("<path d=\"").append(path).append('"');
        fillAttributes();
        body.append("/>\n");
    }

    @Override
    public void strokePath() {
        if (path.length() == 0) {
            return;
        }
        body.append("<path d=\"").append(path).append('"');
        strokeAttributes();
        body.append(" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextAnchor anchor, double size, boolean bold) {
        double px = size * state.scale;
        // The vertical middle of Latin text sits about 0.35 em above the baseline; dominant-baseline is not
        // honoured by every SVG renderer a report passes through.
        body.append("<text x=\"").append(num(sx(x))).append("\" y=\"").append(num(sy(y) + 0.35 * px))
                .append("\" font-size=\"").append(num(px)).append('"');
        if (bold) {
            body.append(" font-weight=\"600\"");
        }
        if (anchor != TextAnchor.START) {
            body.append(" text-anchor=\"").append(anchor == TextAnchor.MIDDLE ? "middle" : "end").append('"');
        }
        fillAttributes();
        body.append('>').append(XmlText.escape(text)).append("</text>\n");
    }

    private void rect(double x, double y, double w, double h, double radius) {
        body.append("<rect x=\"").append(num(sx(x))).append("\" y=\"").append(num(sy(y)))
                .append("\" width=\"").append(num(w * state.scale)).append("\" height=\"").append(num(h * state.scale))
                .append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(num(radius * state.scale)).append('"');
        }
    }

    private void oval(double x, double y, double w, double h) {
        body.append("<ellipse cx=\"").append(num(sx(x + w / 2))).append("\" cy=\"").append(num(sy(y + h / 2)))
                .append("\" rx=\"").append(num(w / 2 * state.scale)).append("\" ry=\"").append(num(h / 2 * state.scale))
                .append('"');
    }

    private void fillAttributes() {
        body.append(" fill=\"").append(state.fill.rgbHex()).append('"');
        double a = state.fill.alpha() * state.alpha;
        if (a < 1) {
            body.append(" fill-opacity=\"").append(num(a)).append('"');
        }
    }

    private void strokeAttributes() {
        body.append(" fill=\"none\" stroke=\"").append(state.stroke.rgbHex()).append("\" stroke-width=\"")
                .append(num(state.strokeWidth * state.scale)).append('"');
        double a = state.stroke.alpha() * state.alpha;
        if (a < 1) {
            body.append(" stroke-opacity=\"").append(num(a)).append('"');
        }
        if (state.dashes.length > 0) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                body.append(i == 0 ? "" : " ").append(num(state.dashes[i] * state.scale));
            }
            body.append('"');
        }
    }

    private double sx(double x) {
        return state.tx + x * state.scale;
    }

    private double sy(double y) {
        return state.ty + y * state.scale;
    }

    /** A number with at most two decimals and no exponent. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long frac = abs % 100;
        return sign + abs / 100 + "." + (frac % 10 == 0 ? Long.toString(frac / 10) : String.format("%02d", frac));
    }

    private record State(double tx, double ty, double scale, double alpha, Rgba fill, Rgba stroke, double strokeWidth,
                         double[] dashes) {
        State with(double newTx, double newTy, double newScale) {
            return new State(newTx, newTy, newScale, alpha, fill, stroke, strokeWidth, dashes);
        }
    }
}
