package dev.blastmap.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap rank GRAPH [--top N]}: the single points of failure, worst first — every service knocked
 * out alone, ranked by weighted impact, then collateral, then id.
 */
@Command(name = "rank", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Ranks single points of failure: knocks out each service alone and sorts by weighted impact,"
            + " then collateral damage, then id.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class RankCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-n", "--top"}, paramLabel = "N", description = "Show only the N worst (default: all).")
    private Integer top;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    private boolean json;

    @Mixin
    private CsvColumnsOption columns;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        Graph graph = GraphInput.read(graphArgument, spec);
        List<SpofEntry> ranking = SpofRanking.rank(graph);
        if (top != null && top < ranking.size()) {
            ranking = ranking.subList(0, top);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(toJson(ranking)));
        } else {
            TextTable table = new TextTable("RANK>", "SERVICE", "WEIGHTED>", "DOWN>", "COLLATERAL>",
                    "CUSTOMER-FACING DOWN");
            int rank = 1;
            for (SpofEntry e : ranking) {
                table.row(rank++, e.id(), Quantities.text(e.weighted()), e.down(), e.collateral(),
                        e.customerFacingDown().isEmpty() ? "-"
                                : String.join(", ", e.customerFacingDown().stream().map(ServiceId::value).toList()));
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }

    /** The ranking as the documented JSON array. */
    static JsonArray toJson(List<SpofEntry> ranking) {
        JsonArray a = new JsonArray();
        for (SpofEntry e : ranking) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id().value());
            o.addProperty("down", e.down());
            o.addProperty("collateral", e.collateral());
            o.add("weighted", Quantities.jsonNumber(e.weighted()));
            JsonArray customerFacing = new JsonArray();
            e.customerFacingDown().forEach(id -> customerFacing.add(id.value()));
            o.add("customerFacingDown", customerFacing);
            a.add(o);
        }
        return a;
    }
}
