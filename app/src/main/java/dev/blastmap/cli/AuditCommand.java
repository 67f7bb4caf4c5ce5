package dev.blastmap.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.blastmap.analysis.resilience.CommonCauseAudit;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.io.json.JsonTrees;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blastmap audit GRAPH [--json]}: redundancy that isn't — every redundant clause (anyOf, at least k of n)
 * that one failure outside it breaks, with those common causes.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = BlastmapCommand.Version.class,
        description = {"Finds redundancy that isn't: for every redundant dependency (anyOf, atLeast k of n), the"
            + " single services outside it whose failure alone breaks it (common causes).",
            "Exit status: 0 on success (findings or not), 2 on bad usage or input."})
public final class AuditCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GRAPH", description = GraphInput.DESCRIPTION)
    private String graphArgument;

    @Mixin
    private JsonOption output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Graph graph = GraphInput.read(graphArgument, spec);
        List<CommonCauseFinding> findings = CommonCauseAudit.of(graph).findings();
        return output.print(out -> out.println(JsonTrees.PRETTY.toJson(toJson(findings))),
                out -> printText(findings, out));
    }

    private static void printText(List<CommonCauseFinding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println("No redundancy that isn't: no single failure breaks a redundant dependency.");
        } else {
            out.println("Redundancy that isn't: " + findings.size() + (findings.size() == 1 ? " redundant dependency"
                    : " redundant dependencies") + " that one failure breaks");
            TextTable table = new TextTable("SERVICE", "CLAUSE>", "NEEDS", "COMMON CAUSES");
            for (CommonCauseFinding f : findings) {
                table.row(f.service(), f.clause(), f.need() + " of " + names(f.members()), names(f.commonCauses()));
            }
            table.print(out);
        }
    }

    /** The findings as the documented JSON array. */
    static JsonArray toJson(List<CommonCauseFinding> findings) {
        JsonArray a = new JsonArray();
        for (CommonCauseFinding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("service", f.service().value());
            o.addProperty("clause", f.clause());
            o.add("members", JsonTrees.ids(f.members()));
            o.addProperty("need", f.need());
            o.add("commonCauses", JsonTrees.ids(f.commonCauses()));
            a.add(o);
        }
        return a;
    }

    private static String names(Collection<ServiceId> ids) {
        return String.join(", ", ids.stream().map(ServiceId::value).toList());
    }
}
