package dev.blastmap.io.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Kind;
import org.junit.jupiter.api.Test;

class ResourceKindsTest {

    @Test
    void terraformAndCloudFormationSpellingsOfATypeGiveTheSameKind() {
        assertThat(ResourceKinds.of("aws_db_instance")).isEqualTo(ResourceKinds.of("AWS::RDS::DBInstance")).isEqualTo(Kind.DATABASE);
        assertThat(ResourceKinds.of("aws_sqs_queue")).isEqualTo(ResourceKinds.of("AWS::SQS::Queue")).isEqualTo(Kind.QUEUE);
        assertThat(ResourceKinds.of("aws_lb")).isEqualTo(ResourceKinds.of("AWS::ElasticLoadBalancingV2::LoadBalancer"))
                .isEqualTo(Kind.LOAD_BALANCER);
        assertThat(ResourceKinds.of("AWS::ElasticLoadBalancingV2::Listener")).isEqualTo(Kind.LOAD_BALANCER);
        assertThat(ResourceKinds.of("aws_vpc")).isEqualTo(ResourceKinds.of("AWS::EC2::VPC")).isEqualTo(Kind.NETWORK);
        assertThat(ResourceKinds.of("AWS::Lambda::Function")).isEqualTo(Kind.COMPUTE);
    }

    @Test
    void anUnknownTypeIsOther() {
        assertThat(ResourceKinds.of("random_pet")).isEqualTo(Kind.OTHER);
        assertThat(ResourceKinds.of("AWS::CloudFormation::WaitConditionHandle")).isEqualTo(Kind.OTHER);
    }
}
