package dev.blastmap.render;

import java.util.ArrayList;
import java.util.List;

/** A surface that writes down what is drawn, for tests of the painter. */
final class RecordingSurface implements Surface {

    final List<String> texts = new ArrayList<>();
    final List<Double> textSizes = new ArrayList<>();
    /** Where each text was drawn: its anchor point. */
    final List<double[]> textPoints = new ArrayList<>();
    /** Whether each text was drawn in bold. */
    final List<Boolean> textBold = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<Rgba> fills = new ArrayList<>();
    /** The rounded rectangles filled, as x, y, width, height. */
    final List<double[]> roundRects = new ArrayList<>();
    private Rgba fill = Rgba.hex("#000000");

    @Override public void save() { calls.add("save"); }
    @Override public void restore() { calls.add("restore"); }
    @Override public void translate(double dx, double dy) { calls.add("translate"); }
    @Override public void scale(double factor) { calls.add("scale"); }
    @Override public void setAlpha(double alpha) { calls.add("alpha " + alpha); }
    @Override public void setFill(Rgba colour) { fill = colour; }
    @Override public void setStroke(Rgba colour, double width, double... dashes) { calls.add("stroke " + colour + (dashes.length > 0 ? " dashed" : "")); }
    @Override public void fillRect(double x, double y, double w, double h) { calls.add("fillRect"); fills.add(fill); }
    @Override public void fillRoundRect(double x, double y, double w, double h, double r) { calls.add("fillRoundRect"); fills.add(fill); roundRects.add(new double[] {x, y, w, h}); }
    @Override public void strokeRoundRect(double x, double y, double w, double h, double r) { calls.add("strokeRoundRect"); }
    @Override public void fillOval(double x, double y, double w, double h) { calls.add("fillOval"); }
    @Override public void strokeOval(double x, double y, double w, double h) { calls.add("strokeOval"); }
    @Override public void beginPath() { calls.add("beginPath"); }
    @Override public void moveTo(double x, double y) { calls.add("moveTo"); }
    @Override public void lineTo(double x, double y) { calls.add("lineTo"); }
    @Override public void quadTo(double cx, double cy, double x, double y) { calls.add("quadTo"); }
    @Override public void curveTo(double a, double b, double c, double d, double x, double y) { calls.add("curveTo"); }
    @Override public void closePath() { calls.add("closePath"); }
    @Override public void fillPath() { calls.add("fillPath"); }
    @Override public void strokePath() { calls.add("strokePath"); }
    @Override public void setInkSquares(int side) { calls.add("inkSquares " + side); }
    @Override public void text(String text, double x, double y, TextAnchor anchor, double size, boolean bold) { texts.add(text); textSizes.add(size); textPoints.add(new double[] {x, y}); textBold.add(bold); }

    long count(String call) {
        return calls.stream().filter(c -> c.equals(call)).count();
    }
}
