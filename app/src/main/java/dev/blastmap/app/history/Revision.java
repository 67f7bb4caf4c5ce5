package dev.blastmap.app.history;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the undo history: the graph and what was knocked out in it after an action.
 *
 * @param graph      the graph after the action
 * @param knockedOut what was knocked out after it, in the order it was knocked out; services of the graph
 * @param action     what the Edit menu calls the action that led here ("Knock Out", "Add Service");
 *                   empty for the first entry
 */
public record Revision(Graph graph, Set<ServiceId> knockedOut, String action) {

    /** Copies the set. */
    public Revision {
        Objects.requireNonNull(graph, "graph");
        knockedOut = Collections.unmodifiableSet(new LinkedHashSet<>(knockedOut));
        action = Objects.requireNonNullElse(action, "");
    }

    /** The first entry for a graph just opened: nothing knocked out. */
    public static Revision opened(Graph graph) {
        return new Revision(graph, Set.of(), "");
    }

    /** True if {@code other} shows the same graph (the same value) with the same knocked-out set. */
    boolean sameState(Revision other) {
        return graph == other.graph && knockedOut.equals(other.knockedOut);
    }
}
