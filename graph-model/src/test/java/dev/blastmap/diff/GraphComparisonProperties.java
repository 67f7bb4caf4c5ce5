package dev.blastmap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.SemanticsOracle;
import dev.blastmap.diff.GraphDiff.Radius;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff's figures against the brute-force oracle, on pairs of random graphs over overlapping ids. */
class GraphComparisonProperties {

    @Property(tries = 300)
    void radiusChangesAndSpofChangesAreExactlyWhatTheOracleSaysOfEachVersion(@ForAll("graphs") Graph before,
                                                                             @ForAll("graphs") Graph after) {
        GraphDiff diff = GraphComparison.compare(before, "a", after, "b");

        List<RadiusChange> expected = new ArrayList<>();
        for (Service s : before.services()) {
            if (after.contains(s.id())) {
                Radius was = radius(before, s.id());
                Radius is = radius(after, s.id());
                if (!was.equals(is)) {
                    expected.add(new RadiusChange(s.id(), was, is));
                }
            }
        }
        assertThat(diff.radiusChanges()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pairs(diff.newSpofs())).isEqualTo(minus(spofPairs(after), spofPairs(before)));
        assertThat(pairs(diff.removedSpofs())).isEqualTo(minus(spofPairs(before), spofPairs(after)));
        for (SpofChange c : diff.newSpofs()) {
            assertThat(c.causeChain()).isEqualTo(SemanticsOracle.knockOut(after, Set.of(c.culprit()))
                    .causeChain(c.customerFacing()));
        }
    }

    private static Radius radius(Graph graph, ServiceId id) {
        BlastRadius radius = SemanticsOracle.knockOut(graph, Set.of(id));
        int exposure = (int) graph.services().stream().filter(s -> !s.id().equals(id)
                && SemanticsOracle.downSet(graph, Set.of(s.id())).contains(id)).count();
        return new Radius(radius.impact().down(), radius.impact().weighted(), radius.impact().customerFacingDown(),
                exposure);
    }

    private static Set<String> spofPairs(Graph graph) {
        Set<String> pairs = new TreeSet<>();
        for (Service culprit : graph.services()) {
            for (ServiceId down : SemanticsOracle.downSet(graph, Set.of(culprit.id()))) {
                if (!down.equals(culprit.id()) && graph.require(down).customerFacing()) {
                    pairs.add(culprit.id() + " takes down " + down);
                }
            }
        }
        return pairs;
    }

    private static Set<String> pairs(List<SpofChange> changes) {
        Set<String> pairs = new TreeSet<>();
        changes.forEach(c -> pairs.add(c.culprit() + " takes down " + c.customerFacing()));
        return pairs;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(6, 3);
    }
}
