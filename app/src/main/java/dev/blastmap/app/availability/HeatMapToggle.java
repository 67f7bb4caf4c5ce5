package dev.blastmap.app.availability;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;

/** The View menu's switch for the availability heat map, disabled while the graph has no availabilities. */
public final class HeatMapToggle {

    private HeatMapToggle() {
    }

    /** A check item bound to the model's heat map switch. */
    public static CheckMenuItem menuItem(AvailabilityModel model) {
        CheckMenuItem item = new CheckMenuItem("Availability Heat Map");
        item.setId("heat-map-item");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        item.selectedProperty().bindBidirectional(model.heatMapProperty());
        item.disableProperty().bind(model.applicableProperty().not());
        return item;
    }
}
