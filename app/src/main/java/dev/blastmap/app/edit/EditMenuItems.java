package dev.blastmap.app.edit;

import dev.blastmap.app.selection.SelectionModel;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The editing items of the Edit menu, with their keys: Add Service (N), Add Dependency (D, then click the
 * service it depends on), Rename (F2), Duplicate (Ctrl+D) and Delete (Del). Single keys do nothing while
 * the user types in a text field.
 */
public final class EditMenuItems {

    private EditMenuItems() {
    }

    /** The items, calling {@code edits}; {@code typing} tells when a text field has the keyboard. */
    public static List<MenuItem> of(EditCommands edits, SelectionModel selection, BooleanSupplier typing) {
        MenuItem add = item("Add Service", "N", "add-service", typing, edits::addService);
        MenuItem dependency = item("Add Dependency (then click a service)", "D", "add-dependency", typing,
                edits::startDependency);
        dependency.disableProperty().bind(selection.selectedProperty().isNull());
        MenuItem rename = item("Rename…", "F2", "rename-service", () -> false, edits::renameSelected);
        rename.disableProperty().bind(selection.selectedProperty().isNull());
        MenuItem duplicate = item("Duplicate", "Shortcut+D", "duplicate-service", () -> false,
                edits::duplicateSelected);
        duplicate.disableProperty().bind(selection.selectedProperty().isNull());
        MenuItem delete = item("Delete", "Delete", "delete-service", typing, edits::deleteSelected);
        delete.disableProperty().bind(selection.selectedProperty().isNull());
        return List.of(add, dependency, rename, duplicate, delete);
    }

    private static MenuItem item(String text, String key, String id, BooleanSupplier typing, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setId(id);
        mi.setAccelerator(KeyCombination.keyCombination(key));
        mi.setOnAction(e -> {
            if (!typing.getAsBoolean()) {
                action.run();
            }
        });
        return mi;
    }
}
