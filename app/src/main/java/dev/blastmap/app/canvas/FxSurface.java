package dev.blastmap.app.canvas;

import dev.blastmap.render.Rgba;
import dev.blastmap.render.Surface;
import dev.blastmap.render.TextAnchor;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The painter's {@link Surface} over a JavaFX canvas. Colours and fonts are cached, since the painter sets
 * them thousands of times a frame. Only for the FX thread.
 */
final class FxSurface implements Surface {

    private static final double[] SOLID = new double[0];

    private final GraphicsContext gc;
    private final String family = Font.getDefault().getFamily();
    private final Map<Rgba, Color> colours = new HashMap<>();
    private final Map<Double, Font> regular = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();

    FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void setAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Rgba colour) {
        gc.setFill(colour(colour));
    }

    @Override
    public void setStroke(Rgba colour, double width, double... dashes) {
        gc.setStroke(colour(colour));
        gc.setLineWidth(width);
        gc.setLineDashes(dashes.length == 0 ? SOLID : dashes);
        gc.setLineCap(dashes.length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        gc.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        gc.strokeRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void quadTo(double cx, double cy, double x, double y) {
        gc.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fillPath() {
        gc.fill();
    }

    @Override
    public void strokePath() {
        gc.stroke();
    }

    @Override
    public void text(String text, double x, double y, TextAnchor anchor, double size, boolean isBold) {
        gc.setFont((isBold ? bold : regular).computeIfAbsent(size,
                s -> Font.font(family, isBold ? FontWeight.SEMI_BOLD : FontWeight.NORMAL, s)));
        gc.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    private Color colour(Rgba c) {
        return colours.computeIfAbsent(c, k -> Color.rgb(k.red(), k.green(), k.blue(), k.alpha()));
    }
}
