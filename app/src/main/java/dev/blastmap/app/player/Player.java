package dev.blastmap.app.player;

import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The walkthrough feature put together: the player, the recorder and presenter mode, their bar, and the keys
 * (→ ← Space PageDown PageUp P F5 Esc). Built once by the window's composition root, which adds
 * {@link #bar()} above the timeline and {@link #menu()} to the menu bar.
 */
public final class Player {

    private final DocumentModel documents;
    private final SelectionModel selection;
    private final Runnable saveAs;
    private final BooleanSupplier typing;
    private final PlayerViewModel player;
    private final RecorderModel recorder;
    private final PresenterModel presenter = new PresenterModel();
    private final PlayerBar bar;
    private final WalkthroughMenu menu;
    private List<ServiceId> framed = List.of();

    /**
     * Builds the feature for a window.
     *
     * @param stage      the window, for full screen
     * @param scene      its scene, for the keys and the player's style sheet
     * @param documents  the open document, replaced when a recording is saved
     * @param knockouts  where steps set the knocked-out set, and what the recorder records
     * @param selection  where steps frame their services
     * @param saveAs     asks the user where to save, for documents that have no native file yet
     * @param typing     true while a text field has the focus, so keys are left to it
     * @param hidden     nodes presenter mode hides (menus, tool bar, timeline, status bar)
     * @param split      the split pane holding the side panes and the graph
     * @param sidePanes  its side panes, taken out while presenting
     */
    public Player(Stage stage, Scene scene, DocumentModel documents, KnockoutModel knockouts, SelectionModel selection,
                  Runnable saveAs, BooleanSupplier typing, List<Node> hidden, SplitPane split, List<Node> sidePanes) {
        this.documents = documents;
        this.selection = selection;
        this.saveAs = saveAs;
        this.typing = typing;
        this.player = new PlayerViewModel(documents.documentProperty(), new StepTarget() {
            @Override
            public void show(Set<ServiceId> knockedOut, boolean animate) {
                knockouts.show(knockedOut, animate);
            }

            @Override
            public void frame(List<ServiceId> ids) {
                framed = List.copyOf(ids);
                selection.frame(ids);
            }
        });
        ObjectBinding<Set<ServiceId>> knockedOut = Bindings.createObjectBinding(
                () -> knockouts.currentProperty().get().knockedOut(), knockouts.currentProperty());
        this.recorder = new RecorderModel(knockedOut);
        this.bar = new PlayerBar(player, recorder, presenter, this::saveRecording);
        this.menu = new WalkthroughMenu(player, recorder, presenter);
        new PresenterMode(stage, scene.getRoot(), new PresenterMode.Chrome(hidden, split, sidePanes), presenter,
                this::reframe, () -> selection.frame(List.of()));
        scene.getStylesheets().add(Player.class.getResource("/dev/blastmap/app/player/player.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyFiltered);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        documents.documentProperty().addListener((obs, was, now) -> {
            framed = List.of();
            if (recorder.recordingProperty().get() && !now.isRevisionOf(was)) {
                recorder.cancel(); // its steps name services of the graph that was open; an edit keeps it going
            }
        });
    }

    /**
     * Frames the shown step again, for a new window size. SelectionModel.FrameRequest is a record, so a
     * request equal to the last would not be heard; a request for the whole graph first makes it new.
     */
    private void reframe() {
        selection.frame(List.of());
        if (!framed.isEmpty()) {
            selection.frame(framed);
        }
    }

    /** The bar to put above the timeline. */
    public PlayerBar bar() {
        return bar;
    }

    /** The Walkthrough menu, for the menu bar. */
    public javafx.scene.control.Menu menu() {
        return menu;
    }

    /** The player's model. */
    public PlayerViewModel player() {
        return player;
    }

    /** The recorder's model. */
    public RecorderModel recorder() {
        return recorder;
    }

    /** Presenter mode's model. */
    public PresenterModel presenter() {
        return presenter;
    }

    /** Keys a focused control or menu accelerator would otherwise take: Space, PageDown, PageUp, arrows, F5, Esc. */
    private void keyFiltered(KeyEvent e) {
        if (typing.getAsBoolean() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean handled = switch (e.getCode()) {
            case F5 -> {
                presenter.toggle();
                yield true;
            }
            case ESCAPE -> {
                if (presenter.isPresenting()) {
                    presenter.leave();
                    yield true;
                }
                yield false;
            }
            case SPACE, PAGE_DOWN -> step(true);
            case PAGE_UP -> step(false);
            case RIGHT -> !focusWantsArrows(e) && step(true);
            case LEFT -> !focusWantsArrows(e) && step(false);
            default -> false;
        };
        if (handled) {
            e.consume();
        }
    }

    /**
     * True when the focused control moves through items with the arrows (a list, a table, a slider, an open
     * drop-down): there the arrows stay its own. Tab panes and buttons would only move focus; the player
     * takes the arrows from them.
     */
    private static boolean focusWantsArrows(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof ListView<?> || n instanceof TableView<?> || n instanceof TreeView<?> || n instanceof Slider
                    || n instanceof ComboBoxBase<?> c && c.isShowing()) {
                return true;
            }
        }
        return false;
    }

    /** Keys that controls with a use for them consume first: P. */
    private void keyPressed(KeyEvent e) {
        if (typing.getAsBoolean() || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        boolean handled = switch (e.getCode()) {
            case P -> {
                if (player.activeProperty().get() && !recorder.recordingProperty().get()) {
                    player.togglePlay();
                    yield true;
                }
                yield false;
            }
            default -> false;
        };
        if (handled) {
            e.consume();
        }
    }

    private boolean step(boolean forward) {
        if (!player.activeProperty().get() || recorder.recordingProperty().get()) {
            return false;
        }
        if (forward) {
            player.next();
        } else {
            player.previous();
        }
        return true;
    }

    /** Adds the recorded scenario to the graph, shows it, and saves it into the file (or asks where). */
    private void saveRecording() {
        GraphDocument doc = documents.document();
        Scenario scenario = recorder.finish(doc.graph());
        Graph graph = doc.graph().withScenario(scenario);
        Path file = doc.file().orElse(null);
        documents.show(new GraphDocument(graph, doc.title(), file, doc.warnings()));
        player.select(scenario.id());
        if (savesInPlace(file)) {
            documents.saveAs(file, GraphFormats.NATIVE);
        } else {
            saveAs.run();
        }
    }

    /** True for files in the native format, which keeps scenarios; others go through Save As. */
    static boolean savesInPlace(Path file) {
        return file != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".blastmap.json");
    }
}
