package dev.blastmap.app.help;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts (F1 or ?): every key the window answers to, by what it acts on. The list is kept
 * here, beside nothing else, so that it is the one place to update when a key is added; KeyboardShortcutsTest
 * checks it names the accelerators of the menus.
 */
public final class KeyboardShortcuts {

    /** One key and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** A group of keys under a heading. */
    public record Section(String title, List<Shortcut> shortcuts) {

        /** Copies the list. */
        public Section {
            shortcuts = List.copyOf(shortcuts);
        }
    }

    /** Every key, by section. Ctrl is Cmd on macOS. */
    public static final List<Section> SECTIONS = List.of(
            new Section("Files", List.of(
                    new Shortcut("Ctrl+N", "A new, empty graph to draw"),
                    new Shortcut("Ctrl+O", "Open a graph file"),
                    new Shortcut("Ctrl+S", "Save (a sample or an import asks where)"),
                    new Shortcut("Ctrl+Shift+S", "Save as a .blastmap.json file"),
                    new Shortcut("Ctrl+E", "Export a report"),
                    new Shortcut("Ctrl+Shift+E", "Export an image"),
                    new Shortcut("Ctrl+Q", "Quit"))),
            new Section("Knocking out", List.of(
                    new Shortcut("K", "Knock out the selected service, or bring it back"),
                    new Shortcut("Esc", "Bring every service back (Reset All)"),
                    new Shortcut("Ctrl+Z", "Undo the last edit or knockout (the Edit menu names it)"),
                    new Shortcut("Ctrl+Shift+Z, Ctrl+Y", "Redo"))),
            new Section("Editing", List.of(
                    new Shortcut("N, double-click the background", "Add a service"),
                    new Shortcut("Delete, Backspace", "Delete the selected services with their dependencies (asks first)"),
                    new Shortcut("F2", "Rename the selected service"),
                    new Shortcut("Ctrl+D", "Duplicate the selected services"),
                    new Shortcut("D, then click a service", "Make the selected service depend on the one clicked"),
                    new Shortcut("Shift+click, Ctrl+click, Shift+drag", "Select several services"),
                    new Shortcut("Ctrl+L", "Re-layout the whole graph"))),
            new Section("Looking around", List.of(
                    new Shortcut("F", "Fit the whole graph"),
                    new Shortcut("Shift+F", "Focus on the selection's neighbourhood, or show everything again"),
                    new Shortcut("+ / -, Ctrl++ / Ctrl+-", "Zoom in / out"),
                    new Shortcut("Arrow keys", "Pan, when the graph has the focus"),
                    new Shortcut("Ctrl+F", "Find a service: Enter selects it and gives the keys back to the graph, Esc closes"),
                    new Shortcut("Ctrl+Shift+D", "Dark theme, for projectors"),
                    new Shortcut("Ctrl+Shift+H", "Availability heat map"),
                    new Shortcut("Ctrl+B", "Show or hide the side panels on the right"))),
            new Section("The spread", List.of(
                    new Shortcut("Space", "Play or pause the spread (steps a walkthrough when one is picked)"),
                    new Shortcut("R", "Replay from a healthy graph"),
                    new Shortcut("End", "Show the whole blast radius"))),
            new Section("Walkthroughs", List.of(
                    new Shortcut("→, Space, Page Down", "Next step (presentation clickers send Page Down)"),
                    new Shortcut("←, Page Up", "Previous step"),
                    new Shortcut("P", "Auto-play the steps, or pause"),
                    new Shortcut("F5", "Presenter mode: full screen, large captions and labels"),
                    new Shortcut("Esc", "Leave presenter mode"))),
            new Section("Help", List.of(
                    new Shortcut("F1, ?", "This list"))));

    /** The width the actions wrap to, in pixels: about sixty characters. */
    private static final double ACTION_WIDTH = 420;
    /** About the width of the longest keys in bold. */
    private static final double KEYS_WIDTH = 280;

    private KeyboardShortcuts() {
    }

    /** Makes ? show the list in this scene, except while a text field takes the typing. */
    public static void install(javafx.scene.Scene scene) {
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                e.consume();
                show(scene.getWindow());
            }
        });
    }

    /** Shows the list over {@code owner} and returns when it is closed. */
    public static void show(Window owner) {
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(table());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        // room for the longest keys ("Shift+click, Ctrl+click, Shift+drag") and the actions beside them
        dialog.getDialogPane().setMinWidth(KEYS_WIDTH + ACTION_WIDTH + 80);
        dialog.getDialogPane().setId("keyboard-shortcuts");
        dialog.showAndWait();
    }

    /** The sections as a two-column grid: the keys in bold, then what they do. */
    static GridPane table() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 8, 8, 8));
        int row = 0;
        for (Section section : SECTIONS) {
            Label heading = new Label(section.title());
            heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-padding: 8 0 2 0;");
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut s : section.shortcuts()) {
                Label keys = new Label(s.keys());
                keys.setStyle("-fx-font-weight: bold;");
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE); // the keys whole, never "Shift+click, …"
                Label action = new Label(s.action());
                action.setWrapText(true);
                action.setPrefWidth(ACTION_WIDTH);
                grid.addRow(row++, keys, action);
            }
        }
        return grid;
    }
}
