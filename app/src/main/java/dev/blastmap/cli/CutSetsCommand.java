package dev.blastmap.cli;

import com.google.gson.stream.JsonWriter;
import dev.blastmap.analysis.resilience.MinimalCutSets;
import dev.blastmap.analysis.resilience.TargetCutSets;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.io.PrintWriter;
import java.util.ArrayList;
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
 * {@code blastmap cutsets GRAPH [--order 1|2|3] [--target SELECTOR] [--json]}: double faults — the minimal cut
 * sets of every customer-facing service, or of the targets.
 */
@Command(name = "cutsets", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Lists double faults: every minimal cut set (services that take a target down when they fail"
            + " together, no smaller part of which does) of each customer-facing service or target. The target's"
            + " own failure is left out; soft dependencies and delays do not count.",
            "Exit status: 0 on success, 2 on bad usage or input."})
public final class CutSetsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Option(names = "--order", paramLabel = "1|2|3", defaultValue = "2",
            description = "The largest cut sets to list (default: 2).")
    private int order;

    @Option(names = {"-t", "--target"}, paramLabel = "ID|SELECTOR",
            description = {"The services to take down: a service id, or region:R, zone:Z, kind:K, tag:T or group:G.",
                "Repeat for several. Default: every customer-facing service."})
    private List<String> targets = new ArrayList<>();

    @Mixin
    private JsonOption output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (order < 1 || order > MinimalCutSets.MAX_ORDER) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--order must be 1, 2 or 3, was " + order);
        }
        Graph graph = GraphInput.read(graphArgument, spec);
        Set<ServiceId> chosen = KnockArguments.resolve(targets, graph, "cutsets", "--target");
        if (chosen.isEmpty() && MinimalCutSets.customerFacing(graph).isEmpty()) {
            throw new BadInputException("blastmap cutsets: error: no service is marked customerFacing;"
                    + " name the services to take down with --target");
        }
        MinimalCutSets cutSets;
        try {
            cutSets = MinimalCutSets.of(graph, order, chosen);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("blastmap cutsets: error: " + e.getMessage());
        }
        return output.print(out -> writeJson(cutSets, out), out -> printText(cutSets, out));
    }

    /**
     * Writes the cut sets as the documented JSON array, streaming: a 2k-service graph has tens of thousands of
     * cut sets, and building them as a tree first doubled the time spent on output.
     */
    static void writeJson(MinimalCutSets cutSets, PrintWriter out) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginArray();
            for (TargetCutSets t : cutSets.targets()) {
                w.beginObject().name("target").value(t.target().value()).name("cutSets").beginArray();
                for (List<ServiceId> set : t.cutSets()) {
                    w.beginArray();
                    for (ServiceId id : set) {
                        w.value(id.value());
                    }
                    w.endArray();
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.flush();
            out.println();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void printText(MinimalCutSets cutSets, PrintWriter out) {
        String[] one = {"", "single point of failure", "double fault", "triple fault"};
        String[] many = {"", "single points of failure", "double faults", "triple faults"};
        for (TargetCutSets t : cutSets.targets()) {
            List<String> counts = new ArrayList<>();
            for (int k = 1; k <= cutSets.order(); k++) {
                counts.add(t.count(k) + " " + (t.count(k) == 1 ? one : many)[k]);
            }
            out.println(t.target() + ": " + String.join(", ", counts));
            for (List<ServiceId> set : t.cutSets()) {
                out.println("  " + String.join(" + ", set.stream().map(ServiceId::value).toList()));
            }
        }
    }
}
