package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.constraints.IntRange;

/** The bit-parallel exposure against one oracle knockout per service. */
class SingleFaultExposureProperties {

    @Property(tries = 800)
    void everyExposureListsExactlyTheOtherServicesWhoseLossAloneTakesTheTargetDown(
            @ForAll("smallGraphs") Graph graph, @ForAll @IntRange(min = 0, max = 3) int listLimit,
            @ForAll @IntRange(min = 0, max = 7) int ignoredSeed) {
        assertAgreesWithTheOracle(graph, listLimit, ignoredSeed);
    }

    /** Several passes of 64 sources, so that the tallies of different threads are merged. */
    @Property(tries = 25)
    void largerGraphsAgreeWithTheOracleToo(@ForAll("largerGraphs") Graph graph,
                                           @ForAll @IntRange(min = 0, max = 5) int listLimit) {
        assertAgreesWithTheOracle(graph, listLimit, 3);
    }

    private static void assertAgreesWithTheOracle(Graph graph, int listLimit, int ignoredSeed) {
        List<ServiceId> ids = graph.services().stream().map(Service::id).toList();
        Set<ServiceId> ignored = new TreeSet<>();
        Set<ServiceId> targets = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if ((i + ignoredSeed) % 5 == 0) {
                ignored.add(ids.get(i));
            }
            if ((i + ignoredSeed) % 3 != 1) {
                targets.add(ids.get(i));
            }
        }

        List<Exposure> exposures = SingleFaultExposure.of(new PropagationEngine(graph), targets, ignored, listLimit);

        List<Exposure> expected = new ArrayList<>();
        for (ServiceId t : targets) {
            List<ServiceId> culprits = new ArrayList<>();
            for (ServiceId s : new TreeSet<>(ids)) {
                if (!s.equals(t) && !ignored.contains(s) && BruteForceSemantics.downSet(graph, Set.of(s)).contains(t)) {
                    culprits.add(s);
                }
            }
            expected.add(new Exposure(t, culprits.size(), culprits.subList(0, Math.min(listLimit, culprits.size()))));
        }
        assertThat(exposures).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<Graph> smallGraphs() {
        return RandomGraphs.graphs();
    }

    @Provide
    Arbitrary<Graph> largerGraphs() {
        return RandomGraphs.graphs(150, 2);
    }
}
