package dev.blastmap.app.focus;

import dev.blastmap.analysis.Reachability;
import dev.blastmap.analysis.Reachability.Direction;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Focus mode: the canvas shows only the services within so many hops of the selected one, following
 * dependencies, dependents or both, as terraform's blast-radius focus and Backstage's catalog graph do. The
 * neighbourhood follows the selection; analyses still run on the whole graph, focus only hides.
 */
public final class FocusModel {

    /** The deepest neighbourhood the slider offers. */
    public static final int MAX_DEPTH = 6;

    private final ObservableValue<GraphDocument> document;
    private final SelectionModel selection;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 1);
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.BOTH);
    private final ReadOnlyObjectWrapper<ServiceId> center = new ReadOnlyObjectWrapper<>(this, "center");
    private final ReadOnlyObjectWrapper<Set<ServiceId>> shown = new ReadOnlyObjectWrapper<>(this, "shown", Set.of());

    /** A focus on the selection of {@code document}. */
    public FocusModel(ObservableValue<GraphDocument> document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        document.addListener((obs, was, now) -> {
            center.set(null);
            active.set(false);
            refresh();
        });
        selection.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && active.get()) {
                center.set(now);
                refresh();
            }
        });
        active.addListener((obs, was, now) -> {
            if (now) {
                center.set(selection.selectedProperty().get());
            }
            refresh();
        });
        depth.addListener((obs, was, now) -> refresh());
        direction.addListener((obs, was, now) -> refresh());
    }

    /** Whether the focus is on; turning it on with nothing selected turns it straight off again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** How many hops from the center are shown, from 1 to {@link #MAX_DEPTH}. */
    public IntegerProperty depthProperty() {
        return depth;
    }

    /** Which edges the neighbourhood follows. */
    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** The service the neighbourhood is around, or null. */
    public ReadOnlyObjectProperty<ServiceId> centerProperty() {
        return center.getReadOnlyProperty();
    }

    /** The services shown while focused; empty when the focus is off (everything is shown). */
    public ReadOnlyObjectProperty<Set<ServiceId>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Turns the focus on around the selection, or off. */
    public void toggle() {
        active.set(!active.get());
    }

    private void refresh() {
        Graph graph = document.getValue().graph();
        ServiceId around = center.get();
        if (!active.get() || around == null || !graph.contains(around)) {
            if (active.get()) {
                active.set(false);
                return;
            }
            shown.set(Set.of());
            return;
        }
        int hops = Math.max(1, Math.min(MAX_DEPTH, depth.get()));
        shown.set(Set.copyOf(Reachability.neighbourhood(graph, around, hops, direction.get()).keySet()));
    }
}
