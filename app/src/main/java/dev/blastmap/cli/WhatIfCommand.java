package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.blastmap.analysis.resilience.Change;
import dev.blastmap.analysis.resilience.WhatIf;
import dev.blastmap.analysis.resilience.WhatIfSuggestion;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
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
 * {@code blastmap whatif GRAPH [--top N] [--json]}: what to fix first — single changes ranked by how much they
 * lower the total weighted single-fault impact, then the order-2 cut sets of customer-facing services.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Suggests what to fix first: single changes (add a replica, make a dependency soft, remove"
            + " one) around the worst single points of failure, ranked by how much they lower the total weighted"
            + " single-fault impact, then the double faults of customer-facing services, with figures before and"
            + " after.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class WhatIfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-n", "--top"}, paramLabel = "N", defaultValue = "10",
            description = "Show the N best changes (default: 10).")
    private int top;

    @Mixin
    private JsonOption output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        Graph graph = GraphInput.read(graphArgument, spec);
        List<WhatIfSuggestion> suggestions = WhatIf.of(graph, top).suggestions();
        return output.print(out -> out.println(JsonTrees.PRETTY_WITH_NULLS.toJson(toJson(suggestions))),
                out -> printText(suggestions, out));
    }

    private static void printText(List<WhatIfSuggestion> suggestions, PrintWriter out) {
        if (suggestions.isEmpty()) {
            out.println("No single change around the worst single points of failure lowers the impact.");
        } else {
            TextTable table = new TextTable("RANK>", "CHANGE", "IMPACT BEFORE>", "AFTER>", "DOUBLE FAULTS BEFORE>",
                    "AFTER>");
            int rank = 1;
            for (WhatIfSuggestion s : suggestions) {
                table.row(rank++, s.change().describe(), Quantities.text(s.impactBefore()),
                        Quantities.text(s.impactAfter()), s.cutSetsCounted() ? s.cutSetsBefore() : "-",
                        s.cutSetsCounted() ? s.cutSetsAfter() : "-");
            }
            table.print(out);
            if (!suggestions.get(0).cutSetsCounted()) {
                out.println("Double faults are counted for graphs of up to " + WhatIf.CUT_SETS_UP_TO
                        + " services; use blastmap cutsets --target for some services of a larger one.");
            }
        }
    }

    /** The suggestions as the documented JSON array. */
    static JsonArray toJson(List<WhatIfSuggestion> suggestions) {
        JsonArray a = new JsonArray();
        for (WhatIfSuggestion s : suggestions) {
            JsonObject o = new JsonObject();
            o.add("change", change(s.change()));
            o.addProperty("description", s.change().describe());
            JsonObject impact = new JsonObject();
            impact.add("before", Quantities.jsonNumber(s.impactBefore()));
            impact.add("after", Quantities.jsonNumber(s.impactAfter()));
            o.add("weightedSingleFaultImpact", impact);
            JsonObject cutSets = new JsonObject();
            cutSets.add("before", s.cutSetsCounted() ? new JsonPrimitive(s.cutSetsBefore())
                    : JsonNull.INSTANCE);
            cutSets.add("after", s.cutSetsCounted() ? new JsonPrimitive(s.cutSetsAfter())
                    : JsonNull.INSTANCE);
            o.add("order2CutSets", cutSets);
            a.add(o);
        }
        return a;
    }

    private static JsonObject change(Change change) {
        JsonObject o = new JsonObject();
        if (change instanceof Change.AddReplica r) {
            o.addProperty("kind", "addReplica");
            o.addProperty("service", r.service().value());
        } else if (change instanceof Change.MakeSoft m) {
            o.addProperty("kind", "makeSoft");
            o.addProperty("service", m.service().value());
            o.addProperty("clause", m.clause());
        } else if (change instanceof Change.RemoveDependency r) {
            o.addProperty("kind", "removeDependency");
            o.addProperty("service", r.service().value());
            o.addProperty("clause", r.clause());
            o.addProperty("member", r.member().value());
        }
        return o;
    }
}
