package dev.blastmap.app.selection;

import dev.blastmap.model.ServiceId;
import java.util.List;
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
    private long requests;

    /** A model that clears the selection when the document changes. */
    public SelectionModel(ObservableValue<?> document) {
        document.addListener((obs, was, now) -> {
            selected.set(null);
            hovered.set(null);
        });
    }

    /** The selected service, or null. */
    public ObjectProperty<ServiceId> selectedProperty() {
        return selected;
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
