package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.NodeMenuRequest;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.Point;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;

/**
 * Attaches the editing gestures to a graph canvas from outside, through its public API (hit testing, the
 * viewport, mouse events): drawing a dependency, adding a service by double click, Shift/Ctrl+click and
 * rectangle selection; and the editing items of its context menu. What the gestures draw goes on an
 * {@link EditOverlay} stacked over the canvas.
 */
public final class EditGestures {

    private EditGestures() {
    }

    /**
     * The editing items of the canvas's context menu: on a service, Rename, Duplicate, Add Dependency and
     * Delete; on the background, Add Service Here.
     */
    public static List<MenuItem> menuItems(GraphCanvas canvas, EditCommands commands, NodeMenuRequest request) {
        if (!commands.canEdit()) {
            return List.of();
        }
        if (request.service() == null) {
            Point2D local = canvas.screenToLocal(request.screenX(), request.screenY());
            Viewport v = canvas.viewportProperty().get();
            Point at = local == null ? null : new Point(v.toModelX(local.getX()), v.toModelY(local.getY()));
            return List.of(item("Add service here", "menu-add-service", () -> commands.model().addService(at)));
        }
        return List.of(item("Rename…", "menu-rename", commands::renameSelected),
                item("Duplicate", "menu-duplicate", commands::duplicateSelected),
                item("Add dependency (then click a service)", "menu-add-dependency", commands::startDependency),
                item("Delete…", "menu-delete", commands::deleteSelected));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem mi = new MenuItem(text);
        mi.setId(id);
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** Installs every editing gesture on {@code canvas}. */
    public static void install(GraphCanvas canvas, EditOverlay overlay, EditCommands commands,
                               SelectionModel selection, Supplier<Layout> layout) {
        new BandSelectGesture(canvas, overlay, selection, layout);
        new ConnectGesture(canvas, overlay, commands);
        new CanvasClickGesture(canvas, commands, selection);
        selection.others().addListener((javafx.collections.SetChangeListener<Object>) c ->
                overlay.frame(selection.others()));
    }
}
