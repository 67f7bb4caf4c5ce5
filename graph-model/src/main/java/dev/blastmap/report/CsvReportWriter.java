package dev.blastmap.report;

import static dev.blastmap.text.CsvText.field;

import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV report: one row per service, in file order, with its state, wave, time and cause in the reported
 * knockout, and what its own failure would cost. RFC 4180: a header row, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. Cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) are prefixed with a single quote.
 */
final class CsvReportWriter implements ReportWriter {

    /** The header row. */
    static final List<String> COLUMNS = List.of("id", "label", "kind", "region", "zone", "group",
            "customer_facing", "weight", "state", "wave", "time", "time_seconds", "cause", "rule", "cause_chain",
            "own_down", "own_collateral", "own_weighted", "own_customer_facing_down");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(writer, COLUMNS);
        for (ServiceOutcome o : report.services()) {
            row(writer, cells(o));
        }
        writer.flush();
    }

    private static List<String> cells(ServiceOutcome o) {
        Service s = o.service();
        Failure f = o.failure();
        SpofEntry own = o.ownFailure();
        List<String> cells = new ArrayList<>();
        cells.add(s.id().value());
        cells.add(s.label());
        cells.add(s.kind().id());
        cells.add(nullToEmpty(s.region()));
        cells.add(nullToEmpty(s.zone()));
        cells.add(nullToEmpty(s.group()));
        cells.add(Boolean.toString(s.customerFacing()));
        cells.add(Figures.weight(s.weight()));
        cells.add(HtmlReportWriter.stateClass(o.state()));
        cells.add(f == null ? "" : Integer.toString(f.wave()));
        cells.add(f == null ? "" : f.time().toString());
        cells.add(f == null ? "" : Figures.weight(f.time().toMillis() / 1000.0));
        cells.add(f == null || f.cause() == null ? "" : f.cause().value());
        cells.add(f == null ? "" : Figures.rule(o));
        cells.add(o.causeChain().stream().map(ServiceId::value).collect(Collectors.joining(" <- ")));
        cells.add(Integer.toString(own.down()));
        cells.add(Integer.toString(own.collateral()));
        cells.add(Figures.weight(own.weighted()));
        cells.add(own.customerFacingDown().stream().map(ServiceId::value).collect(Collectors.joining(";")));
        return cells;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer writer, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(field(cell));
        }
        writer.write(line.append("\r\n").toString());
    }
}
