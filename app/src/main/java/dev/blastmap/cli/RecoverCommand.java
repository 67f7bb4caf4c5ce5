package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap recover GRAPH --knock ID|SELECTOR... [--json]}: what to restore first — the order in which to
 * bring the knocked-out services back so that customer-facing weight returns fastest.
 */
@Command(name = "recover", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Plans the recovery from a knockout: the order in which to bring the knocked-out services back"
            + " so that customer-facing weight returns fastest, and what comes back up with each step. Optimal for"
            + " up to " + RecoveryPlan.EXACT_UP_TO + " knocked-out services, greedy above.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class RecoverCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = {"-k", "--knock"}, paramLabel = "ID|SELECTOR", required = true,
            description = {"What was knocked out: a service id, or region:R, zone:Z, kind:K, tag:T or group:G.",
                "Repeat to knock out several."})
    private List<String> knocks = new ArrayList<>();

    @Mixin
    private JsonOption output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Graph graph = GraphInput.read(graphArgument, spec);
        RecoveryPlan plan = RecoveryPlan.of(graph, KnockArguments.resolve(knocks, graph, "recover"));
        return output.print(out -> out.println(JsonTrees.PRETTY.toJson(toJson(plan))), out -> printText(plan, out));
    }

    /** The plan as the documented JSON object. */
    static JsonObject toJson(RecoveryPlan plan) {
        JsonObject o = new JsonObject();
        o.add("knockedOut", JsonTrees.ids(plan.knockedOut()));
        o.addProperty("optimal", plan.optimal());
        o.add("customerFacingWeightDown", Quantities.jsonNumber(plan.customerFacingWeightDown()));
        JsonArray steps = new JsonArray();
        for (RecoveryStep step : plan.steps()) {
            JsonObject s = new JsonObject();
            s.addProperty("restore", step.restore().value());
            s.add("upAgain", JsonTrees.ids(step.upAgain()));
            s.add("customerFacingWeightUp", Quantities.jsonNumber(step.customerFacingWeightUp()));
            s.add("customerFacingWeightDown", Quantities.jsonNumber(step.customerFacingWeightDown()));
            s.add("weightDown", Quantities.jsonNumber(step.weightDown()));
            steps.add(s);
        }
        o.add("steps", steps);
        return o;
    }

    private static void printText(RecoveryPlan plan, PrintWriter out) {
        out.println("Recovery plan (" + (plan.optimal() ? "optimal" : "greedy") + "), customer-facing weight down: "
                + Quantities.text(plan.customerFacingWeightDown()));
        TextTable table = new TextTable("STEP>", "RESTORE", "COMES BACK UP", "CUSTOMER-FACING STILL DOWN>");
        int n = 1;
        for (RecoveryStep step : plan.steps()) {
            String back = step.upAgain().isEmpty() ? "nothing yet"
                    : String.join(", ", step.upAgain().stream().map(ServiceId::value).toList());
            if (!step.restoredServiceIsUp()) {
                back += " (" + step.restore() + " waits for a later step)";
            }
            table.row(n++, step.restore(), back, Quantities.text(step.customerFacingWeightDown()));
        }
        table.print(out);
    }
}
