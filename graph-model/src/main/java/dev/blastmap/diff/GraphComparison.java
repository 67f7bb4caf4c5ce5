package dev.blastmap.diff;

import dev.blastmap.analysis.Exposure;
import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.RecentKnockouts;
import dev.blastmap.analysis.SingleFaultExposure;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.diff.GraphDiff.Dependency;
import dev.blastmap.diff.GraphDiff.FieldChange;
import dev.blastmap.diff.GraphDiff.Radius;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.ServiceChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.PlainNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two versions of a graph: services and dependencies by id, then every service's single-fault
 * figures in each version, exactly as docs/semantics.md defines them (the SPOF ranking and
 * {@link SingleFaultExposure}, both bit-parallel), and the single points of failure of customer-facing
 * services that appeared or disappeared.
 */
public final class GraphComparison {

    /** New or removed single points of failure that get a cause chain; the rest are listed without. */
    public static final int EXPLAINED = 100;

    private GraphComparison() {
    }

    /** The diff from {@code before} to {@code after}. */
    public static GraphDiff compare(Graph before, String oldSource, Graph after, String newSource) {
        PropagationEngine oldEngine = new PropagationEngine(before);
        PropagationEngine newEngine = new PropagationEngine(after);
        Map<ServiceId, Radius> oldRadius = radii(oldEngine);
        Map<ServiceId, Radius> newRadius = radii(newEngine);

        List<ServiceId> added = new ArrayList<>();
        List<ServiceId> removed = new ArrayList<>();
        List<ServiceChange> changed = new ArrayList<>();
        List<RadiusChange> radiusChanges = new ArrayList<>();
        for (ServiceId id : union(ids(before), ids(after))) {
            Service was = before.service(id).orElse(null);
            Service is = after.service(id).orElse(null);
            if (was == null) {
                added.add(id);
            } else if (is == null) {
                removed.add(id);
            } else {
                List<FieldChange> fields = fieldChanges(was, is);
                if (!fields.isEmpty()) {
                    changed.add(new ServiceChange(id, fields));
                }
                if (!oldRadius.get(id).equals(newRadius.get(id))) {
                    radiusChanges.add(new RadiusChange(id, oldRadius.get(id), newRadius.get(id)));
                }
            }
        }
        radiusChanges.sort(Comparator.comparingInt((RadiusChange c) -> -Math.abs(c.after().down() - c.before().down()))
                .thenComparing(RadiusChange::id));
        Set<Dependency> oldEdges = edges(before);
        Set<Dependency> newEdges = edges(after);
        return new GraphDiff(oldSource, newSource, added, removed, changed, minus(newEdges, oldEdges),
                minus(oldEdges, newEdges), radiusChanges,
                spofChanges(spofPairs(newRadius), spofPairs(oldRadius), newEngine),
                spofChanges(spofPairs(oldRadius), spofPairs(newRadius), oldEngine));
    }

    private static Map<ServiceId, Radius> radii(PropagationEngine engine) {
        List<ServiceId> all = ids(engine.graph());
        Map<ServiceId, Integer> exposure = new HashMap<>();
        for (Exposure x : SingleFaultExposure.of(engine, all, List.of(), 0)) {
            exposure.put(x.target(), x.count());
        }
        Map<ServiceId, Radius> radii = new HashMap<>();
        for (SpofEntry e : SpofRanking.rank(engine, Progress.NONE)) {
            radii.put(e.id(), new Radius(e.down(), e.weighted(), e.customerFacingDown(), exposure.get(e.id())));
        }
        return radii;
    }

    /** (culprit, customer-facing service) pairs, culprit ≠ service, sorted by service then culprit. */
    private static Set<Pair> spofPairs(Map<ServiceId, Radius> radii) {
        Set<Pair> pairs = new TreeSet<>(Comparator.comparing(Pair::target).thenComparing(Pair::culprit));
        radii.forEach((culprit, radius) -> {
            for (ServiceId target : radius.customerFacingDown()) {
                if (!target.equals(culprit)) {
                    pairs.add(new Pair(culprit, target));
                }
            }
        });
        return pairs;
    }

    /** A service whose loss alone takes down a customer-facing service. */
    private record Pair(ServiceId culprit, ServiceId target) {
    }

    /** The pairs of {@code these} not in {@code those}, explained in the engine's graph. */
    private static List<SpofChange> spofChanges(Set<Pair> these, Set<Pair> those, PropagationEngine engine) {
        List<SpofChange> changes = new ArrayList<>();
        RecentKnockouts knockouts = new RecentKnockouts(engine);
        for (Pair pair : these) {
            if (those.contains(pair)) {
                continue;
            }
            List<ServiceId> chain = List.of();
            if (changes.size() < EXPLAINED) {
                chain = knockouts.chain(pair.culprit(), pair.target());
            }
            changes.add(new SpofChange(pair.culprit(), pair.target(), chain));
        }
        return changes;
    }

    private static List<FieldChange> fieldChanges(Service was, Service is) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "label", was.label(), is.label());
        field(fields, "kind", was.kind().id(), is.kind().id());
        field(fields, "region", was.region(), is.region());
        field(fields, "zone", was.zone(), is.zone());
        field(fields, "group", was.group(), is.group());
        field(fields, "tags", String.join(", ", was.tags()), String.join(", ", is.tags()));
        field(fields, "weight", PlainNumber.of(was.weight()), PlainNumber.of(is.weight()));
        field(fields, "customerFacing", Boolean.toString(was.customerFacing()), Boolean.toString(is.customerFacing()));
        field(fields, "description", was.description(), is.description());
        if (!was.dependsOn().equals(is.dependsOn())) {
            fields.add(new FieldChange("dependsOn", ClauseText.of(was.dependsOn()), ClauseText.of(is.dependsOn())));
        }
        return fields;
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, Objects.requireNonNullElse(before, ""), Objects.requireNonNullElse(after, "")));
        }
    }

    private static Set<Dependency> edges(Graph graph) {
        Set<Dependency> edges = new TreeSet<>();
        for (Service s : graph.services()) {
            for (ServiceId d : s.dependencies()) {
                edges.add(new Dependency(s.id(), d));
            }
        }
        return edges;
    }

    private static List<Dependency> minus(Set<Dependency> a, Set<Dependency> b) {
        return a.stream().filter(d -> !b.contains(d)).toList();
    }

    private static List<ServiceId> ids(Graph graph) {
        return graph.services().stream().map(Service::id).toList();
    }

    private static Set<ServiceId> union(List<ServiceId> a, List<ServiceId> b) {
        Set<ServiceId> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
