package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.HitTester;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Selects every service inside a rectangle dragged with Shift (or Ctrl) held; holding the key again adds to
 * what is selected. A plain drag on the background still pans.
 */
final class BandSelectGesture {

    private final GraphCanvas canvas;
    private final EditOverlay overlay;
    private final SelectionModel selection;
    private final Supplier<Layout> layout;
    private boolean active;
    private double pressX;
    private double pressY;

    BandSelectGesture(GraphCanvas canvas, EditOverlay overlay, SelectionModel selection, Supplier<Layout> layout) {
        this.canvas = canvas;
        this.overlay = overlay;
        this.selection = selection;
        this.layout = layout;
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, this::release);
    }

    private void press(MouseEvent e) {
        active = e.getButton() == MouseButton.PRIMARY && (e.isShiftDown() || e.isShortcutDown())
                && canvas.serviceAt(e.getX(), e.getY()).isEmpty();
        pressX = e.getX();
        pressY = e.getY();
    }

    private void drag(MouseEvent e) {
        if (active) {
            overlay.band(pressX, pressY, e.getX(), e.getY());
            e.consume();
        }
    }

    private void release(MouseEvent e) {
        if (!active) {
            return;
        }
        active = false;
        overlay.clearDrag();
        e.consume();
        Viewport v = canvas.viewportProperty().get();
        Box area = Box.spanning(v.toModelX(Math.min(pressX, e.getX())), v.toModelY(Math.min(pressY, e.getY())),
                v.toModelX(Math.max(pressX, e.getX())), v.toModelY(Math.max(pressY, e.getY())));
        List<ServiceId> inside = new ArrayList<>(selection.selectedIds());
        new HitTester(layout.get()).within(area).stream().sorted().filter(id -> !inside.contains(id))
                .forEach(inside::add);
        if (!inside.isEmpty()) {
            canvas.requestFocus();
            selection.selectAll(inside);
        }
    }
}
