package dev.blastmap.app.window;

import dev.blastmap.analysis.Selector;
import dev.blastmap.app.availability.AvailabilityModel;
import dev.blastmap.app.availability.AvailabilitySection;
import dev.blastmap.app.availability.HeatLegend;
import dev.blastmap.app.availability.HeatMapToggle;
import dev.blastmap.app.compare.CompareModel;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
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
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: builds every model and view of the window once, wires them through constructors,
 * and owns the background executor, which it shuts down when the window closes. What the window does lives
 * in small classes beside it: {@link WindowCommands} (the menus' and keys' commands), {@link WindowKeys},
 * {@link FileDrop}, {@link SidePanels}, {@link WindowTheme}, {@link WindowTitle}, {@link FailureNotices},
 * {@link ScreenPlacement} and {@link LaunchSelection} (what {@code --knock} and {@code --select} name).
 *
 * <p>Extension points for features added later (the walkthrough player, presenter mode):
 * <ul>
 *   <li>{@link #bottomBars()}: add a bar above the timeline, e.g. the player's step bar;</li>
 *   <li>{@link #menuBar()}: add menus or menu items ({@code menuBar().getMenus()});</li>
 *   <li>{@link #scene()}: add key handlers with {@code scene().addEventHandler(KeyEvent.KEY_PRESSED, ...)};
 *       check {@link WindowActions#typing()} first so keys typed into text fields are left alone;</li>
 *   <li>{@link KnockoutModel#show(java.util.Collection, boolean)} sets the knocked-out set of a step (and
 *       {@code animate} replays its spread); {@link SelectionModel#frame(List)} frames the services a step
 *       names; the models are reachable through the accessors below.</li>
 * </ul>
 * Add such wiring in {@link #compose()} after the existing views, so it stays in this one place.
 */
public final class MainWindow {

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
    private WindowActions actions;
    private MainMenuBar menuBar;
    private SidePanels panels;
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
        this.exports = new ExportModel(documents.documentProperty(), knockouts, layouts, tasks);
        this.dialogs = new WindowDialogs(stage, documents, exports);
        this.guard = new UnsavedChangesGuard(stage, documents, dialogs::save);
        double[] size = ScreenPlacement.sceneSize();
        this.scene = new Scene(compose(), size[0], size[1]);
        this.autosave = new Autosave(documents, tasks, RecoveryStore.standard());
        initListeners();
        this.player = installPlayer();
    }

    /** The walkthrough player, recorder and presenter mode; its bar goes above the timeline. */
    private Player installPlayer() {
        BorderPane root = (BorderPane) scene.getRoot();
        List<javafx.scene.Node> hidden = new ArrayList<>(List.of(root.getTop()));
        hidden.addAll(bottomBars.getChildren());
        hidden.add(panels.strip());
        Player p = new Player(stage, scene, documents, knockouts, selection, actions::saveAs, actions::typing, hidden,
                panels.split(), panels.tabPanes());
        edits.model().onApplied(edit -> p.recorder().follow(edit::follow));
        bottomBars.getChildren().add(0, p.bar());
        menuBar.getMenus().add(menuBar.getMenus().size() - 1, p.menu());
        return p;
    }

    private BorderPane compose() {
        SamplesView samples = new SamplesView(catalog, documents.recentFiles(), documents::openSample, documents::open);
        graphPane = new GraphPane(documents, knockouts, playback, layouts, selection);
        documents.compileReadGraphsAfter(new FirstPicture(graphPane.canvas(), documents::document)::of);
        EditGestures.install(graphPane.canvas(), graphPane.overlay(), edits, selection, layouts::layout);
        graphPane.addMenuItems(request -> EditGestures.menuItems(graphPane.canvas(), edits, request));

        InspectorView inspectorView = new InspectorView(inspector, knockouts,
                new AvailabilitySection(availability, documents.documentProperty())::forService);
        inspectorView.setEditor(new ServiceEditor(documents.documentProperty(), selection, edits));
        panels = new SidePanels(
                List.of(SidePanels.tab("Samples", samples), SidePanels.lazyTab("Outline",
                        () -> new OutlineView(documents.documentProperty(), selection, playback))),
                search, graphPane,
                List.of(SidePanels.tab("Inspector", inspectorView),
                        SidePanels.lazyTab("Single points of failure",
                                () -> new SpofView(spof, documents.documentProperty(), availability)),
                        SidePanels.lazyTab("Resilience", () -> new ResilienceView(new ResilienceModel(
                                documents.documentProperty(), tasks, knockouts, selection), documents.documentProperty()))),
                options.panel(), () -> graphPane.focusGraph(), selection.selectedProperty());
        actions = new WindowCommands(stage, documents, dialogs, guard, compare, theme, selection, knockouts, panels,
                graphPane);
        menuBar = new MainMenuBar(documents, knockouts, playback, layouts, selection, theme, catalog, actions);
        menuBar.addEditing(history, edits);
        MainToolBar toolBar = new MainToolBar(knockouts, layouts, selection, theme, actions);

        StatusBar status = new StatusBar(tasks);
        status.message().textProperty().bind(graphPane.statusProperty());
        bottomBars.getChildren().addAll(new TimelineBar(playback), status);
        bottomBars.getStyleClass().add("bottom-bars");

        BorderPane root = new BorderPane(panels.view(), new VBox(menuBar, toolBar), null, bottomBars, null);
        root.getStyleClass().add("blastmap-root");
        return root;
    }

    private void initListeners() {
        WindowTheme.install(scene, theme, dark -> graphPane.setDark(dark));
        WindowTitle.install(stage, documents);
        HeatLegend heatKey = new HeatLegend();
        availability.heatProperty().addListener((obs, was, now) -> graphPane.setHeat(now, heatKey));
        menuBar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst()
                .ifPresent(m -> m.getItems().add(HeatMapToggle.menuItem(availability)));
        FailureNotices.install(stage, documents, layouts, exports, dialogs);
        exports.writtenProperty().addListener((obs, was, now) -> graphPane.showNote(new ExportToast(Path.of(now))));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, new WindowKeys(actions, edits)::keyPressed);
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
        ScreenPlacement.place(stage);
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

    /** The window's commands, as the menus and keys run them. */
    WindowActions actions() {
        return actions;
    }

    /** Focus mode of the canvas. */
    public FocusModel focus() {
        return graphPane.focus();
    }

    /** Keeps the recovery copy of unsaved edits. */
    public Autosave autosave() {
        return autosave;
    }
}
