package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * What the editing gestures draw over the graph canvas, in screen coordinates: a frame around each service
 * selected besides the selected one, the rectangle being dragged out, and the dependency being drawn. It
 * lets the mouse through, so the canvas under it gets every event.
 */
public final class EditOverlay extends Pane {

    private final ObservableValue<Viewport> viewport;
    private final Supplier<Layout> layout;
    private final Pane frames = new Pane();
    private final Rectangle band = new Rectangle();
    private final Line link = new Line();
    private List<ServiceId> framed = List.of();

    /** An overlay for a canvas seen through {@code viewport}, drawing boxes of {@code layout}. */
    public EditOverlay(ObservableValue<Viewport> viewport, Supplier<Layout> layout) {
        this.viewport = viewport;
        this.layout = layout;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("edit-overlay");
        band.getStyleClass().add("selection-band");
        link.getStyleClass().add("new-dependency");
        band.setVisible(false);
        link.setVisible(false);
        frames.setManaged(false);
        getChildren().addAll(frames, band, link);
        viewport.addListener((obs, was, now) -> redrawFrames());
    }

    /** Frames these services (the others of a multiple selection). */
    public void frame(Collection<ServiceId> ids) {
        framed = List.copyOf(ids);
        redrawFrames();
    }

    /** Draws the frames again, after the layout changed. */
    public void redrawFrames() {
        Viewport v = viewport.getValue();
        frames.getChildren().clear();
        for (ServiceId id : framed) {
            layout.get().node(id).ifPresent(b -> {
                Rectangle r = screenRect(v, b.inflate(4));
                r.getStyleClass().add("selection-frame");
                frames.getChildren().add(r);
            });
        }
    }

    private static Rectangle screenRect(Viewport v, Box b) {
        double x = v.toScreenX(b.x());
        double y = v.toScreenY(b.y());
        Rectangle r = new Rectangle(x, y, v.toScreenX(b.maxX()) - x, v.toScreenY(b.maxY()) - y);
        r.setArcWidth(10);
        r.setArcHeight(10);
        return r;
    }

    /** Shows the rectangle being dragged between two screen points. */
    void band(double x1, double y1, double x2, double y2) {
        band.setX(Math.min(x1, x2));
        band.setY(Math.min(y1, y2));
        band.setWidth(Math.abs(x2 - x1));
        band.setHeight(Math.abs(y2 - y1));
        band.setVisible(true);
    }

    /** Shows the dependency being drawn from one screen point to another. */
    void link(double x1, double y1, double x2, double y2) {
        link.setStartX(x1);
        link.setStartY(y1);
        link.setEndX(x2);
        link.setEndY(y2);
        link.setVisible(true);
    }

    /** Hides the rectangle and the dependency being drawn. */
    void clearDrag() {
        band.setVisible(false);
        link.setVisible(false);
    }
}
