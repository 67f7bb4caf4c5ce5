package dev.blastmap.app.window;

import static dev.blastmap.app.window.TestWindow.waitFor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.canvas.Viewport;
import dev.blastmap.layout.Box;
import dev.blastmap.model.Scenario;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The flagship's walkthrough framed at the desk in the real window: no card cut by the edge of the view. */
@ExtendWith(ApplicationExtension.class)
class DeskFramingTest {

    private TestWindow opened;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        opened = TestWindow.open(stage, "--light");
        window = opened.window();
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.requestFocus();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        opened.forget();
    }

    @Test
    void everyStepOfTheFlagshipShowsItsServicesAndEveryOtherCardWholeOrNotAtAll(FxRobot robot) throws TimeoutException {
        waitFor(() -> !window.documents().document().isEmpty() && window.tasks().running().isEmpty()
                && !window.layouts().layout().nodes().isEmpty());
        GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
        Scenario scenario = window.player().player().scenarioProperty().get();
        assertThat(scenario).isNotNull();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            int step = i;
            robot.interact(() -> window.player().player().goTo(step));
            waitFor(() -> {
                Viewport before = canvas.viewportProperty().get();
                Thread.sleep(400); // until the glide has ended
                return before.equals(canvas.viewportProperty().get());
            });
            Box view = canvas.viewportProperty().get().visible(canvas.getWidth(), canvas.getHeight());
            for (ServiceId id : scenario.steps().get(i).frame()) {
                if (!view.contains(canvas.graphLayout().nodes().get(id))) {
                    problems.add("step %d: %s, which it names, is not whole in view".formatted(i + 1, id.value()));
                }
            }
            for (Map.Entry<ServiceId, Box> card : canvas.graphLayout().nodes().entrySet()) {
                if (card.getValue().overlaps(view) && !view.inflate(0.5).contains(card.getValue())) {
                    problems.add("step %d: %s is cut by the edge".formatted(i + 1, card.getKey().value()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
