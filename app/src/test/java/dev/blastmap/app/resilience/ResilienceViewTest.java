package dev.blastmap.app.resilience;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Resilience tab through its real controls, headless. */
@ExtendWith(ApplicationExtension.class)
class ResilienceViewTest {

    /** web needs api; api needs either database; both databases sit in zone-a. */
    private static final Graph SHARED_ZONE = Graph.of(
            Service.builder("web").customerFacing(true).weight(10).dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db-1"), id("db-2")))).build(),
            Service.builder("db-1").dependsOn("zone-a").build(),
            Service.builder("db-2").dependsOn("zone-a").build(),
            Service.of("zone-a"));

    private final BackgroundTasks tasks = new BackgroundTasks();
    private ResilienceModel model;
    private KnockoutModel knockouts;
    private SelectionModel selection;

    @Start
    void start(Stage stage) {
        SimpleObjectProperty<GraphDocument> document =
                new SimpleObjectProperty<>(new GraphDocument(SHARED_ZONE, "Shared zone", null, List.of()));
        knockouts = new KnockoutModel(document);
        selection = new SelectionModel(document);
        model = new ResilienceModel(document, tasks, knockouts, selection);
        stage.setScene(new Scene(new ResilienceView(model, document), 520, 720));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens one of the accordion's sections and lets its expanding animation end, so that a click lands on the
     * button it names rather than where that button was a frame earlier.
     */
    private static void openSection(FxRobot robot, String title, String button) throws TimeoutException {
        robot.clickOn(title);
        waitFor(() -> robot.lookup(button).tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openRecoveryPane(FxRobot robot) throws TimeoutException {
        openSection(robot, "What to restore first", "#resilience-plan");
    }

    @Test
    void clickingAFindingKnocksOutItsCommonCauseAndSelectsTheOwner(FxRobot robot) throws TimeoutException {
        waitFor(() -> model.findings().size() == 1);
        ListView<?> findings = robot.lookup("#resilience-findings").queryAs(ListView.class);
        assertThat(findings.getItems()).hasSize(1);

        robot.clickOn(robot.lookup("#resilience-findings .list-cell").nth(0).queryLabeled());

        assertThat(knockouts.knockedOut()).containsExactly(id("zone-a"));
        assertThat(selection.selectedProperty().get()).isEqualTo(id("api"));
        assertThat(robot.lookup("#resilience-status").queryLabeled().getText()).isEqualTo("1 redundancy finding");
    }

    @Test
    void selectingAServiceListsItsSingleAndDoubleFaults(FxRobot robot) throws TimeoutException {
        robot.interact(() -> selection.selectedProperty().set(id("web")));

        waitFor(() -> model.cutSets().size() == 3);
        assertThat(model.cutSets()).containsExactly(List.of(id("api")), List.of(id("zone-a")),
                List.of(id("db-1"), id("db-2")));
    }

    @Test
    void theRecoveryPlanStepsForwardAndBackLikeAWalkthrough(FxRobot robot) throws TimeoutException {
        robot.interact(() -> knockouts.knockOut(List.of(id("api"), id("zone-a"))));
        openRecoveryPane(robot);
        robot.clickOn("#resilience-plan");
        waitFor(() -> model.recovery().size() == 2);
        assertThat(model.recovery()).extracting(s -> s.restore()).containsExactly(id("zone-a"), id("api"));

        robot.clickOn("#resilience-step-forward");
        assertThat(knockouts.knockedOut()).containsExactly(id("api"));
        robot.clickOn("#resilience-step-forward");
        assertThat(knockouts.knockedOut()).isEmpty();
        robot.clickOn("#resilience-step-back");
        assertThat(knockouts.knockedOut()).containsExactly(id("api"));
    }

    @Test
    void playingTheRecoveryRestoresStepByStepUntilNothingIsOut(FxRobot robot) throws TimeoutException {
        robot.interact(() -> knockouts.knockOut(List.of(id("api"), id("zone-a"))));
        openRecoveryPane(robot);
        robot.clickOn("#resilience-plan");
        waitFor(() -> model.recovery().size() == 2);

        robot.clickOn("#resilience-play");

        assertThat(knockouts.knockedOut()).containsExactly(id("api"), id("zone-a"));
        waitFor(() -> knockouts.knockedOut().size() == 1);
        assertThat(knockouts.knockedOut()).containsExactly(id("api"));
        waitFor(() -> knockouts.knockedOut().isEmpty());
    }

    @Test
    void suggestionsComeOnRequest(FxRobot robot) throws TimeoutException {
        openSection(robot, "What to fix first", "#resilience-suggest");
        robot.clickOn("#resilience-suggest");

        waitFor(() -> !model.suggestions().isEmpty());
        assertThat(model.suggestions().get(0).impactReduction()).isPositive();
    }
}
