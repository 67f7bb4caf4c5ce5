package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Theme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The graph view: a canvas showing a laid-out graph coloured by state, which the user pans (drag, arrow
 * keys), zooms (wheel or pinch about the pointer, + and -) and fits (F). Hovering a service highlights its
 * dependencies and dependents; clicking selects it; right-clicking asks the app for a context menu. Big graphs
 * get a minimap. One {@link GraphPainter} draws everything; only what is on screen is drawn, with less detail
 * when zoomed out, and only once per frame when something changed.
 *
 * <p>Use from the FX thread only.
 */
public final class GraphCanvas extends Region {

    private static final long PULSE_NANOS = 900_000_000L;
    private static final long FRAME_NANOS = 450_000_000L;
    private static final double ZOOM_STEP = 1.25;
    private static final double MINIMAP_MARGIN = 12;
    /** With more services than this, a view that does not show them all gets a minimap. */
    private static final int MINIMAP_FROM = 30;
    private static final int MAX_PULSES = 600;
    private static final long SHARPEN_NANOS = 150_000_000L;
    private static final long IDLE_NANOS = 500_000_000L;

    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final FrameCache cache = new FrameCache(() -> Platform.runLater(this::markDirty));
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.light());
    private final ReadOnlyObjectWrapper<ServiceId> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObjectProperty<ServiceId> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.identity());
    private final ObjectProperty<Consumer<NodeMenuRequest>> onNodeMenu = new SimpleObjectProperty<>(this, "onNodeMenu", r -> { });
    private final Minimap minimap = new Minimap((x, y) -> setViewport(viewport.get().centredOn(x, y, getWidth(), getHeight())));
    private final Map<ServiceId, Long> pulseStarts = new HashMap<>();
    private final AnimationTimer timer;
    private final PanZoomGesture gesture;

    /**
     * True while the window presents (its root carries the {@code presenting} style class, see
     * player/PresenterMode): labels for the back of a room, framing closer in, and no minimap.
     */
    private boolean presenting;
    private GraphPainter painter = new GraphPainter(Theme.light());
    /** The painter of the cached picture, used only on the cache's painting thread (painters keep caches). */
    private GraphPainter picturePainter = new GraphPainter(Theme.light());
    private Graph graph = Graph.of();
    private Layout layout = Layout.empty();
    private HitTester hits = new HitTester(Layout.empty());
    private Map<ServiceId, List<ServiceId>> dependents = Map.of();
    private Function<ServiceId, ServiceState> states = id -> ServiceState.HEALTHY;
    private Highlight highlight = Highlight.none();
    private boolean highlightFollowsHover = true;
    private ViewportAnimation animation;
    private boolean dirty = true;
    private boolean minimapDirty = true;
    private boolean fitPending;
    private long frames;
    private long contentVersion;
    private long lastZoomChange;
    private boolean stretched;
    private long lastDrawn;
    private long graphVersion;
    private boolean graphShown;

    /** An empty view; call {@link #setGraph(Graph, Layout)} to show something. */
    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        getChildren().addAll(canvas, minimap);
        setMinSize(0, 0);
        gesture = new PanZoomGesture(this);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        theme.addListener((obs, old, t) -> {
            painter = painterFor(t);
            picturePainter = painterFor(t);
            minimapDirty = true;
            contentChanged();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.collections.ObservableList<String> styles = scene.getRoot().getStyleClass();
                styles.addListener((javafx.collections.ListChangeListener<String>) c -> present(styles.contains("presenting")));
            }
        });
        selected.addListener((obs, old, id) -> contentChanged());
        viewport.addListener((obs, old, v) -> {
            if (old.scale() != v.scale()) {
                // Panning alone moves the bitmap; only a zoom stretches it until the zoom rests.
                lastZoomChange = System.nanoTime();
            }
            markDirty();
        });
        setOnMouseMoved(e -> hover(serviceAt(e.getX(), e.getY()).orElse(null)));
        setOnMouseExited(e -> hover(null));
        setOnMouseClicked(this::click);
        setOnContextMenuRequested(e -> {
            onNodeMenu.get().accept(new NodeMenuRequest(serviceAt(e.getX(), e.getY()).orElse(null), e.getScreenX(), e.getScreenY()));
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, gesture::key);
    }

    /**
     * Paints a graph once aside on the calling thread, a thread with nothing else to do, so that the first
     * picture a canvas paints, a moment later, is not slowed by Java2D and its fonts starting cold.
     */
    public static void warmUp(Graph graph, Layout layout) {
        FrameCache.warmUp(graph, layout);
    }

    /** Shows a graph with its layout, clears the highlight and selection, and fits it to the view. */
    public void setGraph(Graph newGraph, Layout newLayout) {
        this.graph = newGraph;
        this.layout = newLayout;
        this.hits = new HitTester(newLayout);
        Map<ServiceId, List<ServiceId>> reverse = new HashMap<>();
        for (Service s : newGraph.services()) {
            for (ServiceId d : s.dependencies()) {
                reverse.computeIfAbsent(d, k -> new ArrayList<>()).add(s.id());
            }
        }
        this.dependents = reverse;
        this.states = id -> ServiceState.HEALTHY;
        this.highlight = Highlight.none();
        this.pulseStarts.clear();
        hovered.set(null);
        selected.set(null);
        minimapDirty = true;
        fitPending = true;
        requestLayout();
        contentChanged();
        graphVersion = contentVersion;
    }

    /** The graph shown. */
    public Graph graph() {
        return graph;
    }

    /** The layout shown. */
    public Layout graphLayout() {
        return layout;
    }

    /** Colours services by these states; services whose state changed pulse briefly. */
    public void setStates(Function<ServiceId, ServiceState> newStates) {
        Function<ServiceId, ServiceState> old = states;
        this.states = newStates == null ? id -> ServiceState.HEALTHY : newStates;
        List<ServiceId> changed = new ArrayList<>();
        for (ServiceId id : layout.nodes().keySet()) {
            if (old.apply(id) != states.apply(id)) {
                changed.add(id);
            }
        }
        if (changed.isEmpty()) {
            // Nothing to repaint: a player that hands over the same states at every tick must not cost a
            // full repaint of the picture per frame.
            return;
        }
        if (changed.size() <= MAX_PULSES) {
            pulse(changed);
        }
        minimapDirty = true;
        contentChanged();
    }

    /** Colours services by a blast radius; null makes every service healthy. */
    public void setRadius(BlastRadius radius) {
        setStates(radius == null ? null : radius::state);
    }

    /** The state shown for a service. */
    public ServiceState stateOf(ServiceId id) {
        return states.apply(id);
    }

    /**
     * Highlights a service with these dependencies and dependents, and stops following the pointer; pass
     * {@link Highlight#none()} to clear it and follow the pointer again (direct neighbours).
     */
    public void setHighlight(Highlight newHighlight) {
        this.highlight = newHighlight;
        this.highlightFollowsHover = !newHighlight.isActive();
        contentChanged();
    }

    /** The highlight drawn now. */
    public Highlight highlight() {
        return highlight;
    }

    /** Makes services pulse for a moment, as when the failure reaches them. */
    public void pulse(Collection<ServiceId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        ids.forEach(id -> pulseStarts.put(id, now));
        markDirty();
    }

    /** Glides the view to show these services (and nothing if none of them has a box). */
    public void frame(Collection<ServiceId> ids) {
        layout.boundsOf(ids).ifPresent(b -> animateTo(framing(b.inflate(30))));
    }

    /**
     * The view showing the box as large as it fits, never under the minimap (beside it or above it, whichever
     * shows it larger); while presenting, with room around it for the large labels and closer in.
     */
    private Viewport framing(Box b) {
        double w = getWidth();
        double h = getHeight();
        if (presenting) {
            return Viewport.fit(b, w, h, 90, 2.5);
        }
        if (layout.nodes().size() <= MINIMAP_FROM) {
            return Viewport.fit(b, w, h, 40, 1.25);
        }
        Viewport beside = Viewport.fit(b, w - Minimap.WIDTH - MINIMAP_MARGIN, h, 40, 1.25);
        Viewport above = Viewport.fit(b, w, h - Minimap.heightFor(layout.bounds()) - MINIMAP_MARGIN, 40, 1.25);
        return beside.scale() >= above.scale() ? beside : above;
    }

    private void present(boolean now) {
        if (now != presenting) {
            presenting = now;
            painter = painterFor(theme.get());
            picturePainter = painterFor(theme.get());
            contentChanged();
        }
    }

    /** Labels at least 31 pixels (capitals 22 pixels high) while presenting, else the painter's desk size. */
    private GraphPainter painterFor(Theme t) {
        return presenting ? new GraphPainter(t, dev.blastmap.layout.TextMeasurer.approximate(), 31) : new GraphPainter(t);
    }

    /** Glides the view to show the whole graph. */
    public void fit() {
        animateTo(fitted());
    }

    /** Zooms in one step about the centre. */
    public void zoomIn() {
        animateTo(viewport.get().zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2));
    }

    /** Zooms out one step about the centre. */
    public void zoomOut() {
        animateTo(viewport.get().zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2));
    }

    /** Shows this viewport at once, stopping any glide. */
    public void setViewport(Viewport v) {
        animation = null;
        viewport.set(v);
    }

    /** Which part of the graph is shown. */
    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The service under the pointer, or null. */
    public ReadOnlyObjectProperty<ServiceId> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The selected service, or null; set it to select from elsewhere (a search, a list). */
    public ObjectProperty<ServiceId> selectedProperty() {
        return selected;
    }

    /** The colours; light by default. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Called when the user asks for a context menu, on a service or on empty space. */
    public ObjectProperty<Consumer<NodeMenuRequest>> onNodeMenuProperty() {
        return onNodeMenu;
    }

    /** The service at a point of this view (local coordinates), with a few pixels of tolerance. */
    public Optional<ServiceId> serviceAt(double x, double y) {
        Viewport v = viewport.get();
        return hits.near(v.toModelX(x), v.toModelY(y), 3 / v.scale());
    }

    /**
     * Whether the last frame drawn showed a picture of the graph now set (perhaps in earlier states), not only
     * the background: the picture is painted aside and arrives a frame or more after the graph.
     */
    public boolean graphShown() {
        return graphShown;
    }

    /** How many frames have been drawn since the view was made; for performance measurements. */
    public long framesDrawn() {
        return frames;
    }

    /** The picture itself changed, not only where it is seen from: the cached bitmap is stale. */
    private void contentChanged() {
        contentVersion++;
        markDirty();
    }

    /** Asks for a redraw at the next frame. */
    void markDirty() {
        dirty = true;
        timer.start();
    }

    /** Starts a glide from the current viewport. */
    void animateTo(Viewport target) {
        animation = new ViewportAnimation(viewport.get(), target, System.nanoTime(), FRAME_NANOS);
        markDirty();
    }

    /** Stops any glide; a gesture has taken over. */
    void stopAnimation() {
        animation = null;
    }

    Viewport fitted() {
        return Viewport.fit(layout.bounds(), getWidth(), getHeight(), 32, 1.0);
    }

    private void hover(ServiceId id) {
        if (java.util.Objects.equals(id, hovered.get())) {
            return;
        }
        hovered.set(id);
        if (highlightFollowsHover) {
            highlight = id == null ? Highlight.none()
                    : new Highlight(id, new LinkedHashSet<>(graph.require(id).dependencies()),
                            new LinkedHashSet<>(dependents.getOrDefault(id, List.of())));
        }
        contentChanged();
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        requestFocus();
        selected.set(serviceAt(e.getX(), e.getY()).orElse(null));
        if (e.getClickCount() == 2 && selected.get() != null) {
            List<ServiceId> around = new ArrayList<>(graph.require(selected.get()).dependencies());
            around.addAll(dependents.getOrDefault(selected.get(), List.of()));
            around.add(selected.get());
            frame(around);
        }
    }

    private void frame(long now) {
        if (animation != null) {
            viewport.set(animation.at(now, getWidth(), getHeight()));
            if (animation.isDone(now)) {
                animation = null;
            }
        }
        Map<ServiceId, Double> pulses = new HashMap<>();
        pulseStarts.entrySet().removeIf(e -> now - e.getValue() > PULSE_NANOS);
        pulseStarts.forEach((id, start) -> pulses.put(id, 1 - (now - start) / (double) PULSE_NANOS));
        if (stretched && animation == null && now - lastZoomChange > SHARPEN_NANOS) {
            dirty = true;
        }
        if (dirty || !pulses.isEmpty()) {
            draw(pulses, now);
            dirty = false;
            lastDrawn = now;
        }
        // Keep running a little while idle: a timer started from another timer's pulse only runs from the next
        // pulse, so stopping at once would draw a steadily driven view (playback, a drag) every other frame.
        if (animation == null && pulses.isEmpty() && !stretched && now - lastDrawn > IDLE_NANOS) {
            timer.stop();
        }
    }

    private void draw(Map<ServiceId, Double> pulses, long now) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Theme t = theme.get();
        Viewport v = viewport.get();
        Box visible = v.visible(w, h);
        Set<ServiceId> selection = selected.get() == null ? Set.of() : Set.of(selected.get());
        PaintRequest request = new PaintRequest(graph, layout, states, highlight, selection, Map.of(), visible, v.scale());
        cache.takePainted();
        boolean zooming = animation != null || now - lastZoomChange < SHARPEN_NANOS;
        if (!cache.covers(contentVersion, v, visible) && w > 0 && h > 0
                && !(zooming && cache.version() == contentVersion && cache.scale() != v.scale())) {
            double pixelScale = getScene() == null || getScene().getWindow() == null ? 1
                    : getScene().getWindow().getOutputScaleX();
            GraphPainter pictures = picturePainter;
            cache.request(contentVersion, v, w, h, pixelScale, t.background(), s -> pictures.paint(s,
                    request.withView(visible.inflate(FrameCache.MARGIN * Math.max(w, h) / v.scale() + 1), v.scale())));
        }
        // Until the picture asked for arrives, the last one is shown where it falls, stretched if need be.
        stretched = cache.version() >= 0 && cache.scale() != v.scale();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setGlobalAlpha(1);
        if (!cache.fills(v, visible)) {
            gc.setFill(Color.rgb(t.background().red(), t.background().green(), t.background().blue()));
            gc.fillRect(0, 0, w, h);
        }
        cache.drawOn(gc, v, w, h);
        graphShown = cache.version() >= graphVersion;
        if (!pulses.isEmpty()) {
            inModel(gc, v, () -> painter.paintPulses(surface, request.withPulses(pulses)));
        }
        frames++;
        drawMinimap(visible, t);
    }

    /** Runs {@code paint} with the canvas transformed so that it paints in model coordinates. */
    private static void inModel(GraphicsContext gc, Viewport v, Runnable paint) {
        gc.save();
        gc.translate(v.offsetX(), v.offsetY());
        gc.scale(v.scale(), v.scale());
        paint.run();
        gc.restore();
    }

    private void drawMinimap(Box visible, Theme t) {
        boolean showMinimap = !presenting && layout.nodes().size() > MINIMAP_FROM && !visible.contains(layout.bounds());
        minimap.setVisible(showMinimap);
        if (showMinimap) {
            if (minimapDirty) {
                minimap.draw(layout, states, t);
                minimapDirty = false;
                requestLayout();
            }
            minimap.showView(visible, t);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            markDirty();
        }
        double mh = Minimap.heightFor(layout.bounds());
        minimap.resizeRelocate(w - Minimap.WIDTH - MINIMAP_MARGIN, h - mh - MINIMAP_MARGIN, Minimap.WIDTH, mh);
        if (fitPending && w > 0 && h > 0) {
            fitPending = false;
            setViewport(fitted());
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
