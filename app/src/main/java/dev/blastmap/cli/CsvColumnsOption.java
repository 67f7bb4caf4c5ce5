package dev.blastmap.cli;

import dev.blastmap.io.formats.GraphFormat;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.csv.CsvColumns;
import dev.blastmap.io.csv.CsvReader;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --columns} option of every subcommand that reads a graph: which columns of a CSV edge list hold
 * the dependent, the dependency and the type, when the header does not use the usual names. Naming columns
 * means the input is CSV. A subcommand mixes it in with {@code @Mixin CsvColumnsOption columns;} and
 * {@link GraphInput} finds it there.
 */
public final class CsvColumnsOption {

    @Option(names = "--columns", paramLabel = "source=COL,target=COL[,type=COL]",
            description = "Read GRAPH as a CSV edge list whose dependent, dependency and type are in these columns "
                    + "(header names or 1-based numbers), e.g. --columns source=caller,target=callee,type=kind.")
    private String columns;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** The CSV format reading the named columns, if the option was given. */
    Optional<GraphFormat> format() {
        if (columns == null) {
            return Optional.empty();
        }
        try {
            GraphFormat csv = GraphFormats.CSV;
            return Optional.of(new GraphFormat(csv.name(), csv.description(), csv.extensions(),
                    new CsvReader(CsvColumns.parse(columns)), csv.writer(), csv.sniffer()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--columns: " + e.getMessage());
        }
    }

    /** The format the {@code --columns} mixed into this command asks for, if any. */
    static Optional<GraphFormat> of(CommandSpec command) {
        return command.mixins().values().stream().map(CommandSpec::userObject)
                .filter(CsvColumnsOption.class::isInstance).map(CsvColumnsOption.class::cast)
                .findFirst().flatMap(CsvColumnsOption::format);
    }
}
