package dev.blastmap.render;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.TextMeasurer;
import dev.blastmap.model.Graph;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A picture of a laid-out graph coloured by a blast radius, as SVG text or a PNG image: what reports embed and
 * {@code blastmap render} writes. Painted by the same {@link GraphPainter} as the app's canvas, with a title
 * above and the state legend below. Immutable; the withers return changed copies.
 */
public final class GraphImage {

    /** Room around the drawing. */
    static final double MARGIN = 24;
    /** A PNG is drawn at twice its model size for sharp text, unless that exceeds this many pixels. */
    static final double MAX_PIXELS = 36e6;

    private final Graph graph;
    private final Layout layout;
    private final BlastRadius radius;
    private final Theme theme;
    private final boolean decorated;

    private GraphImage(Graph graph, Layout layout, BlastRadius radius, Theme theme, boolean decorated) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.layout = Objects.requireNonNull(layout, "layout");
        this.radius = radius;
        this.theme = Objects.requireNonNull(theme, "theme");
        this.decorated = decorated;
    }

    /** A picture of the graph with every service healthy, light theme, with title and legend. */
    public static GraphImage of(Graph graph, Layout layout) {
        return new GraphImage(graph, layout, null, Theme.light(), true);
    }

    /** This picture coloured by the blast radius; null for every service healthy. */
    public GraphImage radius(BlastRadius newRadius) {
        return new GraphImage(graph, layout, newRadius, theme, decorated);
    }

    /** This picture in another theme. */
    public GraphImage theme(Theme newTheme) {
        return new GraphImage(graph, layout, radius, newTheme, decorated);
    }

    /** This picture with or without the title and legend (a report may draw its own). */
    public GraphImage decorated(boolean withTitleAndLegend) {
        return new GraphImage(graph, layout, radius, theme, withTitleAndLegend);
    }

    /** The SVG of the graph coloured by the blast radius (may be null), with title and legend. */
    public static String svg(Graph graph, Layout layout, BlastRadius radius, Theme theme) {
        return of(graph, layout).radius(radius).theme(theme).svg();
    }

    /** The PNG bytes of the graph coloured by the blast radius (may be null), with title and legend. */
    public static byte[] png(Graph graph, Layout layout, BlastRadius radius, Theme theme) {
        return of(graph, layout).radius(radius).theme(theme).png();
    }

    /** The picture's size in model units (the SVG's size in pixels). */
    public Box size() {
        Box b = layout.bounds();
        TextMeasurer measurer = TextMeasurer.approximate();
        double header = decorated ? Math.max(Legend.width(theme, measurer), measurer.width(graph.name(), 18, true)) : 0;
        double w = Math.max(b.width(), header) + 2 * MARGIN;
        double h = b.height() + 2 * MARGIN + header() + (decorated ? Legend.HEIGHT + 8 : 0);
        return new Box(0, 0, Math.max(w, 2 * MARGIN), Math.max(h, 2 * MARGIN));
    }

    /** The picture as a standalone SVG document. */
    public String svg() {
        Box size = size();
        SvgSurface surface = new SvgSurface(size.width(), size.height(), title());
        paint(surface, 1);
        return surface.toSvg();
    }

    /** The picture as an image, drawn at twice its model size or smaller if it would be very large. */
    public BufferedImage image() {
        Box size = size();
        double scale = Math.min(2, Math.sqrt(MAX_PIXELS / (size.width() * size.height())));
        int w = (int) Math.ceil(size.width() * scale);
        int h = (int) Math.ceil(size.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dSurface surface = new Java2dSurface(g);
            surface.scale(scale);
            paint(surface, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG bytes. */
    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writePng(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the picture as PNG to the stream, which it leaves open. */
    public void writePng(OutputStream out) throws IOException {
        if (!ImageIO.write(image(), "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    private String title() {
        return graph.name().isEmpty() ? "Blastmap" : graph.name();
    }

    /** The height of the title block: the graph's name, and under it what the knockout did. */
    double header() {
        if (!decorated) {
            return 0;
        }
        double h = graph.name().isEmpty() ? 0 : 34;
        return hasSummary() ? h + 22 : h;
    }

    private boolean hasSummary() {
        return radius != null && !radius.knockedOut().isEmpty();
    }

    private void paint(Surface s, double pixelScale) {
        Box size = size();
        s.setFill(theme.background());
        s.fillRect(0, 0, size.width(), size.height());
        double top = MARGIN;
        if (decorated) {
            double y = MARGIN + 10;
            if (!graph.name().isEmpty()) {
                s.setFill(theme.text());
                s.text(graph.name(), MARGIN, y, TextAnchor.START, 18, true);
                y += 26;
            }
            if (hasSummary()) {
                String summary = radius.knockedOut().size() + " knocked out, " + radius.impact().down() + " down ("
                        + radius.impact().collateral() + " collateral), " + radius.degraded().size() + " degraded";
                s.setFill(theme.mutedText());
                s.text(summary, MARGIN, y - 4, TextAnchor.START, 13, false);
            }
            top += header();
        }
        Box b = layout.bounds();
        s.save();
        s.translate(MARGIN - b.x(), top - b.y());
        GraphPainter painter = new GraphPainter(theme);
        painter.paint(s, PaintRequest.of(graph, layout).withRadius(radius).withView(null, pixelScale));
        s.restore();
        if (decorated) {
            Legend.paint(s, theme, TextMeasurer.approximate(), MARGIN, top + b.height() + 8);
        }
    }
}
