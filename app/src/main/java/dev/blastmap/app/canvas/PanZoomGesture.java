package dev.blastmap.app.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Moving around the graph: drag to pan, wheel or pinch to zoom about the pointer, + and - to zoom, arrow
 * keys to pan, F to fit. A press that does not move is left to the canvas as a click.
 */
final class PanZoomGesture {

    private static final double DRAG_THRESHOLD = 3;
    private static final double KEY_PAN = 80;

    private final GraphCanvas view;
    private double pressX;
    private double pressY;
    private Viewport atPress;
    private boolean dragging;

    PanZoomGesture(GraphCanvas view) {
        this.view = view;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        view.addEventHandler(ScrollEvent.SCROLL, this::scroll);
        view.addEventHandler(ZoomEvent.ZOOM, this::zoom);
    }

    private void press(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        view.requestFocus();
        view.stopAnimation();
        pressX = e.getX();
        pressY = e.getY();
        atPress = view.viewportProperty().get();
        dragging = false;
    }

    private void drag(MouseEvent e) {
        if (atPress == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        view.setCursor(Cursor.CLOSED_HAND);
        view.setViewport(atPress.panBy(dx, dy));
    }

    private void release(MouseEvent e) {
        atPress = null;
        if (dragging) {
            view.setCursor(Cursor.DEFAULT);
        }
        dragging = false;
    }

    private void scroll(ScrollEvent e) {
        if (e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        Viewport v = view.viewportProperty().get();
        if (e.isShiftDown() || e.isShortcutDown() || e.getTouchCount() > 0) {
            view.setViewport(v.panBy(e.getDeltaX(), e.getDeltaY()));
        } else {
            view.setViewport(v.zoomAt(Math.pow(1.0022, e.getDeltaY()), e.getX(), e.getY()));
        }
        e.consume();
    }

    private void zoom(ZoomEvent e) {
        view.setViewport(view.viewportProperty().get().zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
        e.consume();
    }

    /** Keyboard navigation; the canvas listens for key presses while it has the focus. */
    void key(KeyEvent e) {
        Viewport v = view.viewportProperty().get();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case F -> {
                if (e.isShiftDown() || e.isShortcutDown() || e.isAltDown()) {
                    return; // Shift+F and friends are the menus' (Shift+F: focus on the selection)
                }
                view.fit();
            }
            case LEFT -> view.animateTo(v.panBy(KEY_PAN, 0));
            case RIGHT -> view.animateTo(v.panBy(-KEY_PAN, 0));
            case UP -> view.animateTo(v.panBy(0, KEY_PAN));
            case DOWN -> view.animateTo(v.panBy(0, -KEY_PAN));
            default -> {
                return;
            }
        }
        e.consume();
    }
}
