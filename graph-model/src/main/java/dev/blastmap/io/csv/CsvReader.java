package dev.blastmap.io.csv;

import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.GraphReader;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.assemble.AttributeMapping;
import dev.blastmap.io.assemble.EdgeDraft;
import dev.blastmap.io.assemble.GraphAssembler;
import dev.blastmap.io.assemble.NodeDraft;
import dev.blastmap.text.CsvText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an edge list as spreadsheets and NetworkX write it: a header naming a {@code source} and a
 * {@code target} column (also {@code from}/{@code to}, {@code dependent}/{@code dependency},
 * {@code caller}/{@code callee}, {@code parent}/{@code child} and the other {@link CsvColumns} synonyms, with
 * or without {@code _id}, {@code _node}, ...; or the columns the user names) and optionally a {@code type}
 * column, then one
 * row per edge; the source depends on the target. A row with an empty target declares a service without
 * dependencies. {@code type} {@code soft}, {@code optional} or {@code async} makes the dependency soft; other
 * types are kept as the dependency's note. An {@code availability} (or {@code source_availability}) column gives
 * the source's availability, a {@code target_availability} column the target's (0.999 or 99.9%, as
 * {@link AttributeMapping} reads it). Commas separate fields, or semicolons or tabs when the header uses
 * them (as spreadsheets do in some locales).
 *
 * <p>JGraphT's CSV importer is not used: its edge-list format has no header and reads every further column
 * as another target, where ours has a {@code type}.
 */
public final class CsvReader implements GraphReader {

    static final String FORMAT = "CSV";

    private final CsvColumns columns;

    /** A reader that finds its columns by the usual header names. */
    public CsvReader() {
        this(CsvColumns.byUsualNames());
    }

    /** A reader that takes the columns the user named. */
    public CsvReader(CsvColumns columns) {
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** True if the first line looks like our header: its first cell is a usual name of the source column. */
    public static boolean looksLike(String head) {
        String text = head.replace("\uFEFF", "").stripLeading();
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        int delimiter = -1;
        for (int i = 0; i < line.length() && delimiter < 0; i++) {
            char c = line.charAt(i);
            if (c == ',' || c == ';' || c == '\t') {
                delimiter = i;
            }
        }
        if (delimiter < 0) {
            return false;
        }
        // The first cell, scanned rather than matched: a pattern with blanks around a group backtracks
        // quadratically on a head of blanks.
        String cell = line.substring(0, delimiter).strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1);
        }
        return !cell.isEmpty() && cell.length() <= 40 && cell.indexOf('"') < 0 && CsvColumns.isUsualSourceName(cell);
    }

    @Override
    public ReadResult read(Reader in, String source) throws GraphImportException, IOException {
        GraphAssembler assembler = new GraphAssembler(source, FORMAT);
        BufferedReader buffered = new BufferedReader(in);
        buffered.mark(CsvRecords.MAX_FIELD);
        char[] firstChars = new char[4096];
        int n = buffered.read(firstChars);
        buffered.reset();
        String first = n <= 0 ? "" : new String(firstChars, 0, n).lines().findFirst().orElse("");
        char delimiter = first.contains(",") ? ',' : first.contains(";") ? ';' : first.contains("\t") ? '\t' : ',';
        CsvRecords records = new CsvRecords(buffered, delimiter);
        try {
            CsvRecords.Row header = records.next();
            if (header == null) {
                throw assembler.fatal(1, 0, "the file is empty; expected a header such as source,target,type");
            }
            int sourceColumn = columns.sourceIn(header.fields()).orElse(-1);
            int targetColumn = columns.targetIn(header.fields()).orElse(-1);
            int typeColumn = columns.typeIn(header.fields()).orElse(-1);
            int availabilityColumn = availabilityColumn(header.fields(), "availability", "sourceavailability");
            int targetAvailabilityColumn = availabilityColumn(header.fields(), "targetavailability");
            if (sourceColumn < 0 || targetColumn < 0) {
                throw assembler.fatal(header.line(), 0, missingColumns(header.fields()));
            }
            for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
                row(assembler, row, sourceColumn, targetColumn, typeColumn);
                availability(assembler, row, sourceColumn, availabilityColumn);
                availability(assembler, row, targetColumn, targetAvailabilityColumn);
            }
        } catch (CsvRecords.CsvException e) {
            throw assembler.fatal(e.line, 0, e.getMessage());
        }
        return assembler.build();
    }

    private static void row(GraphAssembler assembler, CsvRecords.Row row, int sourceColumn, int targetColumn,
                            int typeColumn) throws GraphImportException {
        List<String> f = row.fields();
        if (f.size() == 1 && f.get(0).isBlank()) {
            return;
        }
        String from = sourceColumn < f.size() ? id(f.get(sourceColumn)) : "";
        String to = targetColumn < f.size() ? id(f.get(targetColumn)) : "";
        if (from.isEmpty()) {
            assembler.error(row.line(), 0, "the row has no source");
            return;
        }
        if (to.isEmpty()) {
            assembler.node(from, row.line());
            return;
        }
        EdgeDraft edge = assembler.edge(from, to, row.line());
        if (typeColumn >= 0 && typeColumn < f.size()) {
            AttributeMapping.edge(assembler, edge, "type", f.get(typeColumn), row.line());
        }
    }

    /**
     * The id a field holds: without a spreadsheet's formula guard ('=x, as Blastmap writes it), and without the
     * white space around it, also behind a guard ({@code '<tab>api} is {@code api}: a guarded tab starts no id).
     */
    private static String id(String field) {
        return CsvText.unguard(field.strip()).strip();
    }

    /** The first column whose header is one of the names (compared as attribute names are), or -1. */
    private static int availabilityColumn(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String name = AttributeMapping.normalise(header.get(i).strip());
            for (String wanted : names) {
                if (name.equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Gives the service of {@code idColumn} the availability in {@code column} of the row, if both are there. */
    private static void availability(GraphAssembler assembler, CsvRecords.Row row, int idColumn, int column)
            throws GraphImportException {
        List<String> f = row.fields();
        if (column < 0 || column >= f.size() || idColumn >= f.size() || f.get(column).isBlank()) {
            return;
        }
        String id = id(f.get(idColumn));
        if (!id.isEmpty()) {
            Optional<NodeDraft> node = assembler.node(id, row.line());
            if (node.isPresent()) {
                AttributeMapping.node(assembler, node.get(), "availability", f.get(column).strip(), row.line());
            }
        }
    }

    private String missingColumns(List<String> header) {
        String found = "; found: " + shorten(String.join(",", header));
        if (!columns.isByName()) {
            return "the header has no column " + (columns.sourceIn(header).isEmpty() ? columns.source()
                    : columns.target()) + " as --columns asks" + found;
        }
        return "the first line must be a header naming the source and target columns, such as source,target,type. "
                + "Source names: " + String.join(", ", CsvColumns.SOURCE_NAMES) + "; target names: "
                + String.join(", ", CsvColumns.TARGET_NAMES) + " (each also with _id, _node, _service or _name); "
                + "or name the columns with --columns source=COLUMN,target=COLUMN[,type=COLUMN]" + found;
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
