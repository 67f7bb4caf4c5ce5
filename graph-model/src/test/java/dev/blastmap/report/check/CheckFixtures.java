package dev.blastmap.report.check;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.policy.CheckResult;
import dev.blastmap.policy.PolicyCheck;
import dev.blastmap.policy.PolicyReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small shop and a policy with every rule this build checks, broken in several ways. */
final class CheckFixtures {

    static final Graph SHOP = Graph.of(
            Service.builder("check<out>").customerFacing(true).zone("a").dependsOn("api").build(),
            Service.builder("api").zone("a").dependsOn("db")
                    .dependsOn(Clause.anyOf(List.of(ServiceId.of("cache-a"), ServiceId.of("cache-b")))).build(),
            Service.builder("db").zone("b").weight(5).build(),
            Service.builder("cache-a").zone("a").build(),
            Service.builder("cache-b").zone("b").build(),
            Service.builder("search|x").customerFacing(true).zone("b").build());

    static final String POLICY = """
            rules:
              - maxDown: 2
              - maxWeighted: 100
              - noSinglePointOfFailure: customer-facing
                id: no-spof
              - survive: zone:*
                severity: warning
            """;

    private CheckFixtures() {
    }

    static CheckResult result() throws Exception {
        return PolicyCheck.run(SHOP, "graphs/shop.blastmap.json",
                new PolicyReader().read(new StringReader(POLICY), "policy.yaml"));
    }

    static String written(CheckWriter writer, CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
