package dev.blastmap.edit;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Optional;

/**
 * One change to a graph, as the user names it ("Add Service", "Rename checkout"). A graph is an immutable
 * value, so an edit makes a new graph and never changes the one it is given; undo keeps the old graph and
 * needs no inverse.
 *
 * <p>{@link #apply(Graph)} throws {@link IllegalArgumentException} with a sentence for the user when the edit
 * does not fit the graph (an id taken, a dependency already there); the graph given stays as it was.
 */
public sealed interface Edit
        permits AddService, ChangeServices, DeleteServices, DuplicateServices, RenameService {

    /** What the Edit menu calls this edit, e.g. {@code Delete 3 Services}. */
    String name();

    /** The graph after this edit. */
    Graph apply(Graph graph);

    /**
     * What a service of the graph before is called after the edit: the same id, another one after a rename,
     * or empty when the edit deleted it. Knockouts and the selection follow their services through this.
     */
    default Optional<ServiceId> follow(ServiceId id) {
        return Optional.of(id);
    }
}
