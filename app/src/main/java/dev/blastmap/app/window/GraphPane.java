package dev.blastmap.app.window;

import dev.blastmap.analysis.Selector;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.NodeMenuRequest;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.focus.FocusBar;
import dev.blastmap.app.focus.FocusModel;
import dev.blastmap.app.edit.EditOverlay;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.layout.LayoutProgress;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.spread.PlaybackModel;
import dev.blastmap.app.spread.SpreadPlan;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;

/**
 * The centre of the window: the graph canvas, fed the layout, the states of the frame the timeline shows, the
 * theme and the selection; its context menu; and a hint while no graph is open. The status line says what
 * is open and what the pointer is over.
 */
final class GraphPane extends StackPane {

    private final DocumentModel documents;
    private final KnockoutModel knockouts;
    private final PlaybackModel playback;
    private final LayoutModel layouts;
    private final SelectionModel selection;
    private final GraphCanvas canvas = new GraphCanvas();
    private dev.blastmap.model.Graph countedGraph;
    private long counted;
    private final FocusModel focus;
    private final EditOverlay overlay;
    /** The document whose layout the canvas shows: an edit of it keeps the view where it is. */
    private GraphDocument shown;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private static final String OPEN_HINT = "Open a graph with Ctrl+O, drop a file here, or pick a sample; "
            + "or draw one with File ▸ New.";
    private final Label hint = new Label(OPEN_HINT);
    private final LayoutProgress progress = new LayoutProgress();
    private ContextMenu menu;
    private java.util.function.Function<NodeMenuRequest, List<MenuItem>> moreItems = r -> List.of();
    /** True from showing a layout until the user pans, zooms or frames: until then a resize fits again. */
    private boolean fitOnResize;
    /** True from selecting a service until a frame: a panel unfolding must not cover the selected service. */
    private boolean keepSelectionInView;
    /**
     * The services framed at the desk, framed again when the canvas changes size (a walkthrough's caption grows
     * with its text after the step is framed) until the user pans, zooms or selects; empty when none.
     */
    private List<ServiceId> framedOnResize = List.of();

    GraphPane(DocumentModel documents, KnockoutModel knockouts, PlaybackModel playback, LayoutModel layouts,
              SelectionModel selection) {
        this.documents = documents;
        this.knockouts = knockouts;
        this.playback = playback;
        this.layouts = layouts;
        this.selection = selection;
        this.focus = new FocusModel(documents.documentProperty(), selection);
        this.overlay = new EditOverlay(canvas.viewportProperty(), layouts::layout);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("graph-pane");
        setId("graph-pane");
        canvas.setId("graph-canvas");
        hint.getStyleClass().add("placeholder-text");
        hint.setMouseTransparent(true);
        FocusBar focusBar = new FocusBar(focus, documents.documentProperty());
        StackPane.setAlignment(focusBar, Pos.TOP_CENTER);
        StackPane.setMargin(focusBar, new Insets(10));
        getChildren().addAll(canvas, overlay, hint, progress, focusBar);
    }

