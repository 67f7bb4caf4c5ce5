package dev.blastmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static List<String> ids(List<ServiceId> ids) {
        return ids.stream().map(ServiceId::value).toList();
    }

    @Test
    void aReportNamesTheGraphTheMomentAndTheVersion() {
        Report report = ReportFixtures.shopReport();

        assertThat(report.title()).isEqualTo("Tiny web shop");
        assertThat(report.generatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-15T09:30:00Z"));
        assertThat(report.version()).isEqualTo("0.1.0-test");
        assertThat(report.picture()).isEqualTo(ReportFixtures.PICTURE);
    }

    @Test
    void theSpreadGroupsDownServicesByTimeAndWave() {
        Report report = ReportFixtures.shopReport();

        assertThat(report.spread()).extracting(Wave::number).containsExactly(0, 1, 2);
        assertThat(report.spread().get(1).services()).extracting(o -> o.id().value())
                .containsExactly("catalog", "checkout");
        assertThat(report.spread().get(2).services()).singleElement()
                .satisfies(o -> assertThat(ids(o.causeChain())).containsExactly("web", "catalog", "db-replica"));
    }

    @Test
    void aDelayedDependencyMakesItsOwnWaveLater() {
        Report report = Report.of(ReportFixtures.shop(), ReportFixtures.selectors("dns"), ReportFixtures.SETTINGS);

        assertThat(report.spread()).extracting(Wave::number, Wave::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, Duration.ZERO),
                org.assertj.core.groups.Tuple.tuple(1, Duration.ZERO),
                org.assertj.core.groups.Tuple.tuple(2, Duration.ZERO),
                org.assertj.core.groups.Tuple.tuple(1, Duration.ofMinutes(10)),
                org.assertj.core.groups.Tuple.tuple(2, Duration.ofMinutes(10)));
    }

    @Test
    void everyServiceHasItsStateAndItsOwnSpofFigures() {
        Report report = ReportFixtures.shopReport();

        assertThat(report.services()).hasSize(12);
        assertThat(report.services()).filteredOn(o -> o.id().value().equals("lb")).singleElement()
                .satisfies(o -> {
                    assertThat(o.state()).isEqualTo(ServiceState.HEALTHY);
                    assertThat(o.ownFailure().collateral()).isEqualTo(1);
                });
        assertThat(report.services()).filteredOn(o -> o.state() == ServiceState.KNOCKED_OUT)
                .extracting(o -> o.id().value()).containsExactly("db-primary", "db-replica");
    }

    @Test
    void theSpofListIsCutAtTheTopAskedFor() {
        Report report = ReportFixtures.shopReport();

        assertThat(report.topSpofs()).hasSize(5);
        assertThat(report.topSpofs().get(0).id().value()).isEqualTo("dns");
    }

    @Test
    void aSelectorKnocksOutEveryServiceItNames() {
        Report report = Report.of(ReportFixtures.shop(), ReportFixtures.selectors("zone:az1"), ReportFixtures.SETTINGS);

        assertThat(report.knockedOutAsGiven()).containsExactly("zone:az1");
        assertThat(ids(report.knockedOut())).containsExactly("db-primary", "cache-1");
        assertThat(report.impact().down()).isEqualTo(2);
    }

    @Test
    void aSelectorThatNamesNothingIsRefused() {
        assertThatThrownBy(() -> Report.of(ReportFixtures.shop(), ReportFixtures.selectors("nope"), ReportFixtures.SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void nothingKnockedOutReportsTheHealthyGraph() {
        Report report = Report.of(ReportFixtures.shop(), List.of(), ReportFixtures.SETTINGS);

        assertThat(report.knockedOut()).isEmpty();
        assertThat(report.spread()).isEmpty();
        assertThat(report.impact().down()).isZero();
        assertThat(report.topSpofs()).isNotEmpty();
    }

    @Test
    void aScenarioReportDetailsItsPeakStep() {
        Report report = ReportFixtures.shopScenarioReport();
        ScenarioOutcome outcome = report.scenario().orElseThrow();

        assertThat(outcome.steps()).extracting(s -> s.impact().down()).containsExactly(5, 7, 0);
        assertThat(outcome.peak()).isEqualTo(2);
        assertThat(ids(report.knockedOut())).containsExactly("dns", "db-primary", "cache-1");
        assertThat(ids(outcome.steps().get(1).newlyDown())).containsExactly("cache-1", "db-primary");
        assertThat(ids(outcome.steps().get(2).recovered())).hasSize(7);
    }

    @Test
    void theAppsKnockoutOfServicesIsReportedByTheirIds() {
        Report report = Report.ofServices(ReportFixtures.shop(), List.of(ServiceId.of("payments")),
                ReportFixtures.SETTINGS);

        assertThat(report.knockedOutAsGiven()).containsExactly("payments");
        assertThat(ids(report.impact().customerFacingDown())).containsExactly("checkout");
    }

    @Test
    void aScenarioOfAnotherGraphIsRefused() {
        Graph shop = ReportFixtures.shop();
        Scenario stranger = new Scenario("elsewhere", "Elsewhere", "", List.of());

        assertThatThrownBy(() -> Report.ofScenario(shop, stranger, ReportFixtures.SETTINGS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elsewhere");
    }

    @Test
    void anUnnamedGraphGetsATitle() {
        Report report = Report.of(ReportFixtures.shop().withTitle("", ""), List.of(), ReportFixtures.SETTINGS);

        assertThat(report.title()).isEqualTo("Untitled graph");
    }
}
