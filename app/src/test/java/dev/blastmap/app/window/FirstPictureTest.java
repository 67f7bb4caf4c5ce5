package dev.blastmap.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.canvas.GraphCanvas;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When a graph just read may compile: once the canvas has drawn it laid out, not its empty placeholder. */
@ExtendWith(ApplicationExtension.class)
class FirstPictureTest {

    private final GraphCanvas canvas = new GraphCanvas();
    private final AtomicReference<GraphDocument> current = new AtomicReference<>(GraphDocument.empty());
    private FirstPicture first;

    @Start
    void start(Stage stage) {
        first = new FirstPicture(canvas, current::get);
        stage.setScene(new Scene(canvas, 400, 300));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void itCompletesWhenTheCanvasHasDrawnTheDocumentLaidOut(FxRobot robot) {
        GraphDocument shop = Fixtures.shopDocument();
        AtomicReference<CompletableFuture<Void>> picture = new AtomicReference<>();
        robot.interact(() -> {
            picture.set(first.of(shop));
            current.set(shop);
            canvas.setGraph(shop.graph(), Layout.empty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.graphShown()).isTrue();
        assertThat(picture.get()).as("the placeholder drawn while it is laid out does not count").isNotDone();

        Layout layout = LayoutAlgorithm.layered().layout(shop.graph());
        robot.interact(() -> canvas.setGraph(shop.graph(), layout));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.graphShown()).isTrue();
        assertThat(picture.get()).isDone();
    }

    @Test
    void aDocumentReplacedBeforeItIsDrawnIsNotTakenForTheOneShown(FxRobot robot) {
        GraphDocument shop = Fixtures.shopDocument();
        AtomicReference<CompletableFuture<Void>> picture = new AtomicReference<>();
        robot.interact(() -> {
            picture.set(first.of(shop));
            current.set(GraphDocument.empty());
            canvas.setGraph(shop.graph(), LayoutAlgorithm.layered().layout(shop.graph()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.graphShown()).isTrue();
        assertThat(picture.get()).isNotDone();
    }
}
