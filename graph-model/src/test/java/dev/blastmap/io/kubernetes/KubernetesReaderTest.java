package dev.blastmap.io.kubernetes;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.ReadResult;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class KubernetesReaderTest {

    private final KubernetesReader reader = new KubernetesReader();

    @Test
    void onlineBoutiqueGivesItsRealCallGraph() throws Exception {
        Graph g = Fixtures.read(reader, "kubernetes/online-boutique.yaml").graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("emailservice", "checkoutservice", "recommendationservice",
                "frontend", "paymentservice", "productcatalogservice", "cartservice", "currencyservice",
                "shippingservice", "adservice", "redis-cart", "loadgenerator");
        assertThat(dependencies(g, "frontend")).containsExactlyInAnyOrder("productcatalogservice", "currencyservice",
                "cartservice", "recommendationservice", "shippingservice", "checkoutservice", "adservice");
        assertThat(dependencies(g, "checkoutservice")).containsExactlyInAnyOrder("productcatalogservice",
                "shippingservice", "paymentservice", "emailservice", "currencyservice", "cartservice");
        assertThat(dependencies(g, "recommendationservice")).containsExactly("productcatalogservice");
        assertThat(dependencies(g, "cartservice")).containsExactly("redis-cart");
        assertThat(dependencies(g, "loadgenerator")).containsExactly("frontend");
        for (String leaf : new String[] {"emailservice", "paymentservice", "productcatalogservice", "currencyservice",
                "shippingservice", "adservice", "redis-cart"}) {
            assertThat(dependencies(g, leaf)).as(leaf).isEmpty();
        }
    }

    @Test
    void aServiceFrontingOneWorkloadIsTheSameServiceAndALoadBalancerMakesItCustomerFacing() throws Exception {
        Graph g = Fixtures.read(reader, "kubernetes/online-boutique.yaml").graph();
        assertThat(ids(g)).doesNotContain("frontend-external");
        assertThat(g.require(ServiceId.of("frontend")).customerFacing()).isTrue();
        assertThat(g.require(ServiceId.of("redis-cart")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("frontend")).tags()).contains("kubernetes:Deployment");
    }

    @Test
    void bookinfoGivesItsServicesTheVersionsBehindReviewsAndSaysItsCallsAreNotInTheManifest() throws Exception {
        ReadResult r = Fixtures.read(reader, "kubernetes/bookinfo.yaml");
        Graph g = r.graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("details", "ratings", "productpage", "reviews-v1", "reviews-v2",
                "reviews-v3", "reviews");
        Service reviews = g.require(ServiceId.of("reviews"));
        assertThat(reviews.dependsOn()).singleElement().satisfies(c -> {
            assertThat(c.members()).extracting(ServiceId::value).containsExactly("reviews-v1", "reviews-v2", "reviews-v3");
            assertThat(c.need()).isEqualTo(1);
        });
        assertThat(g.require(ServiceId.of("details")).tags()).contains("workload:details-v1");
        assertThat(r.warnings()).anySatisfy(p -> assertThat(p.message()).contains("find their peers in code"));
    }

    @Test
    void helmOutputResolvesNamespacesClusterDomainsConfigMapsStatefulSetPodsAndIngressBackends() throws Exception {
        ReadResult r = Fixtures.read(reader, "kubernetes/helm-template.yaml");
        Graph g = r.graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("orders", "payments", "orders-db", "cache", "events", "shop");
        assertThat(dependencies(g, "orders")).containsExactlyInAnyOrder("orders-db", "payments", "cache", "events");
        assertThat(dependencies(g, "payments")).isEmpty();
        assertThat(dependencies(g, "shop")).containsExactlyInAnyOrder("orders", "payments");
        assertThat(g.require(ServiceId.of("shop")).kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(g.require(ServiceId.of("shop")).customerFacing()).isTrue();
        assertThat(g.require(ServiceId.of("events")).kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(g.require(ServiceId.of("orders")).group()).isEqualTo("shop");
        assertThat(g.require(ServiceId.of("orders-db")).group()).isEqualTo("data");
        assertThat(g.require(ServiceId.of("orders")).tags()).contains("replicas:3", "workload:shop-orders");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void whereEachServiceIsDefinedIsKnown() throws Exception {
        ReadResult r = Fixtures.read(reader, "kubernetes/helm-template.yaml");
        assertThat(r.positionOf(ServiceId.of("orders"))).contains(new SourcePosition(29, 0));
        assertThat(r.positionOf(ServiceId.of("shop")).orElseThrow().line()).isGreaterThan(150);
    }

    @Test
    void kubectlGetOutputAsAJsonListIsRead() throws Exception {
        Graph g = Fixtures.read(reader, "kubernetes/kubectl-list.json").graph();
        assertThat(ids(g)).containsExactlyInAnyOrder("web", "api");
        assertThat(dependencies(g, "web")).containsExactly("api");
        assertThat(g.require(ServiceId.of("web")).tags()).contains("replicas:2");
    }

    @Test
    void brokenYamlIsAProblemWithItsLineNotACrash() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n   bad: [\n";
        assertThatThrownBy(() -> Fixtures.read(reader, yaml, "k.yaml"))
                .isInstanceOfSatisfying(GraphImportException.class, e -> assertThat(e.problems().get(0).line()).isPositive())
                .hasMessageContaining("k.yaml:").hasMessageContaining("Kubernetes: not valid YAML");
    }

    @Test
    void manifestsAreSniffedAndNeitherBackstageNorCloudFormationIsTakenForThem() throws Exception {
        assertThat(KubernetesReader.looksLike(Fixtures.text("kubernetes/online-boutique.yaml"))).isTrue();
        assertThat(KubernetesReader.looksLike(Fixtures.text("kubernetes/kubectl-list.json"))).isTrue();
        assertThat(KubernetesReader.looksLike(Fixtures.text("backstage/catalog-info.yaml"))).isFalse();
        assertThat(GraphFormats.forReading("all.yaml", Fixtures.text("kubernetes/helm-template.yaml")).name())
                .isEqualTo("kubernetes");
        assertThat(GraphFormats.forReading("pods.json", Fixtures.text("kubernetes/kubectl-list.json")).name())
                .isEqualTo("kubernetes");
    }

    @Test
    void hostsAreFoundOnlyWhereTheyClearlyAreHosts() {
        assertThat(HostReferences.in("productcatalogservice:3550")).containsExactly("productcatalogservice");
        assertThat(HostReferences.in("http://reviews:9080/reviews")).containsExactly("reviews");
        assertThat(HostReferences.in("redis://user@cache.shop.svc.cluster.local:6379/0")).containsExactly("cache.shop.svc.cluster.local");
        assertThat(HostReferences.in("redis-cart")).containsExactly("redis-cart");
        assertThat(HostReferences.in("-addr=:8080")).isEmpty();
        assertThat(HostReferences.in("/tmp/logs")).isEmpty();
        assertThat(HostReferences.in("orders are welcome here")).isEmpty();
        assertThat(HostReferences.in("--payments-url=http://payments.shop:9000/v1")).containsExactly("payments.shop");
        assertThat(HostReferences.in("api.stripe.com.")).containsExactly("api.stripe.com");
        assertThat(HostReferences.in("my_service:80")).isEmpty();
    }

    @Test
    void hostileValuesAreScannedInLinearTimeWithoutOverflowingTheStack() {
        assertThat(HostReferences.in("a.".repeat(200_000) + "_")).hasSize(1);
        assertThat(HostReferences.in("a-".repeat(200_000) + "b:1")).hasSize(1);
        assertThat(HostReferences.in("1:".repeat(200_000))).isNotNull();
    }

    @Test
    void clausesAreKeptAsOneOfN() throws Exception {
        Graph g = Fixtures.read(reader, "kubernetes/bookinfo.yaml").graph();
        assertThat(g.require(ServiceId.of("reviews")).dependsOn()).extracting(Clause::need).containsExactly(1);
    }
}
