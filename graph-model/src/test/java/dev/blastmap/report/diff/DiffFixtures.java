package dev.blastmap.report.diff;

import dev.blastmap.diff.GraphComparison;
import dev.blastmap.diff.GraphDiff;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Two versions of a small graph: api swaps redundancy for a hard need of both databases and a queue. */
final class DiffFixtures {

    private DiffFixtures() {
    }

    static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    static GraphDiff diff() {
        Graph before = Graph.of(
                Service.builder("w<e>b|").customerFacing(true).dependsOn("api").build(),
                Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db-1"), id("db-2")))).build(),
                Service.of("db-1"), Service.of("db-2"), Service.of("old-cache"));
        Graph after = Graph.of(
                Service.builder("w<e>b|").customerFacing(true).zone("b").dependsOn("api").build(),
                Service.builder("api").dependsOn(Clause.allOf(List.of(id("db-1"), id("db-2")))).dependsOn("queue").build(),
                Service.of("db-1"), Service.of("db-2"), Service.of("queue"));
        return GraphComparison.compare(before, "old.json", after, "new.json");
    }

    static String written(DiffWriter writer, GraphDiff diff) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(diff, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
