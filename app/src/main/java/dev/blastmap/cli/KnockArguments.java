package dev.blastmap.cli;

import dev.blastmap.analysis.Selector;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --knock} values of analyze, render and report, and of the window, resolved against a graph: the
 * one place that turns selectors into services and says which match nothing.
 */
public final class KnockArguments {

    private KnockArguments() {
    }

    /**
     * The services the {@code --knock} values name, in the order given.
     *
     * @param command the subcommand, for the messages, e.g. {@code analyze}
     * @throws BadInputException naming every value that matches nothing, one line each
     */
    public static Set<ServiceId> resolve(Collection<String> knocks, Graph graph, String command) {
        return resolve(knocks, graph, command, "--knock");
    }

    /** Like {@link #resolve(Collection, Graph, String)} for an option of another name, e.g. {@code --target}. */
    public static Set<ServiceId> resolve(Collection<String> knocks, Graph graph, String command, String option) {
        Set<ServiceId> ids = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String knock : knocks) {
            try {
                ids.addAll(Selector.parse(knock).resolve(graph));
            } catch (IllegalArgumentException e) {
                problems.add("blastmap " + command + ": error: " + option + " " + knock + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return ids;
    }
}
