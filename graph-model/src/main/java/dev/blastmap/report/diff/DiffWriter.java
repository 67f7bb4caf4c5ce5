package dev.blastmap.report.diff;

import dev.blastmap.diff.GraphDiff.Radius;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.PlainNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link GraphDiff} in one format, as UTF-8. Deterministic: the same two graphs give the same bytes.
 */
public interface DiffWriter {

    /** Rows shown per list in the human formats; JSON has them all. */
    int SHOWN = 100;

    /** Writes the diff to a stream it does not close. */
    void write(GraphDiff diff, OutputStream out) throws IOException;

    /** "3 down, weight 3, customer-facing down: web, exposed to 2". */
    static String radius(Radius r) {
        return r.down() + " down, weight " + PlainNumber.of(r.weighted()) + ", customer-facing down: "
                + ids(r.customerFacingDown()) + ", exposed to "
                + r.exposure();
    }

    /** "1 → 3", or just "1" when it did not change. */
    static String change(String before, String after) {
        return before.equals(after) ? before : before + " → " + after;
    }

    /** Ids joined with commas, or "none". */
    static String ids(List<ServiceId> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(ServiceId::value).toList());
    }

    /** "db-1 takes down web alone: web ← api ← db-1". */
    static String spof(GraphDiff.SpofChange c) {
        String text = c.culprit() + " alone takes down " + c.customerFacing();
        return c.causeChain().isEmpty() ? text : text + ": " + String.join(" ← ",
                c.causeChain().stream().map(ServiceId::value).toList());
    }

    /** One line summing the diff up. */
    static String summary(GraphDiff d) {
        return "services +" + d.added().size() + " −" + d.removed().size() + " ~" + d.changed().size()
                + ", dependencies +" + d.dependenciesAdded().size() + " −" + d.dependenciesRemoved().size()
                + ", blast radius changed for " + d.radiusChanges().size() + ", single points of failure of "
                + "customer-facing services +" + d.newSpofs().size() + " −" + d.removedSpofs().size();
    }
}
