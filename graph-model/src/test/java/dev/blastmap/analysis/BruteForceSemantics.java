package dev.blastmap.analysis;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The oracle: docs/semantics.md transcribed as naively as possible, with no concern for speed, so that the
 * engine can be checked against it. Down set by repeated sweeps to the least fixpoint; keys by repeated
 * relaxation from "never" until nothing changes; the ranking by one knockout per service.
 */
public final class BruteForceSemantics {

    /** A key: time first, then wave. */
    record Key(Duration time, int wave) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byTime = time.compareTo(o.time);
            return byTime != 0 ? byTime : Integer.compare(wave, o.wave);
        }
    }

    private BruteForceSemantics() {
    }

    /** The down set D: the least fixpoint of "in K, or some hard clause has fewer than k members up". */
    public static Set<ServiceId> downSet(Graph graph, Set<ServiceId> knockedOut) {
        Set<ServiceId> down = new HashSet<>(knockedOut);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Service s : graph.services()) {
                if (down.contains(s.id())) {
                    continue;
                }
                for (Clause c : s.dependsOn()) {
                    long up = c.members().stream().filter(m -> !down.contains(m)).count();
                    if (!c.soft() && up < c.need()) {
                        down.add(s.id());
                        changed = true;
                        break;
                    }
                }
            }
        }
        return down;
    }

    /** Every down service's failure (key, cause, clause), by repeated relaxation. */
    static Map<ServiceId, Failure> failures(Graph graph, Set<ServiceId> knockedOut) {
        Set<ServiceId> down = downSet(graph, knockedOut);
        Map<ServiceId, Key> key = new HashMap<>();
        Map<ServiceId, Failure> result = new HashMap<>();
        for (ServiceId id : knockedOut) {
            key.put(id, new Key(Duration.ZERO, 0));
            result.put(id, new Failure(id, Duration.ZERO, 0, null, -1));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Service s : graph.services()) {
                if (!down.contains(s.id()) || knockedOut.contains(s.id())) {
                    continue;
                }
                Key best = null;
                ServiceId bestCause = null;
                int bestClause = -1;
                for (int i = 0; i < s.dependsOn().size(); i++) {
                    Clause c = s.dependsOn().get(i);
                    if (c.soft()) {
                        continue;
                    }
                    // Members with a known key, sorted by (key, id); members up or not yet keyed count as never.
                    List<ServiceId> keyed = new ArrayList<>(c.members().stream().filter(key::containsKey).toList());
                    keyed.sort(Comparator.comparing((ServiceId m) -> key.get(m)).thenComparing(m -> m));
                    if (keyed.size() < c.failuresToBreak()) {
                        continue;
                    }
                    ServiceId breaker = keyed.get(c.failuresToBreak() - 1);
                    Key at = key.get(breaker);
                    Key candidate = new Key(at.time().plus(c.delay()), at.wave() + 1);
                    if (best == null || candidate.compareTo(best) < 0) {
                        best = candidate;
                        bestCause = breaker;
                        bestClause = i;
                    }
                }
                if (best != null) {
                    Failure f = new Failure(s.id(), best.time(), best.wave(), bestCause, bestClause);
                    if (!f.equals(result.get(s.id()))) {
                        key.put(s.id(), best);
                        result.put(s.id(), f);
                        changed = true;
                    }
                }
            }
        }
        if (!result.keySet().equals(down)) {
            throw new AssertionError("every down service gets a key: " + result.keySet() + " vs " + down);
        }
        return result;
    }

    /** Up services with a down member in any clause, hard or soft, sorted by id. */
    static Set<ServiceId> degraded(Graph graph, Set<ServiceId> down) {
        Set<ServiceId> degraded = new TreeSet<>();
        for (Service s : graph.services()) {
            if (!down.contains(s.id()) && s.dependencies().stream().anyMatch(down::contains)) {
                degraded.add(s.id());
            }
        }
        return degraded;
    }

    /** The impact; weights summed in file order. */
    static Impact impact(Graph graph, Set<ServiceId> knockedOut, Set<ServiceId> down) {
        double weighted = 0;
        List<ServiceId> customerFacing = new ArrayList<>();
        for (Service s : graph.services()) {
            if (down.contains(s.id())) {
                weighted += s.weight();
                if (s.customerFacing()) {
                    customerFacing.add(s.id());
                }
            }
        }
        customerFacing.sort(null);
        return new Impact(down.size(), down.size() - knockedOut.size(), weighted, customerFacing);
    }

    /** The whole blast radius, down services sorted by (time, wave, id). */
    static BlastRadius knockOut(Graph graph, Set<ServiceId> knockedOut) {
        Map<ServiceId, Failure> failures = failures(graph, knockedOut);
        List<Failure> down = new ArrayList<>(failures.values());
        down.sort(Comparator.comparing(Failure::time).thenComparingInt(Failure::wave).thenComparing(Failure::id));
        return new BlastRadius(new LinkedHashSet<>(knockedOut), down, degraded(graph, failures.keySet()),
                impact(graph, knockedOut, failures.keySet()));
    }

    /** Every service knocked out alone, sorted by weighted impact, collateral, id. */
    static List<SpofEntry> ranking(Graph graph) {
        List<SpofEntry> entries = new ArrayList<>();
        for (Service s : graph.services()) {
            Set<ServiceId> k = Set.of(s.id());
            Impact impact = impact(graph, k, downSet(graph, k));
            entries.add(new SpofEntry(s.id(), impact.down(), impact.collateral(), impact.weighted(),
                    impact.customerFacingDown()));
        }
        entries.sort(Comparator.comparingDouble(SpofEntry::weighted).reversed()
                .thenComparing(Comparator.comparingInt(SpofEntry::collateral).reversed())
                .thenComparing(SpofEntry::id));
        return entries;
    }
}
