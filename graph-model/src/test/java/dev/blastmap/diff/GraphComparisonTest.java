package dev.blastmap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.diff.GraphDiff.Dependency;
import dev.blastmap.diff.GraphDiff.FieldChange;
import dev.blastmap.diff.GraphDiff.Radius;
import dev.blastmap.diff.GraphDiff.RadiusChange;
import dev.blastmap.diff.GraphDiff.SpofChange;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphComparisonTest {

    static ServiceId id(String value) {
        return ServiceId.of(value);
    }

    /** web → api → anyOf(db-1, db-2); old-cache only in the old version. */
    static final Graph BEFORE = Graph.of(
            Service.builder("web").customerFacing(true).dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.anyOf(List.of(id("db-1"), id("db-2")))).dependsOn("old-cache").build(),
            Service.of("db-1"), Service.of("db-2"), Service.of("old-cache"));

    /** The change: api now needs both databases and a new queue; web moved to zone b; old-cache gone. */
    static final Graph AFTER = Graph.of(
            Service.builder("web").customerFacing(true).zone("b").dependsOn("api").build(),
            Service.builder("api").dependsOn(Clause.allOf(List.of(id("db-1"), id("db-2")))).dependsOn("queue").build(),
            Service.of("db-1"), Service.of("db-2"), Service.of("queue"));

    private final GraphDiff diff = GraphComparison.compare(BEFORE, "old.json", AFTER, "new.json");

    @Test
    void servicesAndDependenciesAddedAndRemovedAreListedById() {
        assertThat(diff.added()).containsExactly(id("queue"));
        assertThat(diff.removed()).containsExactly(id("old-cache"));
        assertThat(diff.dependenciesAdded()).containsExactly(new Dependency(id("api"), id("queue")));
        assertThat(diff.dependenciesRemoved()).containsExactly(new Dependency(id("api"), id("old-cache")));
    }

    @Test
    void changedFieldsAreShownBeforeAndAfter() {
        assertThat(diff.changed()).extracting(GraphDiff.ServiceChange::id).containsExactly(id("api"), id("web"));
        assertThat(diff.changed().get(0).fields()).containsExactly(new FieldChange("dependsOn",
                "anyOf(db-1, db-2), old-cache", "allOf(db-1, db-2), queue"));
        assertThat(diff.changed().get(1).fields()).containsExactly(new FieldChange("zone", "", "b"));
    }

    @Test
    void theBlastRadiusOfEachDatabaseGrewAndApiAndWebBecameMoreExposed() {
        Radius oneDatabaseBefore = new Radius(1, 1, List.of(), 0);
        Radius oneDatabaseAfter = new Radius(3, 3, List.of(id("web")), 0);

        assertThat(diff.radiusChanges()).containsExactly(
                new RadiusChange(id("db-1"), oneDatabaseBefore, oneDatabaseAfter),
                new RadiusChange(id("db-2"), oneDatabaseBefore, oneDatabaseAfter),
                new RadiusChange(id("api"), new Radius(2, 2, List.of(id("web")), 1),
                        new Radius(2, 2, List.of(id("web")), 3)),
                new RadiusChange(id("web"), new Radius(1, 1, List.of(id("web")), 2),
                        new Radius(1, 1, List.of(id("web")), 4)));
        assertThat(diff.radiusChanges().get(0).grew()).isTrue();
        assertThat(diff.radiusChanges().get(0).shrank()).isFalse();
        assertThat(diff.radiusChanges().get(2).grew()).as("api: only its exposure changed").isFalse();
        assertThat(diff.radiusChanges().get(2).shrank()).isFalse();
    }

    @Test
    void newAndRemovedSinglePointsOfFailureOfCustomerFacingServicesComeWithCauseChains() {
        assertThat(diff.newSpofs()).containsExactly(
                new SpofChange(id("db-1"), id("web"), List.of(id("web"), id("api"), id("db-1"))),
                new SpofChange(id("db-2"), id("web"), List.of(id("web"), id("api"), id("db-2"))),
                new SpofChange(id("queue"), id("web"), List.of(id("web"), id("api"), id("queue"))));
        assertThat(diff.removedSpofs()).containsExactly(
                new SpofChange(id("old-cache"), id("web"), List.of(id("web"), id("api"), id("old-cache"))));
    }

    @Test
    void aChangedDescriptionIsAChangedFieldOfItsService() {
        Graph described = AFTER.withService(AFTER.require(id("db-1")).toBuilder().description("Orders, primary").build());
        GraphDiff change = GraphComparison.compare(AFTER, "a", described, "b");
        assertThat(change.changed()).singleElement().satisfies(c -> assertThat(c.fields())
                .containsExactly(new FieldChange("description", "", "Orders, primary")));
    }

    @Test
    void aGraphComparedWithItselfHasNoDifferences() {
        assertThat(GraphComparison.compare(AFTER, "a", AFTER, "b").isEmpty()).isTrue();
        assertThat(diff.isEmpty()).isFalse();
    }
}
