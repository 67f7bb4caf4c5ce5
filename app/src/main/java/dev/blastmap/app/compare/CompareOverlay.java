package dev.blastmap.app.compare;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The second version of a graph drawn over the first: the new version's services plus the ones it removed,
 * each marked by what happened to it, and the differences as a list. Pure data, no JavaFX.
 *
 * <p>The painter knows four states; the overlay lends them: a removed service is drawn knocked out (gone), a
 * service whose blast radius grew is drawn down (worse), an added one degraded (new, look at it), and the
 * rest healthy. {@link CompareView} shows the legend.
 *
 * @param union       the new version's services, then the removed ones (with their old dependencies)
 * @param marks       what happened to each service that changed
 * @param differences the rows of the list, most important first
 * @param diff        the diff itself
 */
public record CompareOverlay(Graph union, Map<ServiceId, Mark> marks, List<Difference> differences, GraphDiff diff) {

    /** What happened to a service between the versions. */
    public enum Mark {
        /** Only in the new version. */
        ADDED("added"),
        /** Only in the old version. */
        REMOVED("removed"),
        /** Losing it now takes down more. */
        GREW("blast radius grew"),
        /** Losing it now takes down less. */
        SHRANK("blast radius shrank"),
        /** Its own blast radius is the same, but what takes it down, or the customer-facing services it takes
         * down, changed. */
        EXPOSURE("exposure changed"),
        /** Its fields or dependencies changed, its figures did not. */
        CHANGED("changed"),
        /** A customer-facing service it now takes down alone. */
        NEW_SPOF("new single point of failure"),
        /** A customer-facing service it no longer takes down alone. */
        REMOVED_SPOF("single point of failure removed");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        /** The words shown in the list. */
        public String label() {
            return label;
        }
    }

    /**
     * One row of the list of differences.
     *
     * @param id   the service it is about (selected when the row is clicked)
     * @param mark what kind of difference
     * @param text what to show
     */
    public record Difference(ServiceId id, Mark mark, String text) {

        /** Validates the row. */
        public Difference {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return mark.label() + ": " + text;
        }
    }

    /** Copies the collections. */
    public CompareOverlay {
        Objects.requireNonNull(union, "union");
        marks = Map.copyOf(marks);
        differences = List.copyOf(differences);
        Objects.requireNonNull(diff, "diff");
    }

    /** The overlay of {@code after} over {@code before}, given their diff. */
    public static CompareOverlay of(Graph before, Graph after, GraphDiff diff) {
        List<Service> services = new ArrayList<>(after.services());
        diff.removed().forEach(id -> services.add(before.require(id)));
        Map<ServiceId, Mark> marks = new HashMap<>();
        List<Difference> rows = new ArrayList<>();
        for (SpofChange c : diff.newSpofs()) {
            rows.add(new Difference(c.culprit(), Mark.NEW_SPOF, c.culprit() + " alone takes down " + c.customerFacing()));
        }
        for (SpofChange c : diff.removedSpofs()) {
            rows.add(new Difference(c.culprit(), Mark.REMOVED_SPOF, c.culprit() + " no longer takes down "
                    + c.customerFacing()));
        }
        diff.added().forEach(id -> rows.add(row(marks, id, Mark.ADDED, id.value())));
        diff.removed().forEach(id -> rows.add(row(marks, id, Mark.REMOVED, id.value())));
        for (RadiusChange c : diff.radiusChanges()) {
            Mark mark = c.grew() ? Mark.GREW : c.shrank() ? Mark.SHRANK : Mark.EXPOSURE;
            rows.add(row(marks, c.id(), mark, c.id() + ": down " + c.before().down()
                    + " → " + c.after().down() + ", exposed to " + c.before().exposure() + " → " + c.after().exposure()));
        }
        for (GraphDiff.ServiceChange c : diff.changed()) {
            marks.putIfAbsent(c.id(), Mark.CHANGED);
            rows.add(new Difference(c.id(), Mark.CHANGED, c.id() + ": " + String.join(", ",
                    c.fields().stream().map(GraphDiff.FieldChange::field).toList())));
        }
        return new CompareOverlay(Graph.of(services), marks, rows, diff);
    }

    private static Difference row(Map<ServiceId, Mark> marks, ServiceId id, Mark mark, String text) {
        marks.put(id, mark);
        return new Difference(id, mark, text);
    }

    /** The state the painter draws a service in: see the class comment. */
    public ServiceState state(ServiceId id) {
        Mark mark = marks.get(id);
        if (mark == null) {
            return ServiceState.HEALTHY;
        }
        return switch (mark) {
            case REMOVED -> ServiceState.KNOCKED_OUT;
            case GREW -> ServiceState.DOWN;
            case ADDED -> ServiceState.DEGRADED;
            default -> ServiceState.HEALTHY;
        };
    }
}
