package dev.blastmap.io.backstage;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackstageReaderTest {

    private final BackstageReader reader = new BackstageReader();

    @Test
    void componentsResourcesAndApisOfEveryDocumentAreServices() throws Exception {
        Graph g = Fixtures.read(reader, "backstage/catalog-info.yaml").graph();
        assertThat(ids(g)).containsExactly("checkout", "payments-api", "orders-db", "fraud-api", "fraud-scorer",
                "ledger-db", "payments-rest");
    }

    @Test
    void dependsOnAndConsumedApisAreDependencies() throws Exception {
        Graph g = Fixtures.read(reader, "backstage/catalog-info.yaml").graph();
        assertThat(dependencies(g, "checkout")).containsExactly("orders-db", "payments-api", "fraud-api");
        assertThat(dependencies(g, "payments-api")).containsExactly("ledger-db", "checkout");
        assertThat(dependencies(g, "fraud-api")).containsExactly("fraud-scorer");
        assertThat(g.require(ServiceId.of("fraud-api")).dependsOn().get(0).need()).isEqualTo(1);
    }

    @Test
    void systemsOwnersTypesAndLabelsMap() throws Exception {
        Graph g = Fixtures.read(reader, "backstage/catalog-info.yaml").graph();
        var checkout = g.require(ServiceId.of("checkout"));
        assertThat(checkout.label()).isEqualTo("Checkout");
        assertThat(checkout.group()).isEqualTo("payments");
        assertThat(checkout.region()).isEqualTo("us-east-1");
        assertThat(checkout.tags()).contains("java", "tier-1", "owner:team-payments", "lifecycle:production");
        assertThat(g.require(ServiceId.of("orders-db")).kind()).isEqualTo(Kind.DATABASE);
    }

    @Test
    void metadataDescriptionIsTheServiceDescription() throws Exception {
        String yaml = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: checkout
                  description: >
                    Takes the basket and
                    charges the card.
                spec: {type: service, lifecycle: production, owner: team-a}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: search}
                spec: {type: service, lifecycle: production, owner: team-a}
                """;
        Graph g = reader.read(new java.io.StringReader(yaml), "catalog-info.yaml").graph();
        assertThat(g.require(ServiceId.of("checkout")).description()).isEqualTo("Takes the basket and charges the card.");
        assertThat(g.require(ServiceId.of("search")).description()).isEmpty();
    }

    @Test
    void anEntityNotInTheFileIsAddedWithAWarning() throws Exception {
        ReadResult r = Fixtures.read(reader, "backstage/catalog-info.yaml");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.message()).contains("resource:default/ledger-db is not defined in this file");
            assertThat(w.line()).isEqualTo(41);
        });
    }

    @Test
    void clashingNamesAreQualified() throws Exception {
        String yaml = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: api, namespace: shop}
                spec: {dependsOn: ["resource:shop/api"]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: api, namespace: shop}
                """;
        Graph g = Fixtures.read(reader, yaml, "c.yaml").graph();
        assertThat(ids(g)).containsExactly("component:shop/api", "resource:shop/api");
        assertThat(g.require(ServiceId.of("component:shop/api")).dependsOn())
                .containsExactly(new Clause(java.util.List.of(ServiceId.of("resource:shop/api")), 1, false, Duration.ZERO, ""));
    }

    @Test
    void anAvailabilityLabelOrBlastmapAnnotationGivesTheComponentItsAvailability() throws Exception {
        String yaml = """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: api
                  annotations: {blastmap.dev/availability: "99.95%", backstage.io/techdocs-ref: "dir:."}
                spec: {dependsOn: ["resource:db"]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata:
                  name: db
                  labels: {availability: "0.999"}
                """;

        Graph g = Fixtures.read(reader, yaml, "c.yaml").graph();

        assertThat(g.require(ServiceId.of("api")).availability()).isEqualTo(0.9995);
        assertThat(g.require(ServiceId.of("db")).availability()).isEqualTo(0.999);
        assertThat(g.require(ServiceId.of("api")).tags()).noneMatch(t -> t.contains("techdocs"));
    }

    @Test
    void billionLaughsIsRefusedByTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThatThrownBy(() -> Fixtures.read(reader, yaml.toString(), "lol.yaml"))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("lol.yaml")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void absurdNestingIsRefused() {
        assertThatThrownBy(() -> Fixtures.read(reader, "a: " + "[".repeat(10_000), "deep.yaml"))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("deep.yaml");
    }

    @Test
    void javaTagsAreRefusedNotConstructed() {
        String yaml = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: x\n"
                + "  title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n";
        assertThatThrownBy(() -> Fixtures.read(reader, yaml, "tag.yaml"))
                .isInstanceOf(GraphImportException.class).hasMessageContaining("tag.yaml:5")
                .hasMessageContaining("Global tag is not allowed");
    }

    @Test
    void syntaxErrorsCarryTheLine() {
        assertThatThrownBy(() -> Fixtures.read(reader, "apiVersion: backstage.io/v1alpha1\nkind: [Component\n", "bad.yaml"))
                .isInstanceOfSatisfying(GraphImportException.class,
                        e -> assertThat(e.problems().get(0).line()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void entityRefsParseKindNamespaceAndName() {
        assertThat(EntityRef.parse("resource:default/orders-db", "")).isEqualTo(new EntityRef("resource", "default", "orders-db"));
        assertThat(EntityRef.parse("payments", "component")).isEqualTo(new EntityRef("component", "default", "payments"));
        assertThat(EntityRef.parse("Group:Risk/team", "")).isEqualTo(new EntityRef("group", "risk", "team"));
    }

    @Test
    void aReferenceWithoutANameIsAProblemAtItsPlace() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\nspec:\n"
                + "  dependsOn: [resource:default/]\n";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "c.yaml"))
                .hasMessageContaining("c.yaml:6:15: error: Backstage catalog: the reference \"resource:default/\" has no "
                        + "entity name");
    }

    @Test
    void anEntityDefinedTwiceIsAnErrorNamingBothDocuments() {
        String one = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n";
        assertThatThrownBy(() -> Fixtures.read(reader, one + "---\n" + one, "c.yaml"))
                .hasMessageContaining("c.yaml:6: error: Backstage catalog: the entity \"component:default/a\" is defined "
                        + "twice: first in the document at line 1");
    }

    @Test
    void aHugeWordIsRefusedWithItsLineInsteadOfTakingMinutes() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  description: "
                + "x".repeat(8_000_000) + "\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> Fixtures.read(reader, text, "big.yaml"))
                        .hasMessageContaining("big.yaml:5: error: Backstage catalog: a word (a run of characters without "
                                + "a blank) is longer than 64 KiB"));
    }

    @Test
    void tooManyAliasesIsAProblemWithALine() {
        String text = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  x: &a [1]\n  y: ["
                + String.join(",", java.util.Collections.nCopies(60, "*a")) + "]\n";
        assertThatThrownBy(() -> Fixtures.read(reader, text, "alias.yaml")).isInstanceOfSatisfying(GraphImportException.class,
                e -> assertThat(e.problems().get(0).line()).isPositive());
    }
}
