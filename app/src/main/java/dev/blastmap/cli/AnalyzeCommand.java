package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.Failure;
import dev.blastmap.analysis.Impact;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap analyze GRAPH --knock ID|SELECTOR...}: knocks services out and prints what goes down,
 * when and why, what is degraded, and the impact, as a table or as JSON.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Knocks out services and shows what goes down, when and why, what is degraded, and the impact.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-k", "--knock"}, paramLabel = "ID|SELECTOR", required = true,
            description = {"What to knock out: a service id, or region:R, zone:Z, kind:K, tag:T or group:G.",
                "Repeat to knock out several."})
    private List<String> knocks = new ArrayList<>();

    @Mixin
    private JsonOption output;

    @Mixin
    private CsvColumnsOption columns;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Graph graph = GraphInput.read(graphArgument, spec);
        Set<ServiceId> knockedOut = KnockArguments.resolve(knocks, graph, "analyze");
        BlastRadius radius = new PropagationEngine(graph).knockOut(knockedOut);
        return output.print(out -> out.println(JsonTrees.PRETTY_WITH_NULLS.toJson(toJson(radius))),
                out -> printText(radius, out));
    }

    /** The blast radius as the documented JSON object. */
    static JsonObject toJson(BlastRadius radius) {
        JsonObject o = new JsonObject();
        o.add("knockedOut", JsonTrees.ids(radius.knockedOut()));
        JsonArray down = new JsonArray();
        for (Failure f : radius.down()) {
            JsonObject d = new JsonObject();
            d.addProperty("id", f.id().value());
            d.addProperty("wave", f.wave());
            d.add("time", Quantities.jsonSeconds(f.time()));
            if (f.cause() == null) {
                d.add("cause", JsonNull.INSTANCE);
            } else {
                JsonObject cause = new JsonObject();
                cause.addProperty("dependency", f.cause().value());
                d.add("cause", cause);
            }
            down.add(d);
        }
        o.add("down", down);
        o.add("degraded", JsonTrees.ids(radius.degraded()));
        Impact impact = radius.impact();
        JsonObject i = new JsonObject();
        i.addProperty("down", impact.down());
        i.addProperty("collateral", impact.collateral());
        i.add("weighted", Quantities.jsonNumber(impact.weighted()));
        i.add("customerFacingDown", JsonTrees.ids(impact.customerFacingDown()));
        o.add("impact", i);
        return o;
    }

    private static void printText(BlastRadius radius, PrintWriter out) {
        out.println("Knocked out: " + String.join(", ", names(radius.knockedOut())));
        out.println();
        out.println("Down (" + radius.down().size() + "), in the order the failure spreads:");
        TextTable table = new TextTable("WAVE>", "TIME>", "SERVICE", "CAUSE");
        for (Failure f : radius.down()) {
            table.row(f.wave(), Quantities.text(f.time()), f.id(),
                    f.knockedOut() ? "knocked out" : "needs " + f.cause());
        }
        table.print(out);
        out.println();
        out.println("Degraded (" + radius.degraded().size() + ")"
                + (radius.degraded().isEmpty() ? ": none" : ": " + String.join(", ", names(radius.degraded()))));
        out.println();
        Impact impact = radius.impact();
        out.println("Impact:");
        new TextTable("MEASURE", "VALUE")
                .row("down", impact.down())
                .row("collateral", impact.collateral())
                .row("weighted", Quantities.text(impact.weighted()))
                .row("customer-facing down", impact.customerFacingDown().isEmpty() ? "none"
                        : impact.customerFacingDown().size() + ": "
                        + String.join(", ", names(impact.customerFacingDown())))
                .print(out);
    }

    private static List<String> names(Collection<ServiceId> ids) {
        return ids.stream().map(id -> TerminalText.escape(id.value())).toList();
    }
}
