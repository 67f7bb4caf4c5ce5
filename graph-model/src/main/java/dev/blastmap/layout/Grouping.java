package dev.blastmap.layout;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which boxes a layout draws around services: none, one per region, zone or group, or zones inside regions. */
public enum Grouping {
    /** No boxes. */
    NONE(List.of()),
    /** One box per region. */
    REGION(List.of(Level.REGION)),
    /** One box per availability zone. */
    ZONE(List.of(Level.ZONE)),
    /** One box per group (team, system). */
    GROUP(List.of(Level.GROUP)),
    /** One box per region, holding one box per zone of that region. */
    REGION_AND_ZONE(List.of(Level.REGION, Level.ZONE));

    /** One level of boxes: the service field it groups by. */
    public enum Level {
        /** The service's region. */
        REGION,
        /** The service's availability zone. */
        ZONE,
        /** The service's group. */
        GROUP;

        /** The value of this field for the service, or null when it has none. */
        public String of(Service service) {
            return switch (this) {
                case REGION -> service.region();
                case ZONE -> service.zone();
                case GROUP -> service.group();
            };
        }

        /** The lower-case name shown to users, as in selectors: {@code region}, {@code zone}, {@code group}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final List<Level> levels;

    Grouping(List<Level> levels) {
        this.levels = levels;
    }

    /** The levels of boxes, outermost first. */
    public List<Level> levels() {
        return levels;
    }

    /**
     * The grouping that shows the most structure this graph has. A level is worth boxing when it splits the
     * services, that is when there are two values or more, or one value that not every service has. Zones
     * nest inside regions when both are worth it; otherwise the finest of zone, region and group is chosen.
     */
    public static Grouping finestFor(Graph graph) {
        boolean region = splits(graph, Level.REGION);
        boolean zone = splits(graph, Level.ZONE);
        if (region && zone) {
            return REGION_AND_ZONE;
        }
        if (zone) {
            return ZONE;
        }
        if (region) {
            return REGION;
        }
        return splits(graph, Level.GROUP) ? GROUP : NONE;
    }

    private static boolean splits(Graph graph, Level level) {
        Set<String> values = new HashSet<>();
        boolean someLack = false;
        for (Service s : graph.services()) {
            String v = level.of(s);
            if (v == null) {
                someLack = true;
            } else {
                values.add(v);
            }
        }
        return values.size() >= 2 || (values.size() == 1 && someLack);
    }
}
