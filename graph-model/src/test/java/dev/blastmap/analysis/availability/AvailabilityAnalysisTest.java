package dev.blastmap.analysis.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AvailabilityAnalysisTest {

    private static ServiceAvailability of(AvailabilityResult result, String id) {
        return result.services().stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static List<ServiceId> ids(String... values) {
        return java.util.Arrays.stream(values).map(ServiceId::of).toList();
    }

    @Test
    void aChainMultipliesTheAvailabilitiesOfEverythingUpstream() {
        Graph g = Graph.of(Service.builder("web").customerFacing(true).dependsOn("api").build(),
                Service.builder("api").availability(0.9995).dependsOn("db").build(),
                Service.builder("db").availability(0.999).build());

        AvailabilityResult r = AvailabilityAnalysis.compute(g);

        assertThat(of(r, "web").availability()).isCloseTo(0.9995 * 0.999, within(1e-15));
        assertThat(of(r, "web").method()).isEqualTo(Method.EXACT);
        assertThat(of(r, "web").ciLow()).isEqualTo(of(r, "web").availability());
        assertThat(of(r, "db").downtimeMinutesPerYear()).isCloseTo(525.96, within(1e-9));
        assertThat(of(r, "db").nines()).isCloseTo(3, within(1e-9));
    }

    @Test
    void redundancyMultipliesTheUnavailabilitiesAndASoftDependencyCostsNothing() {
        Graph g = Graph.of(
                Service.builder("app").dependsOn(Clause.anyOf(ids("db-east", "db-west")))
                        .dependsOn(Clause.on(ServiceId.of("recommendations")).asSoft()).build(),
                Service.builder("db-east").availability(0.99).build(),
                Service.builder("db-west").availability(0.99).build(),
                Service.builder("recommendations").availability(0.5).build());

        AvailabilityResult r = AvailabilityAnalysis.compute(g);

        assertThat(of(r, "app").unavailability()).isCloseTo(0.01 * 0.01, within(1e-15));
    }

    @Test
    void aQuorumOfTwoOfThreeIsDownWhenTwoAreDown() {
        Graph g = Graph.of(Service.builder("store").dependsOn(Clause.atLeast(2, ids("n1", "n2", "n3"))).build(),
                Service.builder("n1").availability(0.9).build(), Service.builder("n2").availability(0.9).build(),
                Service.builder("n3").availability(0.9).build());

        double q = 0.1;
        assertThat(of(AvailabilityAnalysis.compute(g), "store").unavailability())
                .isCloseTo(3 * q * q * 0.9 + q * q * q, within(1e-15));
    }

    @Test
    void aRingIsUpOnlyWhileEveryMemberIsUpOnItsOwn() {
        Graph g = Graph.of(Service.builder("a").availability(0.9).dependsOn("b").build(),
                Service.builder("b").availability(0.9).dependsOn("c").build(),
                Service.builder("c").availability(0.9).dependsOn("a").build());

        AvailabilityResult r = AvailabilityAnalysis.compute(g);

        assertThat(r.services()).allSatisfy(s -> assertThat(s.availability()).isCloseTo(0.729, within(1e-15)));
    }

    @Test
    void aLongChainIsEnumeratedAcrossManyPassesExactly() {
        List<Service> services = new ArrayList<>();
        double expected = 1;
        for (int i = 0; i < 12; i++) {
            double a = 1 - 0.01 * (i + 1);
            expected *= a;
            Service.Builder b = Service.builder("s" + i).availability(a);
            if (i < 11) {
                b.dependsOn("s" + (i + 1));
            }
            services.add(b.customerFacing(i == 0).build());
        }

        AvailabilityResult r = AvailabilityAnalysis.compute(Graph.of(services));

        assertThat(of(r, "s0").availability()).isCloseTo(expected, within(1e-14));
        assertThat(of(r, "s0").method()).isEqualTo(Method.EXACT);
        ComponentImportance last = r.importance().get(0).components().stream()
                .filter(c -> c.component().value().equals("s11")).findFirst().orElseThrow();
        assertThat(last.birnbaum()).isCloseTo(expected / 0.88, within(1e-14));
        assertThat(last.availabilityIfDown()).isZero();
    }

    @Test
    void aServiceWithTooManyUnreliableServicesUpstreamIsSampledAutomaticallyAndRefusedWhenExactIsDemanded() {
        List<Service> services = new ArrayList<>();
        Service.Builder top = Service.builder("top").customerFacing(true);
        for (int i = 0; i < AvailabilityAnalysis.EXACT_LIMIT + 1; i++) {
            services.add(Service.builder("c" + i).availability(0.999).build());
            top.dependsOn("c" + i);
        }
        services.add(top.build());
        Graph g = Graph.of(services);

        AvailabilityResult r = AvailabilityAnalysis.compute(g);

        assertThat(of(r, "top").method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(of(r, "top").samples()).isEqualTo(AvailabilitySettings.DEFAULT_SAMPLES);
        assertThat(of(r, "top").ciLow()).isLessThan(Math.pow(0.999, 25)).isGreaterThan(0.97);
        assertThat(of(r, "top").ciHigh()).isGreaterThan(Math.pow(0.999, 25)).isLessThan(0.98);
        assertThat(of(r, "c0").method()).isEqualTo(Method.EXACT);
        ServiceImportance fixFirst = r.importance().get(0);
        assertThat(fixFirst.method()).isEqualTo(Method.MONTE_CARLO);
        double birnbaum = Math.pow(0.999, AvailabilityAnalysis.EXACT_LIMIT); // every other one up
        assertThat(fixFirst.components()).hasSize(AvailabilityAnalysis.EXACT_LIMIT + 1).allSatisfy(c -> {
            assertThat(c.birnbaum()).isCloseTo(birnbaum, within(6 * Math.sqrt(birnbaum * (1 - birnbaum)
                    / fixFirst.samples())));
            assertThat(c.availabilityIfDown()).isZero();
            assertThat(c.riskAchievementWorth()).isEqualTo(1 / of(r, "top").unavailability());
        });
        assertThatThrownBy(() -> AvailabilityAnalysis.compute(g, AvailabilitySettings.defaults().withMode(Mode.EXACT),
                Progress.NONE)).isInstanceOf(TooManyUnreliableException.class).hasMessageContaining("'top'");
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() throws Exception {
        Graph g = Graph.of(Service.builder("app").dependsOn(Clause.anyOf(ids("a", "b"))).build(),
                Service.builder("a").availability(0.9).build(), Service.builder("b").availability(0.8).build());
        AvailabilitySettings sampled = AvailabilitySettings.defaults().withMode(Mode.MONTE_CARLO).withSamples(6400);

        AvailabilityResult first = AvailabilityAnalysis.compute(g, sampled, Progress.NONE);
        AvailabilityResult again = AvailabilityAnalysis.compute(g, sampled, Progress.NONE);
        AvailabilityResult other = AvailabilityAnalysis.compute(g, sampled.withSeed(99), Progress.NONE);

        assertThat(again).isEqualTo(first);
        assertThat(other.services()).isNotEqualTo(first.services());
        assertThat(of(first, "app").method()).isEqualTo(Method.MONTE_CARLO);
    }

    @Test
    void aServiceThatNothingCanTakeDownIsExactlyUpEvenWhenSampling() throws Exception {
        Graph g = Graph.of(Service.builder("app").dependsOn("a").build(), Service.of("a"),
                Service.builder("b").availability(0.5).build());

        AvailabilityResult r = AvailabilityAnalysis.compute(g,
                AvailabilitySettings.defaults().withMode(Mode.MONTE_CARLO), Progress.NONE);

        assertThat(of(r, "app").method()).isEqualTo(Method.EXACT);
        assertThat(of(r, "app").availability()).isEqualTo(1.0);
        assertThat(of(r, "b").method()).isEqualTo(Method.MONTE_CARLO);
    }

    @Test
    void progressReachesItsTotalAndCancellingStops() {
        Graph g = Graph.of(Service.builder("a").availability(0.9).build());
        AtomicLong last = new AtomicLong();
        AtomicLong total = new AtomicLong();
        Progress watching = new Progress() {
            @Override
            public void worked(long done, long all) {
                last.accumulateAndGet(done, Math::max);
                total.set(all);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long all) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        AvailabilitySettings sampled = AvailabilitySettings.defaults().withMode(Mode.MONTE_CARLO).withSamples(64_000);

        assertThatThrownBy(() -> AvailabilityAnalysis.compute(g, sampled, cancelled))
                .isInstanceOf(CancellationException.class);
        org.assertj.core.api.Assertions.assertThatCode(() -> AvailabilityAnalysis.compute(g, sampled, watching))
                .doesNotThrowAnyException();
        assertThat(last.get()).isEqualTo(total.get()).isEqualTo(1000);
    }
}
