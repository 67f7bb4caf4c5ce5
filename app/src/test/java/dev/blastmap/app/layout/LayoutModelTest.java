package dev.blastmap.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.LayoutMonitor;
import dev.blastmap.model.Graph;
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
class LayoutModelTest {

    private final BackgroundTasks tasks = new BackgroundTasks();
    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(GraphDocument.empty());

    @AfterEach
    void stop() {
        tasks.close();
    }

    private static final LayoutAlgorithm BROKEN = new LayoutAlgorithm() {
        @Override
        public Layout layout(Graph graph, LayoutMonitor monitor) {
            throw new IllegalArgumentException("broken on purpose");
        }

        @Override
        public String name() {
            return "broken";
        }
    };

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensWithTheChosenLayoutAndLaysOutAgainWhenTheChoiceChanges(FxRobot robot) throws TimeoutException {
        LayoutModel model = new LayoutModel(document, tasks);
        robot.interact(() -> document.set(Fixtures.shopDocument()));
        waitFor(() -> model.layout().nodes().size() == 10);
        assertThat(model.layout().algorithm()).isEqualTo("layered");
        robot.interact(() -> model.choiceProperty().set(LayoutModel.Choice.FORCE));
        waitFor(() -> model.layout().algorithm().equals("force"));
        assertThat(model.failureProperty().get()).isNull();
    }

    @Test
    void aFailingLayoutIsReportedAndTheLayeredLayoutShowsInstead(FxRobot robot) throws TimeoutException {
        LayoutModel model = new LayoutModel(document, tasks,
                c -> c == LayoutModel.Choice.FORCE ? BROKEN : c.algorithm());
        robot.interact(() -> {
            model.choiceProperty().set(LayoutModel.Choice.FORCE);
            document.set(Fixtures.shopDocument());
        });
        waitFor(() -> model.layout().nodes().size() == 10);
        assertThat(model.layout().algorithm()).isEqualTo("layered");
        assertThat(model.failureProperty().get()).contains("force-directed layout failed")
                .contains("broken on purpose").contains("showing the layered layout instead");
    }
}
