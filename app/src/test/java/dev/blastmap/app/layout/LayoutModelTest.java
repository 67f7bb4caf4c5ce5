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

    /** Services in a row, one box each: a layout that costs nothing, for graphs too large for a real one. */
    private static final LayoutAlgorithm ROW = new LayoutAlgorithm() {
        @Override
        public Layout layout(Graph graph, LayoutMonitor monitor) {
            java.util.Map<dev.blastmap.model.ServiceId, dev.blastmap.layout.Box> nodes = new java.util.LinkedHashMap<>();
            for (int i = 0; i < graph.size(); i++) {
                nodes.put(graph.services().get(i).id(), new dev.blastmap.layout.Box(i * 200, 0, 150, 40));
            }
            return new Layout(nodes, java.util.List.of(), java.util.List.of(), "force");
        }

        @Override
        public String name() {
            return "row";
        }
    };

    @Test
    void anEditOfALargeGraphIsPlacedOnAWorkerAndEditsMadeMeanwhileFollow(FxRobot robot) throws TimeoutException {
        LayoutModel model = new LayoutModel(document, tasks, c -> ROW);
        java.util.List<dev.blastmap.model.Service> services = new java.util.ArrayList<>();
        for (int i = 0; i < GraphDocument.COMPILED_AT_ONCE; i++) {
            services.add(dev.blastmap.model.Service.of("s" + i));
        }
        GraphDocument big = new GraphDocument(Graph.of(services), "Big", null, java.util.List.of());
        robot.interact(() -> document.set(big));
        waitFor(() -> model.layout().nodes().size() == GraphDocument.COMPILED_AT_ONCE);

        robot.interact(() -> {
            GraphDocument one = big.withGraph(big.graph().withService(dev.blastmap.model.Service.of("first")));
            document.set(one);
            assertThat(model.layout().nodes()).as("the layout shown stays while the edit is placed")
                    .doesNotContainKey(dev.blastmap.model.ServiceId.of("first"));
            document.set(one.withGraph(one.graph().withService(dev.blastmap.model.Service.of("second"))));
        });
        waitFor(() -> model.layout().nodes().containsKey(dev.blastmap.model.ServiceId.of("second")));
        assertThat(model.layout().nodes()).containsKey(dev.blastmap.model.ServiceId.of("first"))
                .hasSize(GraphDocument.COMPILED_AT_ONCE + 2);
        assertThat(model.layout().node(dev.blastmap.model.ServiceId.of("s7")).orElseThrow().x()).isEqualTo(1400);
    }
}
