package dev.blastmap.app.window;

import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.theme.ThemeModel;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The tool bar: open, knock out, undo, redo, reset, fit, layout, find and the dark-theme switch. */
final class MainToolBar extends ToolBar {

    private final KnockoutModel knockouts;
    private final LayoutModel layouts;
    private final SelectionModel selection;
    private final ThemeModel theme;
    private final WindowActions actions;

    MainToolBar(KnockoutModel knockouts, LayoutModel layouts, SelectionModel selection, ThemeModel theme,
                WindowActions actions) {
        this.knockouts = knockouts;
        this.layouts = layouts;
        this.selection = selection;
        this.theme = theme;
        this.actions = actions;
        createView();
    }

    private void createView() {
        setId("tool-bar");
        getStyleClass().add("main-tool-bar");
        Button open = button("Open…", "Open a graph file (Ctrl+O)", "open", () -> actions.openFile());
        Button knock = button("✖ Knock out", "Knock out the selected service, or bring it back (K)", "knock",
                actions::toggleSelected);
        knock.disableProperty().bind(selection.selectedProperty().isNull());
        knock.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> knockouts.knockedOut().contains(selection.selectedProperty().get()) ? "↺ Bring back" : "✖ Knock out",
                selection.selectedProperty(), knockouts.currentProperty()));
        Button undo = button("Undo", "Undo the last knockout (Ctrl+Z)", "undo", knockouts::undo);
        undo.disableProperty().bind(knockouts.canUndoProperty().not());
        Button redo = button("Redo", "Redo (Ctrl+Shift+Z)", "redo", knockouts::redo);
        redo.disableProperty().bind(knockouts.canRedoProperty().not());
        Button reset = button("Reset", "Bring every service back (Esc)", "reset", knockouts::reset);
        Button fit = button("Fit", "Fit the graph in view (F)", "fit", actions::fit);
        Button find = button("Find…", "Find a service (Ctrl+F)", "find", actions::find);

        ChoiceBox<LayoutModel.Choice> layout = new ChoiceBox<>();
        layout.setId("layout-choice");
        layout.getItems().setAll(LayoutModel.Choice.values());
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(LayoutModel.Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public LayoutModel.Choice fromString(String s) {
                return null;
            }
        });
        layout.valueProperty().bindBidirectional(layouts.choiceProperty());
        layout.setTooltip(new Tooltip("How the graph is laid out"));
        layout.setFocusTraversable(false);

        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark-toggle");
        dark.setTooltip(new Tooltip("Dark theme, for projectors (Ctrl+Shift+D)"));
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        dark.setFocusTraversable(false);

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getItems().addAll(open, new Separator(Orientation.VERTICAL), knock, undo, redo, reset, new Separator(Orientation.VERTICAL), fit, layout,
                new Separator(Orientation.VERTICAL), find, spring, dark);
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
