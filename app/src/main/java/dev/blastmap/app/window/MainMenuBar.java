package dev.blastmap.app.window;

import dev.blastmap.analysis.Selector;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.document.SampleCatalog;
import dev.blastmap.app.edit.EditCommands;
import dev.blastmap.app.edit.EditMenuItems;
import dev.blastmap.app.history.HistoryModel;
import dev.blastmap.app.knockout.FailureDomains;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.spread.PlaybackModel;
import dev.blastmap.app.theme.ThemeModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File, Edit, View, Knock out (with a submenu per failure-domain field listing what the open
 * graph has), Play and Help. Each item calls a model command or a {@link WindowActions} command.
 */
final class MainMenuBar extends MenuBar {

    private final DocumentModel documents;
    private final KnockoutModel knockouts;
    private final PlaybackModel playback;
    private final LayoutModel layouts;
    private final SelectionModel selection;
    private final ThemeModel theme;
    private final SampleCatalog catalog;
    private final WindowActions actions;
    private final Menu recent = new Menu("Open Recent");
    private final Menu knockMenu = new Menu("Knock out");
    private boolean knockMenuStale;
    private final Menu editMenu = new Menu("Edit");

    MainMenuBar(DocumentModel documents, KnockoutModel knockouts, PlaybackModel playback, LayoutModel layouts,
                SelectionModel selection, ThemeModel theme, SampleCatalog catalog, WindowActions actions) {
        this.documents = documents;
        this.knockouts = knockouts;
        this.playback = playback;
        this.layouts = layouts;
        this.selection = selection;
        this.theme = theme;
        this.catalog = catalog;
        this.actions = actions;
        createView();
        initListeners();
    }

    private void createView() {
        setId("menu-bar");
        getMenus().addAll(fileMenu(), editMenu(), viewMenu(), knockMenu, playMenu(), helpMenu());
        knockMenu.setId("knock-menu");
        rebuildRecent();
        rebuildKnockMenu(documents.document());
    }

    private void initListeners() {
        documents.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
        documents.documentProperty().addListener((obs, was, now) -> {
            if (now.graph().size() >= GraphDocument.COMPILED_AT_ONCE) {
                knockMenuStale = true; // a large graph's domains are listed when the menu opens, not per open or edit
            } else {
                rebuildKnockMenu(now);
            }
        });
        knockMenu.setOnShowing(e -> {
            if (knockMenuStale) {
                rebuildKnockMenu(documents.document());
            }
        });
    }

