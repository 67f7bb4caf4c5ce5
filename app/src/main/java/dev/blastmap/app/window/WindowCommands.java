package dev.blastmap.app.window;

import dev.blastmap.app.compare.CompareModel;
import dev.blastmap.app.compare.CompareWindow;
import dev.blastmap.app.document.DocumentModel;
import dev.blastmap.app.document.ProblemsDialog;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.theme.ThemeModel;
import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * The window's commands that the menus, the tool bar and the keys share: each one line that hands the work
 * to the model or the dialog that does it.
 */
final class WindowCommands implements WindowActions {

    private final Stage stage;
    private final DocumentModel documents;
    private final WindowDialogs dialogs;
    private final UnsavedChangesGuard guard;
    private final CompareModel compare;
    private final ThemeModel theme;
    private final SelectionModel selection;
    private final KnockoutModel knockouts;
    private final SidePanels panels;
    private final GraphPane graphPane;

    /** The commands of the window on {@code stage}. */
    WindowCommands(Stage stage, DocumentModel documents, WindowDialogs dialogs, UnsavedChangesGuard guard,
                   CompareModel compare, ThemeModel theme, SelectionModel selection, KnockoutModel knockouts,
                   SidePanels panels, GraphPane graphPane) {
        this.stage = stage;
        this.documents = documents;
        this.dialogs = dialogs;
        this.guard = guard;
        this.compare = compare;
        this.theme = theme;
        this.selection = selection;
        this.knockouts = knockouts;
        this.panels = panels;
        this.graphPane = graphPane;
    }

    @Override
    public void toggleSidePanels() {
        panels.toggle();
    }

    @Override
    public void openFile() {
        dialogs.openFile();
    }

    @Override
    public void compareWith() {
        dialogs.chooseGraph("Compare with a second version").ifPresent(file -> compare.compare(documents.document(),
                file, c -> CompareWindow.show(stage, c, stage.getScene().getStylesheets()), problems -> ProblemsDialog
                        .of(new DocumentModel.Refusal(file.toString(), problems, 0), stage).show()));
    }

    @Override
    public void save() {
        dialogs.save();
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
        panels.find();
    }

    @Override
    public void fit() {
        selection.frame(List.of());
    }

    @Override
    public void toggleFocus() {
        graphPane.focus().toggle();
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
        return stage.getScene() != null && stage.getScene().getFocusOwner() instanceof TextInputControl;
    }
}
