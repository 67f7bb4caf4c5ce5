package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the service at a model point, or in a model rectangle, through a uniform grid over the service boxes:
 * a lookup touches one cell however big the graph is. Built once per layout; immutable; no toolkit.
 */
public final class HitTester {

    private final double cell;
    private final Map<Long, List<Entry>> grid = new HashMap<>();
    private final Map<ServiceId, Box> boxes;

    /** Indexes the service boxes of the layout. */
    public HitTester(Layout layout) {
        this.boxes = layout.nodes();
        double maxSide = 1;
        for (Box b : layout.nodes().values()) {
            maxSide = Math.max(maxSide, Math.max(b.width(), b.height()));
        }
        this.cell = maxSide;
        for (Map.Entry<ServiceId, Box> e : layout.nodes().entrySet()) {
            Box b = e.getValue();
            Entry entry = new Entry(e.getKey(), b);
            for (long gx = index(b.x()); gx <= index(b.maxX()); gx++) {
                for (long gy = index(b.y()); gy <= index(b.maxY()); gy++) {
                    grid.computeIfAbsent(key(gx, gy), k -> new ArrayList<>(2)).add(entry);
                }
            }
        }
    }

    /** The service whose box holds the model point, or empty. When boxes overlap, the one drawn last wins. */
    public Optional<ServiceId> at(double x, double y) {
        List<Entry> entries = grid.get(key(index(x), index(y)));
        if (entries == null) {
            return Optional.empty();
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).box.contains(x, y)) {
                return Optional.of(entries.get(i).id);
            }
        }
        return Optional.empty();
    }

    /** The service nearest the model point within {@code tolerance} of its box, so small targets stay clickable. */
    public Optional<ServiceId> near(double x, double y, double tolerance) {
        Optional<ServiceId> exact = at(x, y);
        if (exact.isPresent() || tolerance <= 0) {
            return exact;
        }
        ServiceId best = null;
        double bestDistance = tolerance;
        for (ServiceId id : within(new Box(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance))) {
            Box b = boxes.get(id);
            double dx = Math.max(0, Math.max(b.x() - x, x - b.maxX()));
            double dy = Math.max(0, Math.max(b.y() - y, y - b.maxY()));
            double d = Math.hypot(dx, dy);
            if (d <= bestDistance) {
                bestDistance = d;
                best = id;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every service whose box meets the rectangle. */
    public Set<ServiceId> within(Box area) {
        Set<ServiceId> found = new LinkedHashSet<>();
        long x0 = index(area.x());
        long x1 = index(area.maxX());
        long y0 = index(area.y());
        long y1 = index(area.maxY());
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > 4L * grid.size()) {
            // A huge area: walking the cells would cost more than walking the services.
            grid.values().forEach(list -> list.forEach(e -> {
                if (e.box.intersects(area)) {
                    found.add(e.id);
                }
            }));
            return found;
        }
        for (long gx = x0; gx <= x1; gx++) {
            for (long gy = y0; gy <= y1; gy++) {
                List<Entry> entries = grid.get(key(gx, gy));
                if (entries != null) {
                    for (Entry e : entries) {
                        if (e.box.intersects(area)) {
                            found.add(e.id);
                        }
                    }
                }
            }
        }
        return found;
    }

    private long index(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }

    private record Entry(ServiceId id, Box box) {
    }
}
