package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.layout.Point;
import dev.blastmap.model.ServiceId;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The clicks that edit or extend the selection, taken before the canvas sees them: a double click on the
 * background adds a service there; Shift+ or Ctrl+click adds a service to the selection or takes it out;
 * after D, a click on a service ends the dependency begun from the selected one (a click on the
 * background cancels it). A plain click on a service of a multiple selection selects it alone.
 */
final class CanvasClickGesture {

    private final GraphCanvas canvas;
    private final EditCommands commands;
    private final SelectionModel selection;

    CanvasClickGesture(GraphCanvas canvas, EditCommands commands, SelectionModel selection) {
        this.canvas = canvas;
        this.commands = commands;
        this.selection = selection;
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, this::click);
        commands.connectingFromProperty().addListener((obs, was, now) ->
                canvas.setCursor(now == null ? Cursor.DEFAULT : Cursor.CROSSHAIR));
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Optional<ServiceId> hit = canvas.serviceAt(e.getX(), e.getY());
        ServiceId from = commands.connectingFromProperty().get();
        if (from != null) {
            commands.connectingFromProperty().set(null);
            hit.filter(to -> !to.equals(from)).ifPresent(to -> commands.addDependency(from, to));
            e.consume();
        } else if ((e.isShiftDown() || e.isShortcutDown()) && hit.isPresent()) {
            canvas.requestFocus();
            selection.toggle(hit.get());
            e.consume();
        } else if (hit.isPresent() && !selection.others().isEmpty()) {
            // A plain click on a service of a multiple selection selects it alone; the canvas then sees it.
            selection.selectAll(java.util.List.of(hit.get()));
        } else if (e.getClickCount() == 2 && hit.isEmpty() && commands.canEdit()) {
            Viewport v = canvas.viewportProperty().get();
            commands.model().addService(new Point(v.toModelX(e.getX()), v.toModelY(e.getY())));
            e.consume();
        }
    }
}
