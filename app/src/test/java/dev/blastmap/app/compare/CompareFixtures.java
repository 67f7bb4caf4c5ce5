package dev.blastmap.app.compare;

import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;

/** Two versions of a shop: the second makes api need both databases and a queue, and drops the old cache. */
final class CompareFixtures {

    static final Graph FIRST = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db-1"), id("db-2")))).dependsOn("old-cache").build(),
            Service.of("db-1"), Service.of("db-2"), Service.of("old-cache"));

    static final Graph SECOND = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.allOf(List.of(id("db-1"), id("db-2")))).dependsOn("queue").build(),
            Service.of("db-1"), Service.of("db-2"), Service.of("queue"));

    private CompareFixtures() {
    }

    static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    static GraphDocument document(Graph graph, String title) {
        return new GraphDocument(graph, title, null, List.of());
    }
}
