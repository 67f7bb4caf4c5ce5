package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.render.PixelRaster;
import dev.blastmap.render.RasterSurface;
import dev.blastmap.render.Rgba;
import dev.blastmap.render.StatesByPosition;
import dev.blastmap.render.Theme;
import java.nio.IntBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The overview in a corner of a big graph: every service as a speck coloured by state, and the rectangle the
 * main view shows. Pressing or dragging in it moves the main view there. The specks are drawn on their own
 * canvas only when the graph or the states change; panning redraws only the rectangle.
 */
final class Minimap extends Region {

    static final double WIDTH = 220;
    static final double MAX_HEIGHT = 170;
    /** Its distance from the canvas's right and bottom edges. */
    static final double MARGIN = 12;
    /** With more services than this, a view that does not show them all gets a minimap. */
    private static final int SHOWN_FROM = 30;
    /** From this many services the specks follow changing states at most every {@link #BIG_NANOS}. */
    private static final int BIG = 5000;
    private static final long BIG_NANOS = 100_000_000L;

    private final ImageView content = new ImageView();
    private final Canvas overlay = new Canvas();
    private final BiConsumer<Double, Double> centreOn;
    private Layout layout = Layout.empty();
    private double scale = 1;
    private double originX;
    private double originY;
    private boolean behind = true;
    private long drawnAt;

    /** A minimap that calls {@code centreOn} with a model point when the user presses or drags in it. */
    Minimap(BiConsumer<Double, Double> centreOn) {
        this.centreOn = centreOn;
        getChildren().addAll(content, overlay);
        getStyleClass().add("graph-minimap");
        setOnMousePressed(this::move);
        setOnMouseDragged(this::move);
        setPickOnBounds(true);
    }

    /** True if a canvas showing {@code visible} of this layout shows the minimap. */
    static boolean shownFor(Layout layout, Box visible) {
        return layout.nodes().size() > SHOWN_FROM && !visible.contains(layout.bounds());
    }

    /** The minimap's height for a layout, keeping its aspect ratio within the size limits. */
    static double heightFor(Box bounds) {
        double aspect = bounds.height() / Math.max(1, bounds.width());
        return Math.max(60, Math.min(MAX_HEIGHT, WIDTH * aspect));
    }

    /**
     * Redraws the specks for the states of a layout's services, into pixels of its own: a canvas would hand the
     * renderer one command per service, every time the states change.
     */
    void draw(StatesByPosition states, Theme theme) {
        Layout newLayout = states.layout();
        this.layout = newLayout;
        double h = heightFor(newLayout.bounds());
        overlay.setWidth(WIDTH);
        overlay.setHeight(h);
        Box b = newLayout.bounds();
        double pad = 8;
        scale = Math.min((WIDTH - 2 * pad) / Math.max(1, b.width()), (h - 2 * pad) / Math.max(1, b.height()));
        originX = (WIDTH - b.width() * scale) / 2 - b.x() * scale;
        originY = (h - b.height() * scale) / 2 - b.y() * scale;
        PixelRaster pixels = new PixelRaster((int) WIDTH, (int) Math.ceil(h));
        RasterSurface s = new RasterSurface(pixels);
        s.setFill(theme.background().withAlpha(0.94));
        s.fillRoundRect(0, 0, WIDTH, h, 6);
        s.setStroke(theme.groupBorder(), 1);
        s.strokeRoundRect(0.5, 0.5, WIDTH - 1, h - 1, 6);
        s.dispose();
        int group = PixelRaster.pixel(theme.groupFill(), 1);
        newLayout.groups().stream().filter(g -> g.depth() == 0).forEach(g -> pixels.fillRect(x(g.box().x()),
                y(g.box().y()), x(g.box().maxX()), y(g.box().maxY()), group));
        int healthy = PixelRaster.pixel(theme.mutedText(), 1);
        Map<ServiceState, Integer> byState = new EnumMap<>(ServiceState.class);
        for (ServiceState state : ServiceState.values()) {
            byState.put(state, PixelRaster.pixel(theme.style(state).border(), 1));
        }
        int i = 0;
        for (Box n : newLayout.nodes().values()) {
            ServiceState state = states.at(i++);
            int x0 = x(n.x());
            int y0 = y(n.y());
            pixels.fillRect(x0, y0, Math.max(x0 + 1, x(n.maxX())), Math.max(y0 + 1, y(n.maxY())),
                    state == ServiceState.HEALTHY ? healthy : byState.get(state));
        }
        content.setImage(new WritableImage(new PixelBuffer<>(pixels.width(), pixels.height(),
                IntBuffer.wrap(pixels.pixels()), PixelFormat.getIntArgbPreInstance())));
    }

    private int x(double modelX) {
        return (int) Math.round(originX + modelX * scale);
    }

    private int y(double modelY) {
        return (int) Math.round(originY + modelY * scale);
    }

    /** The services' states changed: the specks are behind until {@link #follow} draws them. */
    void statesChanged() {
        behind = true;
    }

    /** True while the specks do not show the latest states yet. */
    boolean behind() {
        return behind;
    }

    /**
     * Shows or hides the minimap for a view of this part of the states' layout and brings it up to date: the
     * specks when they are behind (for a big graph at most ten times a second: enough for an overview, and a
     * frame's worth of work each time), the rectangle when the view was drawn. Returns true if the specks were
     * drawn.
     */
    boolean follow(StatesByPosition states, Theme theme, Box visible, long now, boolean viewDrawn) {
        Layout newLayout = states.layout();
        boolean show = shownFor(newLayout, visible);
        setVisible(show);
        if (!show) {
            return false;
        }
        boolean drawSpecks = behind && (newLayout.nodes().size() < BIG || now - drawnAt > BIG_NANOS);
        if (drawSpecks) {
            draw(states, theme);
            behind = false;
            drawnAt = now;
        }
        if (drawSpecks || viewDrawn) {
            showView(visible, theme);
        }
        return drawSpecks;
    }

    /** Redraws the rectangle of the main view. */
    void showView(Box visible, Theme theme) {
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        double x = originX + visible.x() * scale;
        double y = originY + visible.y() * scale;
        double w = visible.width() * scale;
        double h = visible.height() * scale;
        gc.setFill(fx(theme.accent().withAlpha(0.12)));
        gc.fillRect(x, y, w, h);
        gc.setStroke(fx(theme.accent()));
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, w, h);
    }

    private void move(MouseEvent e) {
        centreOn.accept((e.getX() - originX) / scale, (e.getY() - originY) / scale);
        e.consume();
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return overlay.getHeight();
    }

    private static Color fx(Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }
}
