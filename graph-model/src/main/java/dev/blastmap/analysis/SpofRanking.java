package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import java.util.List;

/**
 * Ranks every service by what knocking it out alone would cost: weighted impact, then collateral (both
 * descending), then id.
 */
public final class SpofRanking {

    private SpofRanking() {
    }

    /** The ranking of every service of the graph, worst first. */
    public static List<SpofEntry> rank(Graph graph) {
        throw new UnsupportedOperationException("not yet written");
    }
}
