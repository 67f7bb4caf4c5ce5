package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.layout.Box;
import dev.blastmap.model.ServiceId;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Draws a new dependency by dragging from a service to one it depends on: the arrow follows the pointer,
 * and letting go over another service adds the dependency (the arrow goes from the dependent to what it
 * depends on, as the graph draws it). Letting go elsewhere adds nothing. A drag that starts on the
 * background still pans.
 */
final class ConnectGesture {

    private static final double THRESHOLD = 6;

    private final GraphCanvas canvas;
    private final EditOverlay overlay;
    private final EditCommands commands;
    private ServiceId from;
    private double pressX;
    private double pressY;
    private boolean dragging;

    ConnectGesture(GraphCanvas canvas, EditOverlay overlay, EditCommands commands) {
        this.canvas = canvas;
        this.overlay = overlay;
        this.commands = commands;
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::release);
    }

    private void press(MouseEvent e) {
        from = null;
        dragging = false;
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && !e.isShortcutDown() && commands.canEdit()) {
            from = canvas.serviceAt(e.getX(), e.getY()).orElse(null);
            pressX = e.getX();
            pressY = e.getY();
        }
    }

    private void drag(MouseEvent e) {
        if (from == null) {
            return;
        }
        e.consume();
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < THRESHOLD) {
            return;
        }
        dragging = true;
        canvas.setCursor(Cursor.CROSSHAIR);
        Viewport v = canvas.viewportProperty().get();
        Optional<Box> box = commands.boxOf(from);
        double x = box.map(b -> v.toScreenX(b.centerX())).orElse(pressX);
        double y = box.map(b -> v.toScreenY(b.centerY())).orElse(pressY);
        overlay.link(x, y, e.getX(), e.getY());
    }

    private void release(MouseEvent e) {
        if (from == null) {
            return;
        }
        ServiceId source = from;
        from = null;
        if (!dragging) {
            return;
        }
        dragging = false;
        overlay.clearDrag();
        canvas.setCursor(Cursor.DEFAULT);
        e.consume();
        canvas.serviceAt(e.getX(), e.getY()).filter(to -> !to.equals(source))
                .ifPresent(to -> commands.addDependency(source, to));
    }
}
