package dev.blastmap.app.window;

import dev.blastmap.analysis.Selector;
import dev.blastmap.app.availability.AvailabilityModel;
import dev.blastmap.app.availability.AvailabilitySection;
import dev.blastmap.app.availability.HeatLegend;
import dev.blastmap.app.availability.HeatMapToggle;
import dev.blastmap.app.compare.CompareModel;
import dev.blastmap.app.compare.CompareWindow;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.ProblemsDialog;
import dev.blastmap.app.document.RecentFiles;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.edit.EditCommands;
import dev.blastmap.app.edit.EditGestures;
import dev.blastmap.app.edit.EditModel;
import dev.blastmap.app.edit.ServiceEditor;
import dev.blastmap.app.export.ExportModel;
import dev.blastmap.app.export.ExportToast;
import dev.blastmap.app.focus.FocusModel;
import dev.blastmap.app.history.HistoryModel;
import dev.blastmap.app.inspector.InspectorModel;
import dev.blastmap.app.inspector.InspectorView;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.outline.OutlineView;
import dev.blastmap.app.player.Player;
import dev.blastmap.app.recovery.Autosave;
import dev.blastmap.app.recovery.RecoveryOffer;
import dev.blastmap.app.recovery.RecoveryStore;
import dev.blastmap.app.resilience.ResilienceModel;
import dev.blastmap.app.resilience.ResilienceView;
import dev.blastmap.app.search.SearchModel;
import dev.blastmap.app.search.SearchView;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.spof.SpofModel;
import dev.blastmap.app.spof.SpofView;
import dev.blastmap.app.spread.PlaybackModel;
import dev.blastmap.app.spread.TimelineBar;
import dev.blastmap.app.start.LaunchOptions;
import dev.blastmap.app.start.SamplesView;
import dev.blastmap.app.start.StartPrefetch;
import dev.blastmap.app.theme.ThemeModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.app.work.StatusBar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: builds every model and view of the window once, wires them through constructors,
 * and owns the background executor, which it shuts down when the window closes.
 *
 * <p>Extension points for features added later (the walkthrough player, presenter mode):
 * <ul>
 *   <li>{@link #bottomBars()}: add a bar above the timeline, e.g. the player's step bar;</li>
 *   <li>{@link #menuBar()}: add menus or menu items ({@code menuBar().getMenus()});</li>
 *   <li>{@link #scene()}: add key handlers with {@code scene().addEventHandler(KeyEvent.KEY_PRESSED, ...)};
 *       check {@link #typing()} first so keys typed into text fields are left alone;</li>
 *   <li>{@link KnockoutModel#show(java.util.Collection, boolean)} sets the knocked-out set of a step (and
 *       {@code animate} replays its spread); {@link SelectionModel#frame(List)} frames the services a step
 *       names; the models are reachable through the accessors below.</li>
 * </ul>
 * Add such wiring in {@link #compose()} after the existing views, so it stays in this one place.
 */
public final class MainWindow implements WindowActions {

    private final Stage stage;
    private final LaunchOptions options;
    private final SampleCatalog catalog;
    private final BackgroundTasks tasks = new BackgroundTasks();
    private final CompareModel compare = new CompareModel(tasks);
    private final DocumentModel documents;
    private final HistoryModel history;
    private final EditCommands edits;
    private final SelectionModel selection;
    private final KnockoutModel knockouts;
    private final PlaybackModel playback;
    private final InspectorModel inspector;
    private final SearchModel search;
    private final SpofModel spof;
    private final AvailabilityModel availability;
    private final LayoutModel layouts;
    private final ThemeModel theme;
    private final VBox bottomBars = new VBox();
    private final Scene scene;
    private final ExportModel exports;
    private final WindowDialogs dialogs;
    private final UnsavedChangesGuard guard;
    private final Autosave autosave;
    private MainMenuBar menuBar;
    private SearchView searchView;
    private int tabBeforeFind;
    private TabPane leftTabs;
    private TabPane rightTabs;
    private GraphPane graphPane;
    private final Player player;

    /**
     * Builds the window on {@code stage}; {@code preferences} keeps recent files and the theme.
     * Call {@link #show()} next.
     */
    public MainWindow(Stage stage, LaunchOptions options, Preferences preferences, SampleCatalog catalog) {
        this.stage = stage;
        this.options = options;
        this.catalog = catalog;
        this.documents = new DocumentModel(tasks, new RecentFiles(preferences.node("recent")));
        this.history = new HistoryModel(documents.documentProperty(), documents::revise);
        this.selection = new SelectionModel(documents.documentProperty());
        this.knockouts = new KnockoutModel(documents.documentProperty(), history);
        this.playback = new PlaybackModel(knockouts.currentProperty());
        this.inspector = new InspectorModel(documents.documentProperty(), knockouts.currentProperty(), selection);
        this.search = new SearchModel(documents.documentProperty(), selection);
        this.spof = new SpofModel(documents.documentProperty(), tasks, knockouts, selection);
        this.availability = new AvailabilityModel(documents.documentProperty(), tasks);
        this.layouts = new LayoutModel(documents.documentProperty(), tasks);
        this.edits = new EditCommands(new EditModel(documents.documentProperty(), history, selection, layouts),
                selection, () -> stage);
        this.theme = new ThemeModel(preferences);
        if (options.dark() != null) {
            theme.darkProperty().set(options.dark());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(compose(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        this.exports = new ExportModel(documents.documentProperty(), knockouts, layouts, tasks);
        this.dialogs = new WindowDialogs(stage, documents, exports);
        this.guard = new UnsavedChangesGuard(stage, documents, dialogs::save);
        this.autosave = new Autosave(documents, tasks, RecoveryStore.standard());
        initListeners();
        this.player = installPlayer();
    }

    /** The walkthrough player, recorder and presenter mode; its bar goes above the timeline. */
    private Player installPlayer() {
        BorderPane root = (BorderPane) scene.getRoot();
        List<javafx.scene.Node> hidden = new ArrayList<>(List.of(root.getTop()));
        hidden.addAll(bottomBars.getChildren());
        Player p = new Player(stage, scene, documents, knockouts, selection, this::saveAs, this::typing, hidden,
                (SplitPane) root.getCenter(), List.of(leftTabs, rightTabs));
        bottomBars.getChildren().add(0, p.bar());
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, p.menu());
        return p;
    }

    private BorderPane compose() {
        menuBar = new MainMenuBar(documents, knockouts, playback, layouts, selection, theme, catalog, this);
        menuBar.addEditing(history, edits);
        MainToolBar toolBar = new MainToolBar(knockouts, layouts, selection, theme, this);

        SamplesView samples = new SamplesView(catalog, documents.recentFiles(), documents::openSample, documents::open);
        leftTabs = new TabPane(tab("Samples", samples),
                tab("Outline", () -> new OutlineView(documents.documentProperty(), selection, playback)),
                tab("Find", () -> searchView = new SearchView(search, this::leaveFind)));
        leftTabs.setId("left-tabs");
        leftTabs.setMinWidth(260);

        graphPane = new GraphPane(documents, knockouts, playback, layouts, selection);
        EditGestures.install(graphPane.canvas(), graphPane.overlay(), edits, selection, layouts::layout);
        graphPane.addMenuItems(request -> EditGestures.menuItems(graphPane.canvas(), edits, request));

        InspectorView inspectorView = new InspectorView(inspector, knockouts,
                new AvailabilitySection(availability, documents.documentProperty())::forService);
        inspectorView.setEditor(new ServiceEditor(documents.documentProperty(), selection, edits));
        rightTabs = new TabPane(tab("Inspector", inspectorView),
                tab("Single points of failure", () -> new SpofView(spof, documents.documentProperty(), availability)),
                tab("Resilience", () -> new ResilienceView(new ResilienceModel(documents.documentProperty(), tasks,
                        knockouts, selection), documents.documentProperty())));
        rightTabs.setId("right-tabs");
        rightTabs.setMinWidth(300);

        if ("spof".equals(options.panel())) {
            rightTabs.getSelectionModel().select(1);
        } else if ("resilience".equals(options.panel())) {
            rightTabs.getSelectionModel().select(2);
        }
        SplitPane split = new SplitPane(leftTabs, graphPane, rightTabs);
        // The graph gets the room: about 330 px for the inspector on a 1600 px screen. The ranking's table
        // needs more, so each tab keeps its own panel width and switching tabs moves the divider.
        double[] rightDividers = {0.79, 0.66, 0.66};
        split.setDividerPositions(0.17, rightDividers[rightTabs.getSelectionModel().getSelectedIndex()]);
        rightTabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (was.intValue() >= 0 && now.intValue() >= 0 && split.getDividers().size() == 2) {
                rightDividers[was.intValue()] = split.getDividerPositions()[1];
                split.setDividerPosition(1, rightDividers[now.intValue()]);
            }
        });
        SplitPane.setResizableWithParent(leftTabs, false);
        SplitPane.setResizableWithParent(rightTabs, false);

        StatusBar status = new StatusBar(tasks);
        status.message().textProperty().bind(graphPane.statusProperty());
        bottomBars.getChildren().addAll(new TimelineBar(playback), status);
        bottomBars.getStyleClass().add("bottom-bars");

        BorderPane root = new BorderPane(split, new VBox(menuBar, toolBar), null, bottomBars, null);
        root.getStyleClass().add("blastmap-root");
        return root;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /**
     * A tab whose content is made when it is first selected: styling and laying out the views of hidden tabs
     * (a tree, a table, a list) was a good part of building the window at launch.
     */
    private static Tab tab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab t = tab(title, (javafx.scene.Node) null);
        t.selectedProperty().addListener((obs, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    private void initListeners() {
        scene.getStylesheets().add(MainWindow.class.getResource("/dev/blastmap/app/blastmap.css").toExternalForm());
        theme.darkProperty().addListener((obs, was, now) -> applyTheme(now));
        applyTheme(theme.darkProperty().get());
        documents.documentProperty().addListener((obs, was, now) -> updateTitle(now));
        HeatLegend heatKey = new HeatLegend();
        availability.heatProperty().addListener((obs, was, now) -> graphPane.setHeat(now, heatKey));
        menuBar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst()
                .ifPresent(m -> m.getItems().add(HeatMapToggle.menuItem(availability)));
        documents.modifiedProperty().addListener((obs, was, now) -> updateTitle(documents.document()));
        documents.refusalProperty().addListener((obs, was, now) -> {
            if (now != null) {
                ProblemsDialog.of(now, stage).show();
            }
        });
        layouts.failureProperty().addListener((obs, was, now) -> {
            if (now != null) {
                dialogs.warn("Layout", now);
            }
        });
        exports.failureProperty().addListener((obs, was, now) -> {
            if (now != null) {
                dialogs.exportFailed(now);
            }
        });
        exports.writtenProperty().addListener((obs, was, now) -> graphPane.showNote(new ExportToast(Path.of(now))));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, new WindowKeys(this, edits)::keyPressed);
        FileDrop.install(scene, documents);
        documents.setLeaveGuard(guard::allows);
        stage.setOnCloseRequest(e -> {
            if (!guard.allows(stage::close)) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            autosave.closed();
            tasks.close();
        });
        if (LaunchTiming.requested()) {
            LaunchTiming.watch(scene, documents, layouts, LaunchTiming.launchStart(), java.time.Instant::now,
                    System.err::println);
        }
        updateTitle(documents.document());
    }

    private void applyTheme(boolean dark) {
        // The binary form of the theme's stylesheet: JavaFX loads it without parsing 170 KB of CSS at launch.
        javafx.application.Application.setUserAgentStylesheet(dark
                ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS()
                : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
        scene.getRoot().getStyleClass().removeAll("dark", "light");
        scene.getRoot().getStyleClass().add(dark ? "dark" : "light");
        graphPane.setDark(dark);
    }

    private void updateTitle(GraphDocument doc) {
        // An asterisk before the name, as most editors show unsaved changes.
        stage.setTitle(doc.isEmpty() && doc.title().isEmpty() ? "Blastmap"
                : "Blastmap — " + (documents.isModified() ? "*" : "") + doc.title());
    }

    /** Shows the window and opens what the command line named: a file, a sample, or the flagship sample. */
    public void show() {
        show(StartPrefetch.none());
    }

    /**
     * Shows the window like {@link #show()}, taking the start sample's reading and layout from
     * {@code prefetch} when it has them.
     */
    public void show(StartPrefetch prefetch) {
        prefetch.layout().ifPresent(l -> layouts.offer(prefetch::documentIfRead, l));
        // Reading starts first, on a worker thread, while the window is shown.
        LaunchSelection.applyWhenOpened(documents, knockouts, selection, options.knockOut(), options.select(),
                problems -> dialogs.warn("Not everything on the command line was found", problems));
        if (options.file() != null) {
            documents.open(options.file());
        } else if (options.sample() != null) {
            openSample(catalog.samples().stream().filter(s -> s.file().equals(options.sample())).findFirst()
                    .orElseGet(() -> new SampleCatalog.Sample(options.sample(), null, null)), prefetch);
        } else {
            catalog.startSample().ifPresent(s -> openSample(s, prefetch));
        }
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // On a screen not much bigger than the window, a maximised window is what people want anyway.
        if (screen.getWidth() < 1700 || screen.getHeight() < 1050) {
            // Without a window manager (a bare X server) maximising does nothing, so also take the bounds.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
        stage.show();
        stage.requestFocus();
        Platform.runLater(() -> RecoveryOffer.offer(stage, autosave.store(), documents, tasks));
    }

    private void openSample(SampleCatalog.Sample sample, StartPrefetch prefetch) {
        prefetch.document(sample.file()).ifPresentOrElse(reading -> documents.openSample(sample, reading),
                () -> documents.openSample(sample));
    }

    /** The bars under the canvas; the timeline is the last. Add a bar with {@code getChildren().add(0, bar)}. */
    public VBox bottomBars() {
        return bottomBars;
    }

    /** The menu bar, to add menus. */
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    /** The scene, to add key handlers. */
    public Scene scene() {
        return scene;
    }

    /** The open document and the commands that open files. */
    public DocumentModel documents() {
        return documents;
    }

    /** The one undo history of edits and knockouts. */
    public HistoryModel history() {
        return history;
    }

    /** The editing commands: add, delete, rename, duplicate, dependencies. */
    public EditCommands edits() {
        return edits;
    }

    /** What is knocked out; {@link KnockoutModel#show(java.util.Collection, boolean)} sets it. */
    public KnockoutModel knockouts() {
        return knockouts;
    }

    /** The replay of the spread. */
    public PlaybackModel playback() {
        return playback;
    }

    /** The selected and hovered service, and frame requests. */
    public SelectionModel selection() {
        return selection;
    }

    /** The layout of the open graph. */
    public LayoutModel layouts() {
        return layouts;
    }

    /** The SPOF ranking. */
    public SpofModel spof() {
        return spof;
    }

    /** The walkthrough player, recorder and presenter mode. */
    public Player player() {
        return player;
    }

    /** Report and image export. */
    public ExportModel exports() {
        return exports;
    }

    /** The light/dark theme. */
    public ThemeModel theme() {
        return theme;
    }

    /** The executor of long work. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    @Override
    public void openFile() {
        dialogs.openFile();
    }

    @Override
    public void compareWith() {
        dialogs.chooseGraph("Compare with a second version").ifPresent(file -> compare.compare(documents.document(),
                file, c -> CompareWindow.show(stage, c, scene.getStylesheets()), problems -> ProblemsDialog.of(
                        new DocumentModel.Refusal(file.toString(), problems, 0), stage).show()));
    }

    public void save() {
        dialogs.save();
    }

    /** Keeps the recovery copy of unsaved edits. */
    public Autosave autosave() {
        return autosave;
    }

    @Override
    public void saveAs() {
        dialogs.saveAs();
    }

    @Override
    public void exportReport() {
        dialogs.exportReport();
    }

    @Override
    public void exportImage() {
        dialogs.exportImage(theme.darkProperty().get());
    }

    @Override
    public void find() {
        int before = leftTabs.getSelectionModel().getSelectedIndex();
        tabBeforeFind = before == 2 ? tabBeforeFind : before;
        leftTabs.getSelectionModel().select(2);
        Platform.runLater(searchView::focusField);
    }

    /** After Find: a chosen service brings the inspector forward; Esc closes Find. Either way the graph has the keys. */
    private void leaveFind(boolean chosen) {
        if (chosen) {
            rightTabs.getSelectionModel().select(0);
        } else {
            leftTabs.getSelectionModel().select(tabBeforeFind);
        }
        graphPane.focusGraph();
    }

    @Override
    public void fit() {
        selection.frame(List.of());
    }

    @Override
    public void toggleFocus() {
        graphPane.focus().toggle();
    }

    /** Focus mode of the canvas. */
    public FocusModel focus() {
        return graphPane.focus();
    }

    @Override
    public void zoom(double factor) {
        graphPane.zoom(factor);
    }

    @Override
    public void toggleSelected() {
        if (selection.selectedProperty().get() != null) {
            knockouts.toggle(selection.selectedProperty().get());
        }
    }

    @Override
    public void about() {
        dialogs.about();
    }

    @Override
    public void quit() {
        if (guard.allows(stage::close)) {
            stage.close();
        }
    }

    @Override
    public boolean typing() {
        return scene.getFocusOwner() instanceof TextInputControl;
    }
}
