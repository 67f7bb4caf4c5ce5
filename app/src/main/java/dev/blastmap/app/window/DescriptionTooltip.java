package dev.blastmap.app.window;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip of the service under the pointer: its name and description, shown after a short rest over a
 * service that has a description, as yEd and draw.io show a node's description on hover. Over a service
 * without one, or over empty canvas, there is no tooltip at all (not an empty box).
 */
final class DescriptionTooltip {

    private final Tooltip tip = new Tooltip();
    private final Node target;
    private final Supplier<Graph> graph;
    private boolean installed;

    /** Shows the description of whichever service {@code hovered} names over {@code target}. */
    DescriptionTooltip(Node target, ObservableValue<ServiceId> hovered, Supplier<Graph> graph) {
        this.target = target;
        this.graph = graph;
        tip.setId("service-tooltip");
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(600));
        tip.setShowDuration(Duration.seconds(30));
        hovered.addListener((obs, was, now) -> show(now));
    }

    private void show(ServiceId id) {
        Graph g = graph.get();
        Service s = id == null || !g.contains(id) ? null : g.require(id);
        if (s == null || !s.hasDescription()) {
            if (installed) {
                tip.hide();
                Tooltip.uninstall(target, tip);
                installed = false;
            }
            return;
        }
        tip.setText(text(s));
        if (!installed) {
            Tooltip.install(target, tip);
            installed = true;
        }
    }

    /** What the tooltip says about {@code s}. */
    static String text(Service s) {
        return s.label() + "\n" + s.description();
    }

    /** The tooltip, for tests. */
    Tooltip tooltip() {
        return tip;
    }

    /** True while hovering a service with a description. */
    boolean isInstalled() {
        return installed;
    }
}
