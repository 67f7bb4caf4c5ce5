package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * How much a change lowers the total weighted single-fault impact, without ranking the whole changed graph.
 * Every change weighed only weakens some clauses (of one service, or, for a replica of x, every hard clause
 * naming x), so it can only bring services back up, and only in the single failures that took an owner of a
 * changed clause down (or x, which the replica shadows): in any other, no derivation of the old down set used
 * a changed clause, so it is still the least fixpoint. Those failures, found once in the original graph, are
 * knocked out again in the changed graph, 64 per pass. A replica's own failure costs nothing: it weighs
 * nothing and no clause breaks on it alone. Immutable after construction: changes may be weighed on several
 * threads at once.
 */
final class ImpactReduction {

    private final Graph graph;
    private final Map<ServiceId, Double> weighted = new HashMap<>();
    /** For each watched service, the services whose failure alone takes it down (itself included). */
    private final Map<ServiceId, List<ServiceId>> takenDownBy = new HashMap<>();

    ImpactReduction(Graph graph, List<SpofEntry> ranking, Collection<ServiceId> watched) {
        this.graph = graph;
        ranking.forEach(e -> weighted.put(e.id(), e.weighted()));
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        int n = propagation.size();
        int[] watchedIndexes = watched.stream().distinct().mapToInt(propagation::indexOf).toArray();
        for (int w : watchedIndexes) {
            takenDownBy.put(propagation.id(w), new ArrayList<>());
        }
        ScenarioPropagation.Pass pass = propagation.pass();
        for (int offset = 0; offset < n; offset += ScenarioPropagation.SCENARIOS) {
            int count = Math.min(ScenarioPropagation.SCENARIOS, n - offset);
            for (int bit = 0; bit < count; bit++) {
                pass.knockOut(offset + bit, 1L << bit);
            }
            pass.propagate();
            for (int w : watchedIndexes) {
                List<ServiceId> sources = takenDownBy.get(propagation.id(w));
                for (long m = pass.down(w); m != 0; m &= m - 1) {
                    sources.add(propagation.id(offset + Long.numberOfTrailingZeros(m)));
                }
            }
            pass.clear();
        }
    }

    /** The services whose single failures (the ones that take them down) a change can improve. */
    static List<ServiceId> watched(Change change, Graph graph) {
        if (change instanceof Change.MakeSoft m) {
            return List.of(m.service());
        } else if (change instanceof Change.RemoveDependency r) {
            return List.of(r.service());
        }
        ServiceId x = ((Change.AddReplica) change).service();
        List<ServiceId> owners = new ArrayList<>(List.of(x));
        for (Service s : graph.services()) {
            if (s.dependsOn().stream().anyMatch(c -> !c.soft() && c.members().contains(x))) {
                owners.add(s.id());
            }
        }
        return owners;
    }

    /** The drop in total weighted single-fault impact the change makes. */
    double of(Change change) {
        Graph changed = change.applyTo(graph);
        Set<ServiceId> affectedSet = new LinkedHashSet<>();
        watched(change, graph).forEach(v -> affectedSet.addAll(takenDownBy.get(v)));
        List<ServiceId> affected = List.copyOf(affectedSet);
        ScenarioPropagation propagation = ScenarioPropagation.of(changed);
        List<Service> services = changed.services();
        ScenarioPropagation.Pass pass = propagation.pass();
        double[] after = new double[ScenarioPropagation.SCENARIOS];
        double reduction = 0;
        for (int offset = 0; offset < affected.size(); offset += ScenarioPropagation.SCENARIOS) {
            int count = Math.min(ScenarioPropagation.SCENARIOS, affected.size() - offset);
            for (int bit = 0; bit < count; bit++) {
                pass.knockOut(propagation.indexOf(affected.get(offset + bit)), 1L << bit);
            }
            pass.propagate();
            java.util.Arrays.fill(after, 0);
            for (int i = 0, down = pass.downCount(); i < down; i++) {
                int s = pass.downService(i);
                double weight = services.get(s).weight();
                for (long m = pass.down(s); m != 0; m &= m - 1) {
                    after[Long.numberOfTrailingZeros(m)] += weight;
                }
            }
            for (int bit = 0; bit < count; bit++) {
                reduction += weighted.get(affected.get(offset + bit)) - after[bit];
            }
            pass.clear();
        }
        return reduction;
    }
}
