package dev.blastmap.io.cloudformation;

import static dev.blastmap.io.Fixtures.dependencies;
import static dev.blastmap.io.Fixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.io.Fixtures;
import dev.blastmap.io.formats.GraphFormats;
import dev.blastmap.io.ReadResult;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Kind;
import dev.blastmap.model.ServiceId;
import org.junit.jupiter.api.Test;

class CloudFormationReaderTest {

    private final CloudFormationReader reader = new CloudFormationReader();

    @Test
    void yamlShortFormsRefGetAttAndSubAreDependenciesButParametersAreNot() throws Exception {
        ReadResult r = Fixtures.read(reader, "cloudformation/orders-api.yaml");
        Graph g = r.graph();
        assertThat(ids(g)).containsExactly("OrdersTable", "FulfilmentQueue", "FulfilmentDeadLetters",
                "OrdersFunctionRole", "OrdersFunction", "OrdersApi", "OrdersIntegrationPermission", "OrdersDeployment",
                "AlarmTopic");
        assertThat(dependencies(g, "OrdersTable")).isEmpty();
        assertThat(dependencies(g, "FulfilmentQueue")).containsExactly("FulfilmentDeadLetters");
        assertThat(dependencies(g, "OrdersFunctionRole")).containsExactly("OrdersTable", "FulfilmentQueue");
        assertThat(dependencies(g, "OrdersFunction")).containsExactly("OrdersFunctionRole", "OrdersTable", "FulfilmentQueue");
        assertThat(dependencies(g, "OrdersApi")).isEmpty();
        assertThat(dependencies(g, "OrdersIntegrationPermission")).containsExactly("OrdersFunction", "OrdersApi");
        assertThat(dependencies(g, "OrdersDeployment")).containsExactly("OrdersIntegrationPermission", "OrdersApi");
        assertThat(dependencies(g, "AlarmTopic")).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(g.description()).startsWith("Orders API");
    }

    @Test
    void typesGiveKindsAndTags() throws Exception {
        Graph g = Fixtures.read(reader, "cloudformation/orders-api.yaml").graph();
        assertThat(g.require(ServiceId.of("OrdersTable")).kind()).isEqualTo(Kind.DATABASE);
        assertThat(g.require(ServiceId.of("FulfilmentQueue")).kind()).isEqualTo(Kind.QUEUE);
        assertThat(g.require(ServiceId.of("OrdersFunction")).kind()).isEqualTo(Kind.COMPUTE);
        assertThat(g.require(ServiceId.of("OrdersFunctionRole")).kind()).isEqualTo(Kind.IDENTITY);
        assertThat(g.require(ServiceId.of("AlarmTopic")).tags()).containsExactly("type:AWS::SNS::Topic", "condition:IsProd");
    }

    @Test
    void jsonLongFormsAndDependsOnListsAreRead() throws Exception {
        ReadResult r = Fixtures.read(reader, "cloudformation/web-vpc.json");
        Graph g = r.graph();
        assertThat(dependencies(g, "GatewayAttachment")).containsExactly("VPC", "InternetGateway");
        assertThat(dependencies(g, "SubnetA")).containsExactly("VPC");
        assertThat(dependencies(g, "LoadBalancer")).containsExactly("GatewayAttachment", "SubnetA", "SubnetB");
        assertThat(dependencies(g, "Listener")).containsExactly("LoadBalancer", "TargetGroup");
        assertThat(dependencies(g, "LaunchTemplate")).containsExactly("LoadBalancer");
        assertThat(dependencies(g, "WebServers")).containsExactly("SubnetA", "SubnetB", "LaunchTemplate", "TargetGroup");
        assertThat(g.require(ServiceId.of("LoadBalancer")).kind()).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(g.require(ServiceId.of("VPC")).kind()).isEqualTo(Kind.NETWORK);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.positionOf(ServiceId.of("VPC")).orElseThrow().line()).isEqualTo(9);
    }

    @Test
    void aDependsOnToAMissingResourceIsAnErrorWithItsLineAndAnUnknownRefAWarning() throws Exception {
        String yaml = "Resources:\n  A:\n    Type: AWS::SQS::Queue\n    DependsOn: [B]\n";
        assertThatThrownBy(() -> Fixtures.read(reader, yaml, "t.yaml"))
                .hasMessageContaining("t.yaml:4:").hasMessageContaining("DependsOn B");
        String unknown = "Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: !Ref Nowhere\n";
        assertThat(Fixtures.read(reader, unknown, "t.yaml").warnings()).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    @Test
    void templatesAreSniffedApartFromKubernetesAndBackstage() throws Exception {
        assertThat(GraphFormats.forReading("t.yaml", Fixtures.text("cloudformation/orders-api.yaml")).name())
                .isEqualTo("cloudformation");
        assertThat(GraphFormats.forReading("t.json", Fixtures.text("cloudformation/web-vpc.json")).name())
                .isEqualTo("cloudformation");
        assertThat(CloudFormationReader.looksLike(Fixtures.text("kubernetes/online-boutique.yaml"))).isFalse();
        assertThat(CloudFormationReader.looksLike(Fixtures.text("backstage/catalog-info.yaml"))).isFalse();
    }

    @Test
    void aYamlFileThatIsNoFormatIsRefusedNamingWhatWasTried() {
        assertThatThrownBy(() -> GraphFormats.forReading("values.yaml", "replicaCount: 2\nimage:\n  tag: 1.0\n"))
                .hasMessageContaining("Kubernetes").hasMessageContaining("CloudFormation").hasMessageContaining("Backstage");
    }
}
