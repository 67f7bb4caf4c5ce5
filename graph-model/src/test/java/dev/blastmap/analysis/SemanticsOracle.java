package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Set;

/** {@link BruteForceSemantics} for property tests in other packages: the oracle, not a second copy of it. */
public final class SemanticsOracle {

    private SemanticsOracle() {
    }

    /** The down set D of knocking out K. */
    public static Set<ServiceId> downSet(Graph graph, Set<ServiceId> knockedOut) {
        return BruteForceSemantics.downSet(graph, knockedOut);
    }

    /** The whole blast radius of knocking out K: failures with causes, impact. */
    public static BlastRadius knockOut(Graph graph, Set<ServiceId> knockedOut) {
        return BruteForceSemantics.knockOut(graph, knockedOut);
    }
}
