package dev.blastmap.app.availability;

import dev.blastmap.render.HeatRamp;
import dev.blastmap.render.Rgba;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The key of the availability heat map, for a corner of the canvas: what green, amber and red mean in nines,
 * from the same ramp the painter fills the cards with.
 */
public final class HeatLegend extends HBox {

    /** A key of the ramp from {@link AvailabilityModel#COOL_NINES} to {@link AvailabilityModel#HOT_NINES} nines. */
    public HeatLegend() {
        super(8);
        setId("heat-legend");
        getStyleClass().add("heat-legend");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMouseTransparent(true);
        setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-background-radius: 6;"
                + " -fx-border-color: #cbd5e1; -fx-border-radius: 6;");
        Label title = new Label("Availability");
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #0f172a;");
        getChildren().add(title);
        step(AvailabilityModel.COOL_NINES, "≥ 99.999%");
        step((AvailabilityModel.COOL_NINES + AvailabilityModel.HOT_NINES) / 2, "99.9%");
        step(AvailabilityModel.HOT_NINES, "≤ 90%");
    }

    private void step(double nines, String text) {
        Rgba c = HeatRamp.solid(AvailabilityModel.heatOf(Math.pow(10, -nines)));
        Rectangle swatch = new Rectangle(14, 14, Color.rgb(c.red(), c.green(), c.blue()));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: #0f172a;");
        getChildren().addAll(swatch, label);
    }
}
