package dev.blastmap.app.selection;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Which service is selected and which is hovered, shared by the canvas, the inspector, the search and the
 * outline; and requests to frame services, which the canvas view carries out.
 */
public final class SelectionModel {

    /**
     * A request to bring services into view. Each carries a new serial number: property listeners compare
     * values with {@code equals}, and the same services framed twice must still be heard twice.
     *
     * @param ids    the services to frame; empty means the whole graph
     * @param serial counts the requests
     */
    public record FrameRequest(List<ServiceId> ids, long serial) {

        /** Copies the ids. */
        public FrameRequest {
            ids = List.copyOf(ids);
        }
    }

    private final ObjectProperty<ServiceId> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<ServiceId> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ReadOnlyObjectWrapper<FrameRequest> frameRequest = new ReadOnlyObjectWrapper<>(this, "frameRequest");
    private final ObservableSet<ServiceId> others = FXCollections.observableSet(new LinkedHashSet<>());
    // one wrapper, kept: a wrapper listens weakly to the set, so a new one per call lost its listeners to the GC
    private final ObservableSet<ServiceId> othersView = FXCollections.unmodifiableObservableSet(others);
    private boolean extending;
    private long requests;

    /**
     * A model that clears the selection when another document opens; an edit of the open document keeps
     * what is still there selected.
     */
    public SelectionModel(ObservableValue<?> document) {
        selected.addListener((obs, was, now) -> {
            if (!extending) {
                others.clear();
            }
        });
        document.addListener((obs, was, now) -> {
            if (now instanceof GraphDocument doc && was instanceof GraphDocument before && doc.isRevisionOf(before)) {
                others.removeIf(id -> !doc.graph().contains(id));
                if (selected.get() != null && !doc.graph().contains(selected.get())) {
                    List<ServiceId> rest = List.copyOf(others);
                    selected.set(null);
                    selectAll(rest);
                }
                if (hovered.get() != null && !doc.graph().contains(hovered.get())) {
                    hovered.set(null);
                }
                return;
            }
            selected.set(null);
            hovered.set(null);
        });
    }

    /** The selected service, or null. */
    public ObjectProperty<ServiceId> selectedProperty() {
        return selected;
    }

    /**
     * The services selected besides {@link #selectedProperty()} (Shift/Ctrl+click, a rectangle); cleared
     * whenever the selected service is set directly.
     */
    public ObservableSet<ServiceId> others() {
        return othersView;
    }

    /** Every selected service: the selected one first, then the others; empty when nothing is selected. */
    public List<ServiceId> selectedIds() {
        List<ServiceId> ids = new ArrayList<>();
        if (selected.get() != null) {
            ids.add(selected.get());
        }
        ids.addAll(others);
        return ids;
    }

    /** Selects these services: the first becomes the selected one, the rest the others. */
    public void selectAll(Collection<ServiceId> ids) {
        List<ServiceId> list = List.copyOf(new LinkedHashSet<>(ids));
        extending = true;
        try {
            others.clear();
            selected.set(list.isEmpty() ? null : list.get(0));
            others.addAll(list.isEmpty() ? List.of() : list.subList(1, list.size()));
        } finally {
            extending = false;
        }
    }

    /** Adds a service to the selection, or takes it out if it is in (Shift/Ctrl+click). */
    public void toggle(ServiceId id) {
        List<ServiceId> ids = new ArrayList<>(selectedIds());
        if (!ids.remove(id)) {
            ids.add(id);
        }
        selectAll(ids);
    }

    /** The service under the mouse, or null. */
    public ObjectProperty<ServiceId> hoveredProperty() {
        return hovered;
    }

    /** The last frame request. */
    public ReadOnlyObjectProperty<FrameRequest> frameRequestProperty() {
        return frameRequest.getReadOnlyProperty();
    }

    /** Selects a service and brings it into view. */
    public void reveal(ServiceId id) {
        selected.set(id);
        frame(List.of(id));
    }

    /** Asks the canvas to bring these services into view; no services means fit the whole graph. */
    public void frame(List<ServiceId> ids) {
        frameRequest.set(new FrameRequest(ids, ++requests));
    }
}
