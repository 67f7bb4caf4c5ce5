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

    /**
     * Sampled importance against the exact one: the same components, no false criticality (exactly 0 where the
     * exact value is 0, exactly 1 where it is 1), every estimate within six standard errors of the exact value
     * (a chance of about 2·10^-9 per figure; the seed is fixed, so this cannot flake), a single point of failure
     * with exactly no availability while it is down, and RAW, criticality and the availability if down derived
     * from Birnbaum and the sampled availability as documented.
     */
    @Property(tries = 150, seed = "16")
    void sampledImportanceListsEveryUnreliableComponentUpstreamWithBirnbaumCloseToTheExactValue(
            @ForAll("graphs") Graph graph) throws Exception {
        long samples = 6400;
        AvailabilityResult sampled = AvailabilityAnalysis.compute(graph, new AvailabilitySettings(Mode.MONTE_CARLO,
                samples, 3), Progress.NONE);
        AvailabilityResult exact = AvailabilityAnalysis.compute(graph, AvailabilitySettings.defaults().withMode(
                Mode.EXACT), Progress.NONE);

        for (ServiceImportance ranking : sampled.importance()) {
            ServiceAvailability figure = sampled.services().stream().filter(s -> s.id().equals(ranking.service()))
                    .findFirst().orElseThrow();
            if (figure.method() == Method.EXACT || figure.unavailability() == 0) {
                assertThat(ranking.components()).as("nothing to divide by").isEmpty();
                continue;
            }
            assertThat(ranking.method()).isEqualTo(Method.MONTE_CARLO);
            assertThat(ranking.samples()).isEqualTo(samples);
            ServiceImportance truth = exact.importance().stream().filter(r -> r.service().equals(ranking.service()))
                    .findFirst().orElseThrow();
            assertThat(ranking.components()).extracting(ComponentImportance::component)
                    .containsExactlyInAnyOrderElementsOf(truth.components().stream()
                            .map(ComponentImportance::component).toList());
            double q = figure.unavailability();
            for (ComponentImportance c : ranking.components()) {
                ComponentImportance exactly = truth.components().stream()
                        .filter(t -> t.component().equals(c.component())).findFirst().orElseThrow();
                double expected = exactly.birnbaum();
                String what = c.component() + " for " + ranking.service();
                if (expected < 1e-12 || expected > 1 - 1e-12) {
                    assertThat(c.birnbaum()).as(what).isCloseTo(Math.rint(expected), within(1e-12));
                } else {
                    double scenariosUp = samples * c.availability() * 0.8; // far fewer is many sigmas away
                    assertThat(c.birnbaum()).as(what).isCloseTo(expected,
                            within(6 * Math.sqrt(expected * (1 - expected) / scenariosUp)));
                }
                assertThat(c.birnbaumLow()).as(what).isLessThanOrEqualTo(c.birnbaum());
                assertThat(c.birnbaumHigh()).as(what).isGreaterThanOrEqualTo(c.birnbaum());
                if (exactly.availabilityIfDown() < 1e-12) {
                    assertThat(c.availabilityIfDown()).as("%s: a single point of failure", what).isZero();
                }
                double downIfDown = c.availabilityIfDown() == 0 ? 1 // down in every scenario with it added
                        : Math.min(1, q + c.availability() * c.birnbaum());
                assertThat(c.availabilityIfDown()).as(what).isCloseTo(1 - downIfDown, within(1e-12));
                assertThat(c.riskAchievementWorth()).as(what).isCloseTo(downIfDown / q, within(1e-9 / q));
                assertThat(c.criticality()).as(what)
                        .isCloseTo(Math.min(1, c.birnbaum() * (1 - c.availability()) / q), within(1e-12));
            }
        }
    }
}
