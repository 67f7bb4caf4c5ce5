package dev.blastmap.report.diff;

import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.MarkdownText;
import dev.blastmap.text.PlainNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** The diff as a pull-request comment: new single points of failure first, then the blast-radius table. */
public final class DiffMarkdownWriter implements DiffWriter {

    /** The first line, by which a CI job can find and update its own earlier comment. */
    public static final String MARKER = "<!-- blastmap-diff -->";

    @Override
    public void write(GraphDiff d, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println(MARKER);
        w.println("### " + (d.newSpofs().isEmpty() ? "" : "⚠️ ") + "Blastmap: what this change does to the blast radius");
        w.println();
        w.println(MarkdownText.escape(d.isEmpty() ? "No differences." : DiffWriter.summary(d)));
        list(w, "New single points of failure of customer-facing services", d.newSpofs(), DiffMarkdownWriter::spof);
        list(w, "Removed single points of failure of customer-facing services", d.removedSpofs(), DiffMarkdownWriter::spof);
        if (!d.radiusChanges().isEmpty()) {
            w.println();
            w.println("#### Blast radius of losing one service (" + d.radiusChanges().size() + ")");
            w.println();
            w.println("| Service | Down | Weight | Customer-facing down | Exposed to |");
            w.println("|---|---|---|---|---|");
            for (RadiusChange c : d.radiusChanges().subList(0, Math.min(SHOWN, d.radiusChanges().size()))) {
                w.println("| " + (c.grew() ? "🔺 " : "") + MarkdownText.escape(c.id().value()) + " | "
                        + DiffWriter.change("" + c.before().down(), "" + c.after().down()) + " | "
                        + DiffWriter.change(PlainNumber.of(c.before().weighted()),
                        PlainNumber.of(c.after().weighted())) + " | "
                        + MarkdownText.escape(DiffWriter.change(DiffWriter.ids(c.before().customerFacingDown()),
                        DiffWriter.ids(c.after().customerFacingDown()))) + " | "
                        + DiffWriter.change("" + c.before().exposure(), "" + c.after().exposure()) + " |");
            }
            more(w, d.radiusChanges().size());
        }
        list(w, "Services added", d.added(), id -> "`" + code(id.value()) + "`");
        list(w, "Services removed", d.removed(), id -> "`" + code(id.value()) + "`");
        list(w, "Services changed", d.changed(), c -> MarkdownText.escape(DiffTextWriter.changed(c)));
        list(w, "Dependencies added", d.dependenciesAdded(), e -> MarkdownText.escape(DiffTextWriter.dependency(e)));
        list(w, "Dependencies removed", d.dependenciesRemoved(), e -> MarkdownText.escape(DiffTextWriter.dependency(e)));
        w.flush();
    }

    private static <T> void list(PrintWriter w, String title, List<T> rows, Function<T, String> item) {
        if (rows.isEmpty()) {
            return;
        }
        w.println();
        w.println("#### " + title + " (" + rows.size() + ")");
        w.println();
        for (T row : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            w.println("- " + item.apply(row));
        }
        more(w, rows.size());
    }

    private static void more(PrintWriter w, int size) {
        if (size > SHOWN) {
            w.println();
            w.println("… and " + (size - SHOWN) + " more (all of them with `--format json`)");
        }
    }

    private static String spof(SpofChange c) {
        String text = "**" + MarkdownText.escape(c.culprit().value()) + "** alone takes down **"
                + MarkdownText.escape(c.customerFacing().value()) + "**";
        return c.causeChain().isEmpty() ? text : text + ": `" + code(String.join(" ← ",
                c.causeChain().stream().map(ServiceId::value).toList())) + "`";
    }

    private static String code(String text) {
        return text.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
