package dev.blastmap.app.edit;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.layout.Layout;
import java.util.function.Supplier;

/**
 * Attaches the editing gestures to a graph canvas from outside, through its public API (hit testing, the
 * viewport, mouse events): drawing a dependency, adding a service by double click, Shift/Ctrl+click and
 * rectangle selection. What they draw goes on an {@link EditOverlay} stacked over the canvas.
 */
public final class EditGestures {

    private EditGestures() {
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
