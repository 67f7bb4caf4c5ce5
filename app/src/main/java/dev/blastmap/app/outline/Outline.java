package dev.blastmap.app.outline;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outline of a graph: its services nested by region, then by zone (or group when a service has no zone),
 * in the order of the file within each box. Services without region sit at the top level; regions and boxes
 * are sorted by name.
 *
 * @param label    what the row shows
 * @param service  the service of a leaf, or null for a box
 * @param children the rows under a box; empty for a leaf
 */
public record Outline(String label, ServiceId service, List<Outline> children) {

    /** Copies the children. */
    public Outline {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    /** The outline of a graph; its root is labelled with the graph's name. */
    public static Outline of(Graph graph) {
        Map<String, Map<String, List<Service>>> regions = new TreeMap<>();
        List<Service> loose = new ArrayList<>();
        for (Service s : graph.services()) {
            if (s.region() == null && s.zone() == null && s.group() == null) {
                loose.add(s);
                continue;
            }
            String region = s.region() == null ? "" : s.region();
            String box = s.zone() != null ? s.zone() : s.group() != null ? s.group() : "";
            regions.computeIfAbsent(region, k -> new TreeMap<>()).computeIfAbsent(box, k -> new ArrayList<>()).add(s);
        }
        List<Outline> top = new ArrayList<>();
        regions.forEach((region, boxes) -> {
            List<Outline> inRegion = new ArrayList<>();
            boxes.forEach((box, services) -> {
                if (box.isEmpty()) {
                    services.forEach(s -> inRegion.add(leaf(s)));
                } else {
                    inRegion.add(new Outline(box + count(services.size()), null, services.stream().map(Outline::leaf).toList()));
                }
            });
            if (region.isEmpty()) {
                top.addAll(inRegion);
            } else {
                int n = boxes.values().stream().mapToInt(List::size).sum();
                top.add(new Outline(region + count(n), null, inRegion));
            }
        });
        loose.forEach(s -> top.add(leaf(s)));
        return new Outline(graph.name().isBlank() ? "Services" : graph.name(), null, top);
    }

    private static Outline leaf(Service s) {
        return new Outline(s.label(), s.id(), List.of());
    }

    private static String count(int n) {
        return " (" + n + ")";
    }

    /** True for a service row. */
    public boolean isService() {
        return service != null;
    }
}