    private void initListeners() {
        layouts.layoutProperty().addListener((obs, was, now) -> showLayout(now));
        playback.frameProperty().addListener((obs, was, now) -> showStates());
        playback.planProperty().addListener((obs, was, now) -> showStates());
        selection.selectedProperty().addListener((obs, was, now) -> {
            canvas.selectedProperty().set(now);
            // Selecting keeps the picture still (the next click must find what it aims at) when the inspector
            // unfolds over it; only the selected service is kept in view.
            if (now != null) {
                fitOnResize = false;
                keepSelectionInView = true;
                framedOnResize = List.of();
            }
        });
        canvas.selectedProperty().addListener((obs, was, now) -> {
            if (now != null || canvas.isFocused()) {
                selection.selectedProperty().set(now);
            }
        });
        canvas.hoveredProperty().addListener((obs, was, now) -> {
            selection.hoveredProperty().set(now);
            updateStatus();
        });
        new DescriptionTooltip(canvas, canvas.hoveredProperty(), () -> documents.document().graph());
        selection.frameRequestProperty().addListener((obs, was, now) -> {
            fitOnResize = now.ids().isEmpty(); // a fit for the whole graph stays a fit as the window resizes
            keepSelectionInView = false;
            framedOnResize = List.of();
            if (now.ids().isEmpty()) {
                canvas.fit();
            } else if (getScene() != null && getScene().getRoot().getStyleClass().contains("presenting")) {
                canvas.frame(now.ids()); // the presenter's framing makes each named label large and whole
            } else {
                framedOnResize = List.copyOf(now.ids());
                frameAtTheDesk();
            }
        });
        canvas.onNodeMenuProperty().set(this::showMenu);
        canvas.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> userMovesTheView());
        canvas.addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> userMovesTheView());
        canvas.addEventFilter(javafx.scene.input.ZoomEvent.ANY, e -> userMovesTheView());
        canvas.widthProperty().addListener((obs, was, now) -> refitAfterResize());
        canvas.heightProperty().addListener((obs, was, now) -> refitAfterResize());
        documents.documentProperty().addListener((obs, was, now) -> {
            hint.setVisible(now.isEmpty());
            hint.setText(now.title().isEmpty() ? OPEN_HINT : "Press N or double-click to add a service.");
            if (!now.isEmpty() && !now.isRevisionOf(shown)) {
                // A new graph: the canvas must not keep showing the old one while the new one is laid out; an
                // edit keeps the view and is laid out incrementally at once.
                progress.await(now.graph().size(), () -> canvas.setGraph(now.graph(), Layout.empty()));
            }
            updateStatus();
        });
        knockouts.currentProperty().addListener((obs, was, now) -> updateStatus());
        focus.shownProperty().addListener((obs, was, now) -> showFocus(now));
    }

    private void userMovesTheView() {
        fitOnResize = false;
        framedOnResize = List.of();
    }

    /** Frames the services last framed, and every card the view would cut (see {@link DeskFraming}). */
    private void frameAtTheDesk() {
        canvas.frame(DeskFraming.withWholeCards(canvas.graphLayout(), framedOnResize, canvas.getWidth(), canvas.getHeight()));
    }

    private void showFocus(Set<ServiceId> focused) {
        if (!documents.document().isRevisionOf(shown)) {
            return; // a new graph left focus mode: its layout, when done, is shown whole and fitted
        }
        showLayout(layouts.layout());
        if (focused.isEmpty()) {
            canvas.fit();
        } else {
            canvas.frame(focused);
        }
    }

    private void showLayout(Layout layout) {
        progress.done();
        GraphDocument doc = documents.document();
        List<ServiceId> selected = selection.selectedIds();
        boolean edited = doc.isRevisionOf(shown);
        shown = doc;
        Set<ServiceId> focused = focus.shownProperty().get();
        Graph graph = focused.isEmpty() ? doc.graph() : doc.graph().restrictedTo(focused);
        Layout drawn = focused.isEmpty() ? layout : layout.restrictedTo(focused);
        if (edited) {
            canvas.setEditedGraph(graph, drawn);
        } else {
            canvas.setGraph(graph, drawn);
            fitOnResize = true;
        }
        selection.selectAll(selected.stream().filter(doc.graph()::contains).toList());
        canvas.selectedProperty().set(selection.selectedProperty().get());
        overlay.redrawFrames();
        showStates();
        updateStatus();
    }

    private static String services(int n) {
        return n + (n == 1 ? " service" : " services");
    }

    /** Shows a note (an export written) over the graph's top-right corner. */
    void showNote(dev.blastmap.app.export.ExportToast note) {
        StackPane.setAlignment(note, javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(note, new javafx.geometry.Insets(12));
        note.showIn(this);
    }

    /** Gives the graph the keyboard. */
    void focusGraph() {
        canvas.requestFocus();
    }

    /** Fits a fitted view again; otherwise keeps the selected service on screen (a side panel may cover it). */
    private void refitAfterResize() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        ServiceId id = selection.selectedProperty().get();
        Box box = id == null ? null : canvas.graphLayout().nodes().get(id);
        Viewport v = canvas.viewportProperty().get();
        if (fitOnResize) {
            canvas.fit();
        } else if (!framedOnResize.isEmpty()) {
            frameAtTheDesk();
        } else if (keepSelectionInView && box != null) {
            double overRight = v.toScreenX(box.maxX()) + 16 - canvas.getWidth();
            double dx = Math.min(overRight, v.toScreenX(box.x()) - 16);
            if (dx > 0) {
                canvas.setViewport(v.panBy(-dx, 0));
            }
        }
    }

    private void showStates() {
        SpreadPlan plan = playback.planProperty().get();
        int frame = playback.frameProperty().get();
        canvas.setStates(plan.radius() == null ? null : id -> plan.stateAt(id, frame));
    }

    private void showMenu(NodeMenuRequest request) {
        if (menu != null) {
            menu.hide();
        }
        List<MenuItem> items = new ArrayList<>();
        GraphDocument doc = documents.document();
        if (request.service() != null && doc.graph().contains(request.service())) {
            Service s = doc.graph().require(request.service());
            selection.selectedProperty().set(s.id());
            boolean out = knockouts.knockedOut().contains(s.id());
            items.add(item((out ? "Bring back " : "Knock out ") + s.label(), () -> knockouts.toggle(s.id())));
            addDomain(items, "zone", s.zone());
            addDomain(items, "region", s.region());
            addDomain(items, "group", s.group());
            items.add(new SeparatorMenuItem());
            items.add(item("Frame its neighbours", () -> {
                List<ServiceId> around = new ArrayList<>(s.dependencies());
                around.addAll(doc.dependentsOf(s.id()));
                around.add(s.id());
                selection.frame(around);
            }));
            items.add(item("Focus on its neighbourhood", () -> {
                selection.selectedProperty().set(s.id());
                focus.activeProperty().set(true);
            }));
        }
        List<MenuItem> more = moreItems.apply(request);
        if (!more.isEmpty()) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.addAll(more);
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        items.add(item("Fit graph", canvas::fit));
        MenuItem reset = item("Reset all knockouts", knockouts::reset);
        reset.setDisable(!knockouts.current().isActive());
        items.add(reset);
        menu = new ContextMenu(items.toArray(MenuItem[]::new));
        menu.setId("graph-menu");
        menu.show(canvas, request.screenX(), request.screenY());
    }

    private void addDomain(List<MenuItem> items, String field, String value) {
        if (value != null) {
            Selector selector = Selector.parse(field + ":" + value);
            items.add(item("Knock out " + field + " " + value, () -> knockouts.knockOut(selector)));
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void updateStatus() {
        GraphDocument doc = documents.document();
        if (doc.isEmpty()) {
            status.set("");
            return;
        }
        ServiceId hovered = canvas.hoveredProperty().get();
        if (hovered != null && doc.graph().contains(hovered)) {
            Service s = doc.graph().require(hovered);
            ServiceState state = canvas.stateOf(hovered);
            status.set(s.label() + " · " + s.kind().id() + " · " + state.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " · depends on " + services(s.dependencies().size()) + ", needed by "
                    + services(doc.dependentsOf(hovered).size()));
            return;
        }
        long dependencies = dependencyCount(doc.graph());
        String layout = layouts.layout().nodes().isEmpty() ? "" : " · " + layouts.layout().algorithm() + " layout";
        status.set(doc.graph().size() + " services · " + dependencies + " dependencies" + layout
                + (knockouts.current().isActive() ? " · " + knockouts.knockedOut().size() + " knocked out" : ""));
    }

    /** The dependencies of a graph, counted once per graph: the status line is updated on every change. */
    private long dependencyCount(dev.blastmap.model.Graph graph) {
        if (graph != countedGraph) {
            countedGraph = graph;
            counted = graph.services().stream().mapToLong(s -> s.dependencies().size()).sum();
        }
        return counted;
    }

    /** Focus mode: only the neighbourhood of the selection is shown. */
    FocusModel focus() {
        return focus;
    }

    /** The canvas, for the editing gestures to attach to. */
    GraphCanvas canvas() {
        return canvas;
    }

    /** Adds items (a feature's commands) to the context menu of the canvas, after the knockout items. */
    void addMenuItems(java.util.function.Function<NodeMenuRequest, List<MenuItem>> items) {
        java.util.function.Function<NodeMenuRequest, List<MenuItem>> before = moreItems;
        moreItems = r -> {
            List<MenuItem> all = new ArrayList<>(before.apply(r));
            all.addAll(items.apply(r));
            return all;
        };
    }

    /** What the editing gestures draw over the canvas. */
    EditOverlay overlay() {
        return overlay;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void setDark(boolean dark) {
        canvas.themeProperty().set(dark ? Theme.dark() : Theme.light());
    }

    void zoom(double factor) {
        if (factor > 1) {
            canvas.zoomIn();
        } else {
            canvas.zoomOut();
        }
    }

    /** Fills the cards by this heat map (0 cool to 1 hot per service) with its key, or none when null. */
    void setHeat(java.util.function.Function<dev.blastmap.model.ServiceId, Double> heat, javafx.scene.Node key) {
        canvas.setHeat(heat);
        getChildren().remove(key);
        if (heat != null) {
            setAlignment(key, javafx.geometry.Pos.BOTTOM_LEFT);
            setMargin(key, new javafx.geometry.Insets(12));
            getChildren().add(key);
        }
    }
}
