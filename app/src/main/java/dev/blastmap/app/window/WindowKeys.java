package dev.blastmap.app.window;

import dev.blastmap.app.edit.EditCommands;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys that are no menu accelerator: Backspace deletes the selection like Delete (as on a Mac
 * keyboard), + and - zoom. Left alone while the user types in a text field or holds a modifier.
 */
final class WindowKeys {

    private final WindowActions actions;
    private final EditCommands edits;

    WindowKeys(WindowActions actions, EditCommands edits) {
        this.actions = actions;
        this.edits = edits;
    }

    void keyPressed(KeyEvent e) {
        if (actions.typing() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case BACK_SPACE -> {
                edits.deleteSelected();
                e.consume();
            }
            case PLUS, EQUALS, ADD -> {
                actions.zoom(1.25);
                e.consume();
            }
            case MINUS, SUBTRACT -> {
                actions.zoom(0.8);
                e.consume();
            }
            default -> {
                // other keys belong to the focused control
            }
        }
    }
}
