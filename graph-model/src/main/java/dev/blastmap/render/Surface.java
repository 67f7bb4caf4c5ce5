package dev.blastmap.render;

/**
 * Something a graph can be painted on: the app's canvas, an SVG document, a PNG image. The painter decides
 * what to draw; a surface only knows how. Coordinates pass through the current transform (translate, then
 * uniform scale). Fill and stroke settings stay until changed; {@link #save()} and {@link #restore()} keep and
 * bring back the transform, opacity, fill and stroke.
 */
public interface Surface {

    /** Remembers the transform, opacity, fill and stroke. */
    void save();

    /** Brings back what the matching {@link #save()} remembered. */
    void restore();

    /** Moves the origin. */
    void translate(double dx, double dy);

    /** Scales the coordinate system uniformly about the origin; line widths and text scale too. */
    void scale(double factor);

    /** Sets the opacity that every following drawing is multiplied by, from 0 to 1. */
    void setAlpha(double alpha);

    /** Sets the colour shapes and text are filled with. */
    void setFill(Rgba colour);

    /**
     * Sets how outlines are drawn.
     *
     * @param colour the line colour
     * @param width  the line width
     * @param dashes alternating dash and gap lengths; none for a solid line
     */
    void setStroke(Rgba colour, double width, double... dashes);

    /** Fills a rectangle. */
    void fillRect(double x, double y, double width, double height);

    /** Fills a rectangle with corners rounded to {@code radius}. */
    void fillRoundRect(double x, double y, double width, double height, double radius);

    /** Outlines a rectangle with corners rounded to {@code radius} (0 for square corners). */
    void strokeRoundRect(double x, double y, double width, double height, double radius);

    /** Fills the ellipse inside the rectangle. */
    void fillOval(double x, double y, double width, double height);

    /** Outlines the ellipse inside the rectangle. */
    void strokeOval(double x, double y, double width, double height);

    /** Starts a new path, forgetting the last one. */
    void beginPath();

    /** Starts a new sub-path at the point. */
    void moveTo(double x, double y);

    /** Adds a straight line. */
    void lineTo(double x, double y);

    /** Adds a quadratic curve with one control point. */
    void quadTo(double cx, double cy, double x, double y);

    /** Adds a cubic curve with two control points. */
    void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** Closes the current sub-path. */
    void closePath();

    /** Fills the path. */
    void fillPath();

    /** Outlines the path. */
    void strokePath();

    /**
     * Draws one line of text with the fill colour.
     *
     * @param text   any text; surfaces draw it literally (an SVG surface escapes it)
     * @param x      where the anchor point is
     * @param y      the vertical middle of the text
     * @param anchor which point of the text x names
     * @param size   the font size
     * @param bold   bold or regular
     */
    void text(String text, double x, double y, TextAnchor anchor, double size, boolean bold);

    /**
     * Whether shapes drawn from now on are anti-aliased (they are by default); a surface that cannot switch it
     * off ignores this. Only for masses of thin lines, where it is much cheaper and looks much the same.
     */
    default void setSmoothLines(boolean smooth) {
    }

    /**
     * Masses of thin lines that the surface counts as ink where they overlap (see {@link RasterSurface}) are
     * counted from now on in squares of this many pixels a side: 1 (the default) or 2, for lines far denser than
     * pixels, where a coarser count shows the same haze for less work. Other surfaces ignore it.
     */
    default void setInkSquares(int side) {
    }
}
