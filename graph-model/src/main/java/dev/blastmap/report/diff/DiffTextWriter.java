package dev.blastmap.report.diff;

import dev.blastmap.diff.GraphDiff.Dependency;
import dev.blastmap.diff.GraphDiff.FieldChange;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.ServiceChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.text.PlainNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** The diff for a terminal or a CI log: what matters for resilience first, then what changed in the file. */
public final class DiffTextWriter implements DiffWriter {

    @Override
    public void write(GraphDiff d, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("blastmap diff: " + d.oldSource() + " → " + d.newSource());
        w.println(d.isEmpty() ? "no differences" : DiffWriter.summary(d));
        section(w, "New single points of failure of customer-facing services", d.newSpofs(), DiffWriter::spof);
        section(w, "Removed single points of failure of customer-facing services", d.removedSpofs(), DiffWriter::spof);
        section(w, "Blast radius of losing one service, before → after", d.radiusChanges(), DiffTextWriter::radius);
        section(w, "Services added", d.added(), Object::toString);
        section(w, "Services removed", d.removed(), Object::toString);
        section(w, "Services changed", d.changed(), DiffTextWriter::changed);
        section(w, "Dependencies added", d.dependenciesAdded(), DiffTextWriter::dependency);
        section(w, "Dependencies removed", d.dependenciesRemoved(), DiffTextWriter::dependency);
        w.flush();
    }

    private static <T> void section(PrintWriter w, String title, List<T> rows, Function<T, String> line) {
        if (rows.isEmpty()) {
            return;
        }
        w.println();
        w.println(title + " (" + rows.size() + "):");
        for (T row : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            w.println("  " + line.apply(row));
        }
        if (rows.size() > SHOWN) {
            w.println("  … and " + (rows.size() - SHOWN) + " more (all of them with --format json)");
        }
    }

    static String radius(RadiusChange c) {
        return c.id() + ": " + (c.grew() ? "grew" : "changed") + ": down " + DiffWriter.change("" + c.before().down(),
                "" + c.after().down()) + ", weight " + DiffWriter.change(PlainNumber.of(c.before().weighted()),
                PlainNumber.of(c.after().weighted())) + ", customer-facing down "
                + DiffWriter.change(DiffWriter.ids(c.before().customerFacingDown()), DiffWriter.ids(c.after().customerFacingDown()))
                + ", exposed to " + DiffWriter.change("" + c.before().exposure(), "" + c.after().exposure());
    }

    static String changed(ServiceChange c) {
        StringBuilder sb = new StringBuilder(c.id().value());
        for (FieldChange f : c.fields()) {
            sb.append("; ").append(f.field()).append(": ").append(f.before().isEmpty() ? "(none)" : f.before())
                    .append(" → ").append(f.after().isEmpty() ? "(none)" : f.after());
        }
        return sb.toString();
    }

    static String dependency(Dependency d) {
        return d.from() + " → " + d.to();
    }
}
