package dev.blastmap.report.diff;

import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.text.PlainNumber;
import dev.blastmap.text.XmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The diff as one self-contained HTML page (no scripts, no outside resources), for a CI artifact: new single
 * points of failure, the blast-radius table with growth marked, then what changed in the file.
 */
public final class DiffHtmlWriter implements DiffWriter {

    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;"
            + "color:#1b1f24}h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #d0d7de;padding:.3em .6em;text-align:left}th{background:#f6f8fa}"
            + ".grew{color:#b3261e;font-weight:600}.shrank{color:#1a7f37}code{background:#f6f8fa;padding:0 .2em}";

    @Override
    public void write(GraphDiff d, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Blastmap diff</title><style>" + STYLE
                + "</style></head><body>");
        w.println("<h1>Blastmap diff: " + XmlText.escape(d.oldSource()) + " → " + XmlText.escape(d.newSource()) + "</h1>");
        w.println("<p>" + XmlText.escape(d.isEmpty() ? "No differences." : DiffWriter.summary(d)) + "</p>");
        list(w, "New single points of failure of customer-facing services", d.newSpofs(), DiffWriter::spof);
        list(w, "Removed single points of failure of customer-facing services", d.removedSpofs(), DiffWriter::spof);
        if (!d.radiusChanges().isEmpty()) {
            w.println("<h2>Blast radius of losing one service, before → after (" + d.radiusChanges().size() + ")</h2>");
            w.println("<table><tr><th>Service</th><th>Down</th><th>Weight</th><th>Customer-facing down</th>"
                    + "<th>Exposed to</th></tr>");
            for (RadiusChange c : d.radiusChanges().subList(0, Math.min(SHOWN, d.radiusChanges().size()))) {
                w.println("<tr class=\"" + (c.grew() ? "grew" : "shrank") + "\"><td>" + XmlText.escape(c.id().value())
                        + "</td><td>" + DiffWriter.change("" + c.before().down(), "" + c.after().down()) + "</td><td>"
                        + DiffWriter.change(PlainNumber.of(c.before().weighted()),
                        PlainNumber.of(c.after().weighted())) + "</td><td>"
                        + XmlText.escape(DiffWriter.change(DiffWriter.ids(c.before().customerFacingDown()),
                        DiffWriter.ids(c.after().customerFacingDown()))) + "</td><td>"
                        + DiffWriter.change("" + c.before().exposure(), "" + c.after().exposure()) + "</td></tr>");
            }
            w.println("</table>");
            more(w, d.radiusChanges().size());
        }
        list(w, "Services added", d.added(), Object::toString);
        list(w, "Services removed", d.removed(), Object::toString);
        list(w, "Services changed", d.changed(), DiffTextWriter::changed);
        list(w, "Dependencies added", d.dependenciesAdded(), DiffTextWriter::dependency);
        list(w, "Dependencies removed", d.dependenciesRemoved(), DiffTextWriter::dependency);
        w.println("</body></html>");
        w.flush();
    }

    private static <T> void list(PrintWriter w, String title, List<T> rows, Function<T, String> text) {
        if (rows.isEmpty()) {
            return;
        }
        w.println("<h2>" + XmlText.escape(title) + " (" + rows.size() + ")</h2>");
        w.println("<ul>");
        for (T row : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            w.println("<li>" + XmlText.escape(text.apply(row)) + "</li>");
        }
        w.println("</ul>");
        more(w, rows.size());
    }

    private static void more(PrintWriter w, int size) {
        if (size > SHOWN) {
            w.println("<p>… and " + (size - SHOWN) + " more (all of them with --format json)</p>");
        }
    }
}
