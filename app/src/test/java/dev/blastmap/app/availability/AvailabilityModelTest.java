package dev.blastmap.app.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.availability.Method;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Needs the toolkit only for its tasks; no window. */
@ExtendWith(ApplicationExtension.class)
class AvailabilityModelTest {

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(GraphDocument.empty());

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static GraphDocument reliableShop() {
        Graph g = Graph.of(Service.builder("web").customerFacing(true).availability(0.999).dependsOn("db").build(),
                Service.builder("db").availability(0.99).build(), Service.of("dns"));
        return new GraphDocument(g, "shop", null, List.of());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensAGraphWithAvailabilitiesAndComputesEveryFigureInTheBackground(FxRobot robot) throws TimeoutException {
        AvailabilityModel model = new AvailabilityModel(document, tasks);
        robot.interact(() -> document.set(reliableShop()));

        waitFor(() -> model.resultProperty().get() != null);

        assertThat(model.applicableProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.of(ServiceId.of("web")).orElseThrow().availability()).isCloseTo(0.999 * 0.99, within(1e-12));
        assertThat(model.of(ServiceId.of("web")).orElseThrow().method()).isEqualTo(Method.EXACT);
        assertThat(model.importanceOf(ServiceId.of("web")).orElseThrow().components()).hasSize(2);
    }

    @Test
    void theHeatMapIsThereOnlyWhileSwitchedOnAndGivesHotterServicesMoreHeat(FxRobot robot) throws TimeoutException {
        AvailabilityModel model = new AvailabilityModel(document, tasks);
        robot.interact(() -> document.set(reliableShop()));
        waitFor(() -> model.resultProperty().get() != null);
        assertThat(model.heatProperty().get()).isNull();

        robot.interact(() -> model.heatMapProperty().set(true));

        var heat = model.heatProperty().get();
        assertThat(heat).isNotNull();
        assertThat(heat.apply(ServiceId.of("dns"))).isZero();
        assertThat(heat.apply(ServiceId.of("web"))).isGreaterThan(heat.apply(ServiceId.of("db")) - 1e-9)
                .isLessThan(1);
        robot.interact(() -> model.heatMapProperty().set(false));
        assertThat(model.heatProperty().get()).isNull();
    }

    @Test
    void aGraphWithoutAvailabilitiesHasNothingToShow(FxRobot robot) throws TimeoutException {
        AvailabilityModel model = new AvailabilityModel(document, tasks);
        robot.interact(() -> document.set(reliableShop()));
        waitFor(() -> model.resultProperty().get() != null);

        robot.interact(() -> document.set(Fixtures.shopDocument()));

        assertThat(model.applicableProperty().get()).isFalse();
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.of(ServiceId.of("web"))).isEmpty();
    }

    @Test
    void heatGrowsFromFiveNinesToOneNine() {
        assertThat(AvailabilityModel.heatOf(0)).isZero();
        assertThat(AvailabilityModel.heatOf(1e-6)).isZero();
        assertThat(AvailabilityModel.heatOf(1e-3)).isCloseTo(0.5, within(1e-12));
        assertThat(AvailabilityModel.heatOf(0.1)).isEqualTo(1.0);
        assertThat(AvailabilityModel.heatOf(0.9)).isEqualTo(1.0);
    }
}
