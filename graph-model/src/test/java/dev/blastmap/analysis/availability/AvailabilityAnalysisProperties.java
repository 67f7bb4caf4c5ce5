package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The analysis against {@link AvailabilityOracle} on random graphs with cycles, k-of-n and soft clauses. */
class AvailabilityAnalysisProperties {

    private static final double TOLERANCE = 1e-12;

    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(10, 3);
    }

    @Property(tries = 300)
    void everyExactFigureEqualsTheEnumerationOfTheDefinition(@ForAll("graphs") Graph graph) throws Exception {
        for (Mode mode : new Mode[] {Mode.AUTOMATIC, Mode.EXACT}) {
            AvailabilityResult result = AvailabilityAnalysis.compute(graph,
                    AvailabilitySettings.defaults().withMode(mode), Progress.NONE);
            Map<ServiceId, Double> expected = AvailabilityOracle.unavailability(graph);

            assertThat(result.services()).extracting(ServiceAvailability::id)
                    .containsExactlyElementsOf(graph.services().stream().map(Service::id).toList());
            for (ServiceAvailability s : result.services()) {
                assertThat(s.method()).isEqualTo(Method.EXACT);
                assertThat(s.unavailability()).as("%s in %s", s.id(), mode)
                        .isCloseTo(expected.get(s.id()), within(TOLERANCE));
            }
        }
    }

    @Property(tries = 200)
    void importanceEqualsTheAvailabilityWithTheComponentMadePerfectAndMadeAlwaysDown(
            @ForAll("graphs") Graph graph) throws Exception {
        AvailabilityResult result = AvailabilityAnalysis.compute(graph,
                AvailabilitySettings.defaults().withMode(Mode.EXACT), Progress.NONE);
        Map<ServiceId, Double> asIs = AvailabilityOracle.unavailability(graph);

        assertThat(result.importance()).extracting(ServiceImportance::service).containsExactlyElementsOf(
                graph.services().stream().filter(Service::customerFacing).map(Service::id).toList());
        for (ServiceImportance ranking : result.importance()) {
            ServiceId service = ranking.service();
            for (Service component : graph.services()) {
                if (!component.isUnreliable()) {
                    continue;
                }
                double ifDown = AvailabilityOracle.unavailability(graph, component.id(), true).get(service);
                double ifPerfect = AvailabilityOracle.unavailability(graph, component.id(), false).get(service);
                var listed = ranking.components().stream().filter(c -> c.component().equals(component.id()))
                        .findFirst();
                if (listed.isEmpty()) {
                    assertThat(ifDown - ifPerfect).as("%s is not upstream of %s", component.id(), service)
                            .isCloseTo(0, within(TOLERANCE));
                    continue;
                }
                ComponentImportance c = listed.get();
                assertThat(c.availability()).isEqualTo(component.availability());
                assertThat(c.birnbaum()).as("Birnbaum of %s for %s", component.id(), service)
                        .isCloseTo(ifDown - ifPerfect, within(TOLERANCE));
                assertThat(c.availabilityIfDown()).isCloseTo(1 - ifDown, within(TOLERANCE));
                double raw = asIs.get(service) > 0 ? ifDown / asIs.get(service) : 1;
                double criticality = asIs.get(service) > 0
                        ? (ifDown - ifPerfect) * (1 - component.availability()) / asIs.get(service) : 0;
                assertThat(c.criticality()).as("criticality of %s for %s", component.id(), service)
                        .isCloseTo(criticality, within(1e-9));
                assertThat(c.riskAchievementWorth()).as("RAW of %s for %s", component.id(), service)
                        .isCloseTo(raw, within(1e-9 * Math.max(1, raw)));
            }
        }
    }

    @Property(tries = 100)
    void theFiguresDoNotDependOnWhetherTheCheapOnesAreEnumeratedOneByOneOrAllTogether(
            @ForAll("graphs") Graph graph) throws Exception {
        AvailabilityResult automatic = AvailabilityAnalysis.compute(graph);
        AvailabilityResult exact = AvailabilityAnalysis.compute(graph,
                AvailabilitySettings.defaults().withMode(Mode.EXACT), Progress.NONE);

        for (int i = 0; i < graph.services().size(); i++) {
            assertThat(automatic.services().get(i).unavailability())
                    .isCloseTo(exact.services().get(i).unavailability(), within(TOLERANCE));
        }
    }

    @Property(tries = 100)
    void aSampledCustomerFacingServiceListsExactlyItsUnreliableSinglePointsOfFailure(@ForAll("graphs") Graph graph)
            throws Exception {
        AvailabilityResult result = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                6400, 3), Progress.NONE);

        for (ServiceImportance ranking : result.importance()) {
            ServiceAvailability figure = result.services().stream().filter(s -> s.id().equals(ranking.service()))
                    .findFirst().orElseThrow();
            if (figure.method() == Method.EXACT) {
                continue; // nothing can take it down: exact, with an empty list
            }
            assertThat(ranking.method()).isEqualTo(Method.MONTE_CARLO);
            for (Service component : graph.services()) {
                boolean single = component.isUnreliable() && AvailabilityOracle.unavailability(graph,
                        component.id(), true).get(ranking.service()) > 1 - 1e-9;
                var listed = ranking.components().stream().filter(c -> c.component().equals(component.id()))
                        .findFirst();
                assertThat(listed.isPresent()).as("%s listed for %s", component.id(), ranking.service())
                        .isEqualTo(single);
                listed.ifPresent(c -> {
                    assertThat(c.availabilityIfDown()).isZero();
                    assertThat(c.birnbaum()).isCloseTo(Math.min(1, figure.availability() / component.availability()),
                            within(1e-12));
                    assertThat(c.riskAchievementWorth()).isCloseTo(1 / figure.unavailability(), within(1e-9));
                });
            }
        }
    }
}
