package dev.blastmap.io.assemble;

import dev.blastmap.model.Kind;
import java.util.Locale;

/** The kind of a cloud resource by its type, for the infrastructure formats (terraform, CloudFormation). */
public final class ResourceKinds {

    private ResourceKinds() {
    }

    /**
     * The kind a resource type names: a terraform type ({@code aws_db_instance}, {@code google_sql_database}) or
     * a CloudFormation one ({@code AWS::RDS::DBInstance}); {@link Kind#OTHER} when no rule knows it.
     */
    public static Kind of(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace("::", "_");
        if (t.matches(".*(_lb|_alb|_elb|load_?balanc(?:er|ing).*|lb_listener|forwarding_rule|_lb_.*)")) {
            return Kind.LOAD_BALANCER;
        }
        if (t.matches(".*(route53|dns).*")) {
            return Kind.DNS;
        }
        if (t.matches(".*(db_instance|rds|dynamodb|_sql|database|cosmosdb|elasticache|redis|docdb|spanner|bigtable|firestore).*")) {
            return Kind.DATABASE;
        }
        if (t.matches(".*(s3_bucket|storage|_efs|blob|_disk|_volume).*")) {
            return Kind.STORAGE;
        }
        if (t.matches(".*(sqs|sns|queue|pubsub|kinesis|eventhub|servicebus|_msk|kafka).*")) {
            return Kind.QUEUE;
        }
        if (t.matches(".*(iam_|kms|cognito|identity|secret|_acm|certificate).*")) {
            return Kind.IDENTITY;
        }
        if (t.matches(".*(vpc|subnet|security_group|nat_gateway|internet_gateway|route_table|network|firewall|_eip|_route$).*")) {
            return Kind.NETWORK;
        }
        if (t.matches(".*(instance|autoscaling|lambda|ecs_|eks_|compute|function|container|virtual_machine|_vm|kubernetes).*")) {
            return Kind.COMPUTE;
        }
        return Kind.OTHER;
    }
}
