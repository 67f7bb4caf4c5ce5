package dev.blastmap.app.canvas;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.DrawingFit;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.LabelledFraming;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Theme;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The graph view: a picture of a laid-out graph coloured by state, which the user pans (drag, arrow keys),
 * zooms (wheel or pinch about the pointer, + and -) and fits (F). Hovering a service highlights its
 * dependencies and dependents; clicking selects it; right-clicking asks the app for a context menu. Big graphs
 * get a minimap. One {@link GraphPainter} draws everything, with less detail when zoomed out.
 *
 * <p>Every frame shows the current picture: it is made in the pulse that shows it, after every animation and
 * layout of that pulse, from the latest states and viewport ({@link FrameComposer}); only the scenery that
 * states cannot change is kept aside between frames. {@link #frameStats()} counts what was put on screen.
 *
 * <p>Use from the FX thread only.
 */
public final class GraphCanvas extends Region {

    private static final double ZOOM_STEP = 1.25;
    /**
     * Up to this many services the second of the two pictures that take turns is made on the pulse after the
     * first, so that the first pan does not pay for it; not for bigger graphs, where it slowed the pan for good
     * (docs/performance.md, rendering, tenth and eleventh passes).
     */
    static final int PRIME_UP_TO = 1_000;

    private final ImageView picture = new ImageView();
    private final FrameComposer composer = new FrameComposer();
    private final PictureModel model = new PictureModel();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.light());
    private final ReadOnlyObjectWrapper<ServiceId> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObjectProperty<ServiceId> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.identity());
    private final ObjectProperty<Consumer<NodeMenuRequest>> onNodeMenu = new SimpleObjectProperty<>(this, "onNodeMenu", r -> { });
    private final Minimap minimap = new Minimap((x, y) -> setViewport(viewport.get().centredOn(x, y, getWidth(), getHeight())));
    private final Runnable drawAfterLayout = this::drawIfDirty;
    private final FrameTimer timer;
    private final PanZoomGesture gesture;

    /**
     * True while the window presents (its root carries the {@code presenting} style class, see
     * player/PresenterMode): labels for the back of a room, framing closer in, and no minimap.
     */
    private boolean presenting;
    private GraphPainter painter = new GraphPainter(Theme.light());
    private boolean highlightFollowsHover = true;
    private boolean fitPending;
    private final ReadOnlyBooleanWrapper graphShown = new ReadOnlyBooleanWrapper(this, "graphShown");

    /** An empty view; call {@link #setGraph(Graph, Layout)} to show something. */
    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setFocusTraversable(true);
        picture.setSmooth(false);
        getChildren().addAll(picture, minimap);
        setMinSize(0, 0);
        gesture = new PanZoomGesture(this);
        timer = new FrameTimer(viewport::set, this::getWidth, this::getHeight, () -> model.pulsing() || minimap.behind());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(drawAfterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(drawAfterLayout);
                javafx.collections.ObservableList<String> styles = scene.getRoot().getStyleClass();
                styles.addListener((javafx.collections.ListChangeListener<String>) c -> present(styles.contains("presenting")));
                markDirty();
            }
        });
        theme.addListener((obs, old, t) -> {
            painter = painterFor(t);
            minimap.statesChanged();
            markDirty();
        });
        selected.addListener((obs, old, id) -> markDirty());
        viewport.addListener((obs, old, v) -> {
            model.changed(v);
            timer.start();
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
     * picture a canvas paints, a moment later, is not slowed by Java2D, its fonts and the painter starting cold.
     */
    public static void warmUp(Graph graph, Layout layout) {
        FrameComposer.warmUp(graph, layout);
    }

    /** Shows a graph with its layout, clears the highlight and selection, and fits it to the view. */
    public void setGraph(Graph newGraph, Layout newLayout) {
        model.setGraph(newGraph, newLayout);
        hovered.set(null);
        selected.set(null);
        minimap.statesChanged();
        fitPending = true;
        graphShown.set(false);
        requestLayout();
        markDirty();
    }

    /** Shows an edited graph with its layout like {@link #setGraph}, but keeps the view where it is. */
    public void setEditedGraph(Graph newGraph, Layout newLayout) {
        Viewport keep = viewport.get();
        setGraph(newGraph, newLayout);
        fitPending = false;
        viewport.set(keep);
    }

    /** The graph shown. */
    public Graph graph() {
        return model.graph();
    }

    /** The layout shown. */
    public Layout graphLayout() {
        return model.layout();
    }

    /** Colours services by these states; services whose state changed pulse briefly. */
    public void setStates(Function<ServiceId, ServiceState> newStates) {
        if (model.setStates(newStates, System.nanoTime())) {
            minimap.statesChanged();
            markDirty();
        }
    }

    /** Fills the cards that are up by this heat map (0 cool to 1 hot per service); null for none. */
    public void setHeat(Function<ServiceId, Double> newHeat) {
        model.setHeat(newHeat);
        minimap.statesChanged();
        markDirty();
    }

    /** Colours services by a blast radius; null makes every service healthy. */
    public void setRadius(BlastRadius radius) {
        setStates(radius == null ? null : radius::state);
    }

    /** The state shown for a service. */
    public ServiceState stateOf(ServiceId id) {
        return model.stateOf(id);
    }

    /**
     * Highlights a service with these dependencies and dependents, and stops following the pointer; pass
     * {@link Highlight#none()} to clear it and follow the pointer again (direct neighbours).
     */
    public void setHighlight(Highlight newHighlight) {
        model.setHighlight(newHighlight);
        this.highlightFollowsHover = !newHighlight.isActive();
        markDirty();
    }

    /** The highlight drawn now. */
    public Highlight highlight() {
        return model.highlight();
    }

    /** Makes services pulse for a moment, as when the failure reaches them. */
    public void pulse(Collection<ServiceId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        model.pulse(ids, System.nanoTime());
        markDirty();
    }

    /**
     * Glides the view to show these services (and nothing if none of them has a box). While presenting, their
     * labels come first and the view shows each of them whole, its large label included.
     */
    public void frame(Collection<ServiceId> ids) {
        if (presenting && !ids.isEmpty()) {
            painter = painterFor(theme.get()).withSpotlight(ids);
            markDirty();
            double w = getWidth();
            double h = getHeight();
            PaintRequest request = PaintRequest.of(model.graph(), model.layout()).withStates(model.states());
            new LabelledFraming(painter).frame(request, ids, w, h, 40, 2.5).ifPresent(f -> animateTo(Viewport.showing(f, w, h)));
            return;
        }
        model.layout().boundsOf(ids).ifPresent(b -> animateTo(DeskView.framing(model.layout(), b, getWidth(), getHeight())));
    }

    private void present(boolean now) {
        if (now != presenting) {
            presenting = now;
            painter = painterFor(theme.get());
            minimap.statesChanged();
            markDirty();
        }
    }

    /**
     * Labels at least 31 pixels (capitals 22 pixels high) while presenting on a 1080-pixel-high screen, in
     * proportion on a smaller one (a room sees a 720-pixel projector as large), else the painter's desk size.
     */
    private GraphPainter painterFor(Theme t) {
        double screen = getScene() == null || getScene().getHeight() <= 0 ? 1080 : getScene().getHeight();
        double pixels = 31 * Math.max(0.6, Math.min(1, screen / 1080));
        return presenting ? new GraphPainter(t, dev.blastmap.layout.TextMeasurer.approximate(), pixels) : new GraphPainter(t);
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
        timer.stopGlide();
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
        return model.hits().near(v.toModelX(x), v.toModelY(y), 3 / v.scale());
    }

    /** Whether a frame has shown the graph now set (perhaps before its first states). */
    public boolean graphShown() {
        return graphShown.get();
    }

    /** True once a frame has shown the graph now set; set in the pulse that shows it. */
    public ReadOnlyBooleanProperty graphShownProperty() {
        return graphShown.getReadOnlyProperty();
    }

    /** How many frames have been drawn since the view was made; {@link #frameStats()} says how many were current. */
    public long framesDrawn() {
        return model.stats().frames();
    }

    /** What this view has put on screen, and how much of it was current; for performance measurements. */
    public FrameStats frameStats() {
        return model.stats();
    }

    /** Asks for a redraw at the next frame. */
    void markDirty() {
        model.changed();
        timer.start();
    }

    /** Starts a glide from the current viewport. */
    void animateTo(Viewport target) {
        timer.glide(viewport.get(), target);
        markDirty();
    }

    /** Stops any glide; a gesture has taken over. */
    void stopAnimation() {
        timer.stopGlide();
    }

    /** The whole graph as drawn now, every card whole (grown around its label far out), 32 pixels to spare. */
    Viewport fitted() {
        PaintRequest drawn = PaintRequest.of(model.graph(), model.layout()).withStates(model.states())
                .withHighlight(model.highlight()).withSelection(selected.get() == null ? Set.of() : Set.of(selected.get()));
        return Viewport.showing(new DrawingFit(painter).fit(drawn, getWidth(), getHeight(), 32, 1.0), getWidth(), getHeight());
    }

    private void hover(ServiceId id) {
        if (java.util.Objects.equals(id, hovered.get())) {
            return;
        }
        hovered.set(id);
        if (highlightFollowsHover) {
            model.setHighlight(model.neighbourhood().highlightOf(id));
        }
        markDirty();
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        requestFocus();
        selected.set(serviceAt(e.getX(), e.getY()).orElse(null));
        if (e.getClickCount() == 2 && selected.get() != null) {
            frame(model.neighbourhood().around(selected.get()));
        }
    }

    /**
     * Runs after the animations and layout of every pulse: if anything changed, makes the frame's picture from
     * the states and viewport as they are now, which are the ones the frame will show.
     */
    private void drawIfDirty() {
        double w = getWidth();
        double h = getHeight();
        boolean drawn = model.isDirty();
        if (w <= 0 || h <= 0 || !drawn && !minimap.behind()) {
            return;
        }
        long now = System.nanoTime();
        Theme t = theme.get();
        Viewport v = viewport.get();
        Box visible = v.visible(w, h);
        if (drawn) {
            timer.pictureMade(now);
            Set<ServiceId> selection = selected.get() == null ? Set.of() : Set.of(selected.get());
            double pixelScale = getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
            picture.setImage(composer.compose(painter, model, selection, t, v, w, h, pixelScale, now));
            picture.setFitWidth(w);
            picture.setFitHeight(h);
            graphShown.set(true);
            if (model.layout().nodes().size() <= PRIME_UP_TO && !composer.bothMade(w, h, pixelScale)) {
                markDirty();
            }
        }
        if (presenting) {
            minimap.setVisible(false);
        } else if (minimap.follow(model.states(), t, visible, now, drawn)) {
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (picture.getFitWidth() != w || picture.getFitHeight() != h) {
            markDirty();
        }
        double mh = Minimap.heightFor(model.layout().bounds());
        minimap.resizeRelocate(w - Minimap.WIDTH - Minimap.MARGIN, h - mh - Minimap.MARGIN, Minimap.WIDTH, mh);
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