    private Menu fileMenu() {
        Menu samples = new Menu("Open Sample");
        samples.setId("samples-menu");
        for (SampleCatalog.Sample s : catalog.samples()) {
            samples.getItems().add(item(s.title(), null, e -> documents.openSample(s)));
        }
        samples.setDisable(catalog.samples().isEmpty());
        return new Menu("File", null,
                item("New", "Shortcut+N", e -> documents.newGraph()),
                item("Open…", "Shortcut+O", e -> actions.openFile()),
                samples,
                recent,
                item("Compare with…", null, e -> actions.compareWith()),
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", e -> actions.save()),
                item("Save As…", "Shortcut+Shift+S", e -> actions.saveAs()),
                item("Export Report…", "Shortcut+E", e -> actions.exportReport()),
                item("Export Image…", "Shortcut+Shift+E", e -> actions.exportImage()),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", e -> actions.quit()));
    }

    private Menu editMenu() {
        editMenu.getItems().setAll(item("Find…", "Shortcut+F", e -> actions.find()));
        return editMenu;
    }

    /** Puts Undo and Redo (named after the action) and the editing commands into the Edit menu. */
    void addEditing(HistoryModel history, EditCommands edits) {
        MenuItem undo = item("Undo", "Shortcut+Z", e -> history.undo());
        undo.setId("undo");
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", e -> history.redo());
        redo.setId("redo");
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        MenuItem redoY = item("Redo", "Shortcut+Y", e -> history.redo());
        redoY.setVisible(false);
        MenuItem relayout = item("Re-layout", "Shortcut+L", e -> layouts.relayout());
        relayout.setId("relayout");
        editMenu.getItems().addAll(0, List.of(undo, redo, redoY, new SeparatorMenuItem()));
        editMenu.getItems().addAll(new SeparatorMenuItem());
        editMenu.getItems().addAll(EditMenuItems.of(edits, selection, actions::typing));
        editMenu.getItems().addAll(new SeparatorMenuItem(), relayout);
    }

    private Menu viewMenu() {
        Menu layout = new Menu("Layout");
        ToggleGroup group = new ToggleGroup();
        for (LayoutModel.Choice c : LayoutModel.Choice.values()) {
            RadioMenuItem r = new RadioMenuItem(c.label());
            r.setId("layout-" + c.name().toLowerCase(java.util.Locale.ROOT));
            r.setToggleGroup(group);
            r.setSelected(layouts.choiceProperty().get() == c);
            r.setOnAction(e -> layouts.choiceProperty().set(c));
            layouts.choiceProperty().addListener((obs, was, now) -> r.setSelected(now == c));
            layout.getItems().add(r);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        return new Menu("View", null,
                item("Fit Graph", "F", e -> {
                    if (!actions.typing()) {
                        actions.fit();
                    }
                }),
                item("Focus on Selection", "Shift+F", e -> {
                    if (!actions.typing()) {
                        actions.toggleFocus();
                    }
                }),
                item("Zoom In", "Shortcut+Plus", e -> actions.zoom(1.25)),
                item("Zoom Out", "Shortcut+Minus", e -> actions.zoom(0.8)),
                item("Show / Hide Side Panels", "Shortcut+B", e -> actions.toggleSidePanels()),
                new SeparatorMenuItem(),
                layout,
                dark);
    }

    private Menu playMenu() {
        MenuItem toggle = item("Play / Pause", "Space", e -> {
            if (!actions.typing()) {
                playback.togglePlaying();
            }
        });
        toggle.textProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Play"));
        return new Menu("Play", null, toggle,
                item("Replay", "R", e -> {
                    if (!actions.typing()) {
                        playback.replay();
                    }
                }),
                item("Show Whole Blast Radius", "End", e -> {
                    if (!actions.typing()) {
                        playback.seekEnd();
                    }
                }));
    }

    private Menu helpMenu() {
        sceneProperty().addListener((obs, was, now) -> {
            if (now != null && was == null) {
                dev.blastmap.app.help.KeyboardShortcuts.install(now);
            }
        });
        return new Menu("Help", null,
                item("Keyboard Shortcuts (or ?)", "F1", e -> dev.blastmap.app.help.KeyboardShortcuts.show(getScene().getWindow())),
                item("About Blastmap", null, e -> actions.about()));
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        for (Path p : documents.recentFiles()) {
            recent.getItems().add(item(p.toString(), null, e -> documents.open(p)));
        }
        if (!recent.getItems().isEmpty()) {
            recent.getItems().addAll(new SeparatorMenuItem(), item("Clear Recent Files", null,
                    e -> documents.clearRecentFiles()));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void rebuildKnockMenu(GraphDocument document) {
        knockMenuStale = false;
        MenuItem selected = item("Knock Out Selected", "K", e -> {
            if (!actions.typing()) {
                actions.toggleSelected();
            }
        });
        selected.setId("knock-selected");
        selected.disableProperty().bind(selection.selectedProperty().isNull());
        MenuItem reset = item("Reset All", "Esc", e -> {
            if (!actions.typing()) {
                knockouts.reset();
            }
        });
        reset.setId("reset-all");
        knockMenu.getItems().setAll(selected, new SeparatorMenuItem());
        for (Selector.Field field : List.of(Selector.Field.REGION, Selector.Field.ZONE, Selector.Field.GROUP,
                Selector.Field.KIND, Selector.Field.TAG)) {
            List<FailureDomains.Domain> domains = FailureDomains.of(document.graph(), field);
            Menu sub = new Menu(title(field));
            sub.setId("knock-" + field.name().toLowerCase(java.util.Locale.ROOT));
            for (FailureDomains.Domain d : domains) {
                MenuItem mi = item(d.label(), null, e -> knockouts.knockOut(d.selector()));
                mi.setId("knock-" + d.selector().toString().replace(':', '-'));
                sub.getItems().add(mi);
            }
            sub.setDisable(domains.isEmpty());
            knockMenu.getItems().add(sub);
        }
        knockMenu.getItems().addAll(new SeparatorMenuItem(), reset);
    }

    private static String title(Selector.Field field) {
        return switch (field) {
            case REGION -> "Region";
            case ZONE -> "Zone";
            case GROUP -> "Group";
            case KIND -> "Kind";
            case TAG -> "Tag";
            case ID -> "Service";
        };
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(action);
        return mi;
    }
}
