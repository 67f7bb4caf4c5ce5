package dev.blastmap.app.compare;

import static dev.blastmap.app.compare.CompareFixtures.FIRST;
import static dev.blastmap.app.compare.CompareFixtures.SECOND;
import static dev.blastmap.app.compare.CompareFixtures.document;
import static dev.blastmap.app.compare.CompareFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private CompareView view;

    @Start
    void start(Stage stage) {
        view = new CompareView(CompareModel.compare(document(FIRST, "first"), document(SECOND, "second")));
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void theSecondVersionIsDrawnOverTheFirstWithEveryDifferenceListed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().graph().size()).isEqualTo(6);
        assertThat(view.canvas().stateOf(id("old-cache"))).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(view.canvas().stateOf(id("db-1"))).isEqualTo(ServiceState.DOWN);
        assertThat(view.differences().getItems()).extracting(Object::toString)
                .contains("added: queue", "removed: old-cache", "new single point of failure: db-1 alone takes down web");
    }

    @Test
    void clickingADifferenceSelectsItsService(FxRobot robot) {
        Node queueRow = robot.lookup(".list-cell").match((ListCell<?> cell) -> cell.getItem() != null
                && cell.getItem().toString().equals("added: queue")).query();

        robot.clickOn(queueRow);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.canvas().selectedProperty().get()).isEqualTo(id("queue"));
    }
}
