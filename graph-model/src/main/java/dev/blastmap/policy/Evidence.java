package dev.blastmap.policy;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.RecentKnockouts;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the rules of one check are judged on, computed once and only when a rule needs it: the compiled
 * graph, every single knockout's impact (the SPOF ranking, sorted by id), and knockouts for cause chains.
 * Not thread-safe.
 */
final class Evidence {

    private final PropagationEngine engine;
    private final RecentKnockouts knockouts;
    private List<SpofEntry> byId;
    private final Map<ServiceId, List<List<ServiceId>>> knockoutChains = new HashMap<>();

    Evidence(PropagationEngine engine) {
        this.engine = engine;
        this.knockouts = new RecentKnockouts(engine);
    }

    PropagationEngine engine() {
        return engine;
    }

    Graph graph() {
        return engine.graph();
    }

    RecentKnockouts knockouts() {
        return knockouts;
    }

    /** Every service's single-knockout impact, sorted by id. */
    List<SpofEntry> singleKnockouts() {
        if (byId == null) {
            byId = SpofRanking.rank(engine, Progress.NONE).stream()
                    .sorted(Comparator.comparing(SpofEntry::id)).toList();
        }
        return byId;
    }

    /**
     * The cause chains that explain one service's knockout, computed once per check: maxDown and maxWeighted
     * mostly fail on the same services and explain them the same way.
     */
    List<List<ServiceId>> knockoutChains(ServiceId knockedOut, Function<ServiceId, List<List<ServiceId>>> explain) {
        return knockoutChains.computeIfAbsent(knockedOut, explain);
    }

    /** "a, b, c and 4 more", naming at most {@code shown} ids. */
    static String names(List<ServiceId> ids, int total, int shown) {
        List<String> named = ids.stream().limit(shown).map(ServiceId::value).toList();
        String text = String.join(", ", named);
        return total > named.size() ? text + " and " + (total - named.size()) + " more" : text;
    }
}
