package dev.blastmap.benchmarks;

import dev.blastmap.io.AtomicFile;
import dev.blastmap.io.json.JsonGraphWriter;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the files the whole-process timings of {@code blastmap check} and {@code blastmap diff} use
 * (docs/performance.md): {@code java -cp benchmarks.jar dev.blastmap.benchmarks.GateFiles SERVICES DEPENDENCIES DIR}
 * writes {@code DIR/graph.blastmap.json} (seed 1), {@code DIR/changed.blastmap.json} (the same graph with one
 * service in a hundred changed: redundant clauses made single, which creates new single points of failure) and
 * {@code DIR/single-fault.yaml} and {@code DIR/all.yaml} policies.
 */
public final class GateFiles {

    /** Every single-fault rule. */
    static final String SINGLE_FAULT_POLICY = """
            rules:
              - maxDown: 500
              - maxWeighted: 20000
              - noSinglePointOfFailure: customer-facing
                except: [dns]
            """;

    /** The single-fault rules and a zone-by-zone survival rule. */
    static final String ALL_POLICY = SINGLE_FAULT_POLICY + """
              - survive: zone:*
            """;

    private GateFiles() {
    }

    /** {@code SERVICES DEPENDENCIES DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GateFiles SERVICES DEPENDENCIES DIR");
            System.exit(2);
        }
        Graph graph = SyntheticGraphs.generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 1);
        Path dir = Files.createDirectories(Path.of(args[2]));
        JsonGraphWriter writer = new JsonGraphWriter();
        writer.write(graph, dir.resolve("graph.blastmap.json"));
        writer.write(changed(graph), dir.resolve("changed.blastmap.json"));
        AtomicFile.write(dir.resolve("single-fault.yaml"), SINGLE_FAULT_POLICY.getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(dir.resolve("all.yaml"), ALL_POLICY.getBytes(StandardCharsets.UTF_8));
    }

    /** Every hundredth service with its redundant clauses (need below the member count) cut to their first member. */
    static Graph changed(Graph graph) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            Service s = graph.services().get(i);
            if (i % 100 != 7) {
                services.add(s);
                continue;
            }
            Service.Builder b = s.toBuilder().clearDependencies().weight(s.weight() + 1);
            for (Clause c : s.dependsOn()) {
                b.dependsOn(c.need() < c.members().size() ? Clause.on(c.members().get(0)) : c);
            }
            services.add(b.build());
        }
        return new Graph(graph.name(), graph.description(), graph.sources(), services, graph.scenarios());
    }
}
