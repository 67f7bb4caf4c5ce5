package dev.blastmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A surface over a {@link Graphics2D}, for PNG images (works with {@code java.awt.headless=true}). Turns on
 * antialiasing and fractional text metrics so that the picture matches the app's canvas.
 */
public final class Java2dSurface implements Surface {

    private static final AffineTransform PIXELS = new AffineTransform();

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Float, Font> regular = new HashMap<>();
    private final Map<Float, Font> bold = new HashMap<>();
    private final Path2D.Double path = new Path2D.Double();
    private double alpha = 1;
    private Rgba fill = Rgba.hex("#000000");
    private Rgba stroke = Rgba.hex("#000000");
    private BasicStroke lineStyle = new BasicStroke(1);

    /** A surface drawing into these graphics; the caller disposes of them. */
    public Java2dSurface(Graphics2D graphics) {
        this.g = graphics;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), alpha, fill, stroke, lineStyle));
    }

    @Override
    public void restore() {
        State s = saved.poll();
        if (s != null) {
            g.setTransform(s.transform);
            alpha = s.alpha;
            fill = s.fill;
            stroke = s.stroke;
            lineStyle = s.lineStyle;
        }
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void setAlpha(double value) {
        alpha = Math.max(0, Math.min(1, value));
    }

    @Override
    public void setFill(Rgba colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgba colour, double width, double... dashes) {
        stroke = colour;
        float[] d = new float[dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dashes[i];
        }
        lineStyle = d.length == 0
                ? new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, d, 0);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        usingFill();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius) {
        usingFill();
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius) {
        usingStroke();
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        usingFill();
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        usingStroke();
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void beginPath() {
        path.reset();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fillPath() {
        usingFill();
        g.fill(path);
    }

    @Override
    public void setSmoothLines(boolean smooth) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    @Override
    public void strokePath() {
        usingStroke();
        g.draw(path);
    }

    @Override
    public void text(String text, double x, double y, TextAnchor anchor, double size, boolean isBold) {
        Font font = (isBold ? bold : regular).computeIfAbsent((float) size,
                s -> new Font(Font.SANS_SERIF, isBold ? Font.BOLD : Font.PLAIN, 1).deriveFont(s));
        g.setFont(font);
        FontRenderContext frc = g.getFontRenderContext();
        double width = font.getStringBounds(text, frc).getWidth();
        LineMetrics m = font.getLineMetrics(text, frc);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        usingFill();
        g.drawString(text, (float) left, (float) (y + (m.getAscent() - m.getDescent()) / 2));
    }

    /**
     * Text at a size in pixels, placed in pixels: drawn without the surface's transform, at its size rounded to a
     * quarter of a pixel, so that a label redrawn at each step of a zoom keeps the same size on screen (or steps
     * by a quarter of a pixel) and Java2D's cache of rendered glyphs serves it, where a size new every frame had
     * every glyph rendered again; and the fonts kept are few.
     */
    void textInPixels(String text, double x, double y, TextAnchor anchor, double pixelSize, boolean isBold) {
        AffineTransform model = g.getTransform();
        g.setTransform(PIXELS);
        text(text, x, y, anchor, Math.max(0.25, Math.round(pixelSize * 4) / 4.0), isBold);
        g.setTransform(model);
    }

    private void usingFill() {
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(colour(fill));
    }

    private void usingStroke() {
        g.setComposite(AlphaComposite.SrcOver);
        g.setColor(colour(stroke));
        g.setStroke(lineStyle);
    }

    private Color colour(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(255 * c.alpha() * alpha));
    }

    private record State(AffineTransform transform, double alpha, Rgba fill, Rgba stroke, BasicStroke lineStyle) {
    }
}
