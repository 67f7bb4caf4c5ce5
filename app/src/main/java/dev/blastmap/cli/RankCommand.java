package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.Centrality;
import dev.blastmap.analysis.SpofEntry;
import dev.blastmap.analysis.SpofRanking;
import dev.blastmap.analysis.StructuralImportance;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap rank GRAPH [--top N] [--centrality]}: the single points of failure, worst first — every service
 * knocked out alone, ranked by weighted impact, then collateral, then id — optionally with JGraphT's structural
 * centrality scores beside them.
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

    @Mixin
    private JsonOption output;

    @Option(names = "--centrality", description = {"Add JGraphT's betweenness centrality and PageRank of each service:"
            + " structural heuristics beside the exact impact, which ignore redundancy and weights.",
        "Betweenness takes seconds at 2,000 services and minutes at 20,000."})
    private boolean centrality;

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
        List<SpofEntry> shown = top != null && top < ranking.size() ? ranking.subList(0, top) : ranking;
        Map<ServiceId, Centrality> scores = centrality ? centralityOf(graph) : Map.of();
        return output.print(out -> out.println(JsonTrees.PRETTY_WITH_NULLS.toJson(toJson(shown, scores))),
                out -> printTable(shown, scores, out));
    }

    /** The ranking as a table, with the centrality columns when asked for. */
    private void printTable(List<SpofEntry> ranking, Map<ServiceId, Centrality> scores, PrintWriter out) {
        List<String> headers = new ArrayList<>(List.of("RANK>", "SERVICE", "WEIGHTED>", "DOWN>", "COLLATERAL>",
                "CUSTOMER-FACING DOWN"));
        if (centrality) {
            headers.addAll(List.of("BETWEENNESS*>", "PAGERANK*>"));
        }
        TextTable table = new TextTable(headers.toArray(String[]::new));
        int rank = 1;
        for (SpofEntry e : ranking) {
            List<Object> cells = new ArrayList<>(List.of(rank++, e.id(), Quantities.text(e.weighted()), e.down(),
                    e.collateral(), e.customerFacingDown().isEmpty() ? "-"
                            : String.join(", ", e.customerFacingDown().stream().map(ServiceId::value).toList())));
            if (centrality) {
                Centrality c = scores.get(e.id());
                cells.add(score(c.betweenness()));
                cells.add(score(c.pageRank()));
            }
            table.row(cells.toArray());
        }
        table.print(out);
        if (centrality) {
            out.println("* structural heuristics (JGraphT): they ignore redundancy, soft dependencies and weights;"
                    + " the exact cost of a failure is WEIGHTED and DOWN.");
        }
    }

    private Map<ServiceId, Centrality> centralityOf(Graph graph) {
        if (graph.size() > 2000) {
            spec.commandLine().getErr().println("computing betweenness centrality of " + graph.size()
                    + " services; this grows with services × dependencies");
            spec.commandLine().getErr().flush();
        }
        Map<ServiceId, Centrality> scores = new HashMap<>();
        StructuralImportance.of(graph).forEach(c -> scores.put(c.id(), c));
        return scores;
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** The ranking as the documented JSON array, with the centrality scores of the services that have them. */
    static JsonArray toJson(List<SpofEntry> ranking, Map<ServiceId, Centrality> scores) {
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
            Centrality c = scores.get(e.id());
            if (c != null) {
                o.addProperty("betweenness", c.betweenness());
                o.addProperty("pageRank", c.pageRank());
            }
            a.add(o);
        }
        return a;
    }
}
