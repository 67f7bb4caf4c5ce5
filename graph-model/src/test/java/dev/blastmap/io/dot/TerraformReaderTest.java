package dev.blastmap.io.dot;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.io.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class TerraformReaderTest {

    private final TerraformReader reader = new TerraformReader();

    @Test
    void theResourceOnlyDialectOfTerraform17KeepsResourcesAndModuleClusters() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-1.7.dot").graph();
        assertThat(ids(g)).containsExactly("data.aws_ami.ubuntu", "aws_instance.web", "aws_lb.front",
                "aws_security_group.web", "aws_subnet.a", "aws_vpc.main", "module.db.aws_db_instance.main",
                "module.db.aws_db_subnet_group.main");
        assertThat(dependencies(g, "aws_instance.web")).containsExactly("data.aws_ami.ubuntu",
                "aws_security_group.web", "aws_subnet.a", "module.db.aws_db_instance.main");
        assertThat(g.require(ServiceId.of("module.db.aws_db_instance.main")).group()).isEqualTo("module.db");
        assertThat(g.require(ServiceId.of("module.db.aws_db_instance.main")).label()).isEqualTo("aws_db_instance.main");
        assertThat(g.require(ServiceId.of("aws_lb.front")).group()).isNull();
    }

    @Test
    void resourceTypesGiveKindsAndTags() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-1.7.dot").graph();
        assertThat(g.require(ServiceId.of("aws_lb.front")).kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(g.require(ServiceId.of("module.db.aws_db_instance.main")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("aws_vpc.main")).kind()).isEqualTo(Kind.NETWORK);
        assertThat(g.require(ServiceId.of("aws_instance.web")).kind()).isEqualTo(Kind.COMPUTE);
        assertThat(g.require(ServiceId.of("aws_instance.web")).tags()).containsExactly("type:aws_instance");
        assertThat(g.require(ServiceId.of("data.aws_ami.ubuntu")).tags()).contains("data-source");
    }

    @Test
    void theOlderDialectLosesRootPrefixesSuffixesAndPseudoNodes() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-legacy.dot").graph();
        assertThat(ids(g)).containsExactly("aws_instance.web", "aws_lb.front", "aws_subnet.a", "aws_vpc.main",
                "module.db.aws_db_instance.main");
        assertThat(dependencies(g, "aws_lb.front")).containsExactly("aws_instance.web");
        assertThat(dependencies(g, "aws_vpc.main")).isEmpty();
        assertThat(g.require(ServiceId.of("module.db.aws_db_instance.main")).group()).isEqualTo("module.db");
    }

    @Test
    void dependenciesThroughLocalsAndModuleVariablesSurvive() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-legacy.dot").graph();
        assertThat(dependencies(g, "aws_instance.web")).containsExactlyInAnyOrder("aws_subnet.a", "module.db.aws_db_instance.main");
        assertThat(dependencies(g, "module.db.aws_db_instance.main")).containsExactly("aws_subnet.a");
    }

    @Test
    void aResourceThatDependsOnAModuleDependsOnTheResourcesInsideIt() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-0.13-modules.dot").graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("aws_db_instance.orders", "aws_instance.api",
                "module.vpc.aws_subnet.private", "module.vpc.aws_vpc.this", "module.vpc.aws_nat_gateway.this");
        assertThat(dependencies(g, "aws_db_instance.orders")).containsExactlyInAnyOrder(
                "module.vpc.aws_nat_gateway.this", "module.vpc.aws_subnet.private");
        assertThat(dependencies(g, "aws_instance.api")).containsExactlyInAnyOrder(
                "module.vpc.aws_subnet.private", "aws_db_instance.orders");
    }

    @Test
    void resourcesInsideAModuleDoNotAllDependOnEachOther() throws Exception {
        Graph g = Fixtures.read(reader, "dot/terraform-0.13-modules.dot").graph();
        assertThat(dependencies(g, "module.vpc.aws_vpc.this")).isEmpty();
        assertThat(dependencies(g, "module.vpc.aws_subnet.private")).containsExactly("module.vpc.aws_vpc.this");
        assertThat(dependencies(g, "module.vpc.aws_nat_gateway.this")).containsExactly("module.vpc.aws_subnet.private");
    }

    @Test
    void aHostileDeepModuleAddressIsReadWithoutOverflowingTheStack() throws Exception {
        String deep = "module.m.".repeat(50_000) + "aws_vpc.this";
        String dot = "digraph {\n  \"[root] " + deep + " (expand)\" -> \"[root] " + "module.m.".repeat(50_000)
                + "module.n (close)\"\n}\n";
        Graph g = Fixtures.read(reader, dot, "deep.dot").graph();
        assertThat(ids(g)).containsExactly(deep);
        assertThat(TerraformReader.localStart("module.db.aws_db_instance.x")).isEqualTo(10);
        assertThat(TerraformReader.localStart("module.a[\"k.v\"].aws_s3_bucket.b")).isEqualTo(16);
    }

    @Test
    void bothDialectsAreSniffedButPlainDotIsNot() {
        assertThat(TerraformReader.looksLike(Fixtures.text("dot/terraform-1.7.dot"))).isTrue();
        assertThat(TerraformReader.looksLike(Fixtures.text("dot/terraform-legacy.dot"))).isTrue();
        assertThat(TerraformReader.looksLike(Fixtures.text("dot/services.dot"))).isFalse();
    }

    @Test
    void addressesLoseEverySuffix() {
        assertThat(TerraformReader.address("[root] aws_instance.web (expand)")).isEqualTo("aws_instance.web");
        assertThat(TerraformReader.address("[root] meta.count-boundary (EachMode fixup)")).isEqualTo("meta.count-boundary");
        assertThat(TerraformReader.address("aws_instance.web")).isEqualTo("aws_instance.web");
    }

    @Test
    void hostileAddressesAreReadInLinearTimeAndWithoutDeepStacks() {
        String blanks = "digraph {\n\"[root] aws_instance.a" + " ".repeat(200_000) + "x (expand)\" -> \"[root] aws_instance.b (expand)\";\n}";
        String modules = "digraph {\n\"[root] " + "module.a.".repeat(50_000) + "aws_instance.a (expand)\" -> \"[root] aws_instance.b\";\n}";
        String suffixes = "digraph {\n\"[root] aws_instance.a" + " (expand)".repeat(50_000) + "\" -> \"[root] aws_instance.b\";\n}";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            assertThat(Fixtures.read(reader, blanks, "b.dot").graph().size()).isEqualTo(2);
            assertThat(Fixtures.read(reader, modules, "m.dot").graph().services().get(0).group()).startsWith("module.a.module.a");
            assertThat(ids(Fixtures.read(reader, suffixes, "s.dot").graph())).contains("aws_instance.a");
        });
    }
}
