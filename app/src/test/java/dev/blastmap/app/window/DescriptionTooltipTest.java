package dev.blastmap.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DescriptionTooltipTest {

    private final Graph graph = Graph.of(Service.builder("db").label("Orders DB").description("Holds every order.")
            .build(), Service.of("cache"));
    private final SimpleObjectProperty<ServiceId> hovered = new SimpleObjectProperty<>();
    private final Pane canvas = new Pane();
    private DescriptionTooltip tooltip;

    @Start
    void start(Stage stage) {
        tooltip = new DescriptionTooltip(canvas, hovered, () -> graph);
        stage.setScene(new Scene(canvas, 200, 200));
        stage.show();
    }

    @Test
    void hoveringAServiceWithADescriptionGivesTheCanvasATooltipWithItsNameAndDescription(FxRobot robot) {
        robot.interact(() -> hovered.set(ServiceId.of("db")));
        assertThat(tooltip.isInstalled()).isTrue();
        assertThat(tooltip.tooltip().getText()).isEqualTo("Orders DB\nHolds every order.");
    }

    @Test
    void aServiceWithoutADescriptionOrEmptyCanvasHasNoTooltipAtAll(FxRobot robot) {
        robot.interact(() -> hovered.set(ServiceId.of("db")));
        robot.interact(() -> hovered.set(ServiceId.of("cache")));
        assertThat(tooltip.isInstalled()).isFalse();
        robot.interact(() -> hovered.set(ServiceId.of("db")));
        robot.interact(() -> hovered.set(null));
        assertThat(tooltip.isInstalled()).isFalse();
        robot.interact(() -> hovered.set(ServiceId.of("gone")));
        assertThat(tooltip.isInstalled()).isFalse();
    }
}
