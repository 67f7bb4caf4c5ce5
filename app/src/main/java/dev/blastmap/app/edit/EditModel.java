package dev.blastmap.app.edit;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.history.HistoryModel;
import dev.blastmap.app.history.Revision;
import dev.blastmap.app.layout.LayoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.edit.AddService;
import dev.blastmap.edit.DeleteServices;
import dev.blastmap.edit.DuplicateServices;
import dev.blastmap.edit.Edit;
import dev.blastmap.edit.RenameService;
import dev.blastmap.edit.ServiceIds;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Point;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ObservableValue;

/**
 * The commands that edit the open graph. Each makes an {@link Edit}, applies it to the graph shown and
 * records the result in the one undo history with the edit's name; the knocked-out set and the selection
 * follow their services through the edit (a renamed service stays knocked out and selected, a deleted one
 * is neither), and the knockout shown is computed again at once. A command that does not fit the graph
 * changes nothing and returns the sentence to show.
 */
public final class EditModel {

    private final ObservableValue<GraphDocument> document;
    private final HistoryModel history;
    private final SelectionModel selection;
    private final LayoutModel layouts;
    private final List<java.util.function.Consumer<Edit>> appliedListeners = new java.util.ArrayList<>();

    /** Edits whatever document is open, recording in {@code history}, placing new services through {@code layouts}. */
    public EditModel(ObservableValue<GraphDocument> document, HistoryModel history, SelectionModel selection,
                     LayoutModel layouts) {
        this.document = document;
        this.history = history;
        this.selection = selection;
        this.layouts = layouts;
    }

    /** The graph shown. */
    public Graph graph() {
        return document.getValue().graph();
    }

    /** True while a graph is open (a new, empty one counts), so there is something to edit. */
    public boolean canEdit() {
        GraphDocument doc = document.getValue();
        return doc != null && (!doc.isEmpty() || !doc.title().isEmpty());
    }

    /**
     * Applies an edit; empty when done, else why it was refused (the graph stays as it was). An edit that
     * leaves the graph as it was is not recorded.
     */
    public Optional<String> apply(Edit edit) {
        Graph before = graph();
        Graph after;
        try {
            after = edit.apply(before);
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
        if (after.equals(before)) {
            return Optional.empty(); // nothing changed: not a step to undo
        }
        Set<ServiceId> knockedOut = new LinkedHashSet<>();
        for (ServiceId id : history.current().knockedOut()) {
            edit.follow(id).filter(after::contains).ifPresent(knockedOut::add);
        }
        ServiceId selected = selection.selectedProperty().get();
        history.record(new Revision(after, knockedOut, edit.name()));
        if (selected != null) {
            selection.selectedProperty().set(edit.follow(selected).filter(after::contains).orElse(null));
        }
        appliedListeners.forEach(listener -> listener.accept(edit));
        return Optional.empty();
    }

    /**
     * Tells {@code listener} of every edit applied, once the graph has changed, so that what names services
     * elsewhere (a walkthrough being recorded) can follow them through {@link Edit#follow(ServiceId)}.
     */
    public void onApplied(java.util.function.Consumer<Edit> listener) {
        appliedListeners.add(listener);
    }

    /**
     * Adds a new service with a fresh id ({@code service}, {@code service-2}, …) centred at {@code at} (model
     * coordinates), or beside the selected service when {@code at} is null, and selects it.
     */
    public ServiceId addService(Point at) {
        ServiceId id = ServiceIds.fresh(graph(), "service");
        Point where = at != null ? at : besideSelection();
        if (where != null) {
            layouts.placeNext(Map.of(id, where));
        }
        apply(new AddService(Service.of(id.value())));
        selection.selectedProperty().set(id);
        return id;
    }

    private Point besideSelection() {
        ServiceId selected = selection.selectedProperty().get();
        if (selected == null) {
            return null;
        }
        return layouts.layout().node(selected)
                .map(b -> new Point(b.maxX() + b.width() / 2 + 40, b.centerY())).orElse(null);
    }

    /** What deleting these services would take with them, for the confirmation. */
    public DeleteServices deletion(Set<ServiceId> ids) {
        return new DeleteServices(ids);
    }

    /** Deletes services with their dependencies (the caller has asked the user). */
    public Optional<String> delete(Set<ServiceId> ids) {
        return apply(new DeleteServices(ids));
    }

    /** Gives a service a new id and name; refused with a sentence when the id is not valid or taken. */
    public Optional<String> rename(ServiceId from, String newId, String label) {
        Optional<String> problem = ServiceIds.problem(graph(), newId, from);
        if (problem.isPresent()) {
            return problem;
        }
        return apply(new RenameService(from, ServiceId.of(newId), label));
    }

    /** Copies services beside the originals and selects the copy of the first. */
    public Optional<String> duplicate(List<ServiceId> ids) {
        DuplicateServices edit = new DuplicateServices(ids);
        Map<ServiceId, ServiceId> copies = edit.copies(graph());
        Map<ServiceId, Point> places = new LinkedHashMap<>();
        copies.forEach((original, copy) -> layouts.layout().node(original)
                .ifPresent(b -> places.put(copy, new Point(b.centerX() + 24, b.centerY() + 24))));
        layouts.placeNext(places);
        Optional<String> problem = apply(edit);
        if (problem.isEmpty()) {
            selection.selectedProperty().set(copies.get(ids.get(0)));
        }
        return problem;
    }

    /** The box of a service on screen, if laid out; for placing dialogs and gestures. */
    public Optional<Box> boxOf(ServiceId id) {
        return layouts.layout().node(id);
    }
}
