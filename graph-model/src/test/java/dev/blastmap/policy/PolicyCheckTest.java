package dev.blastmap.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.blastmap.io.Problem;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCheckTest {

    /**
     * checkout → api → {db, anyOf(cache-a, cache-b)}; api in zone a; the caches one per zone; search is
     * customer-facing and needs nothing.
     */
    static final Graph SHOP = Graph.of(
            Service.builder("checkout").customerFacing(true).zone("a").dependsOn("api").build(),
            Service.builder("api").zone("a").dependsOn("db")
                    .dependsOn(Clause.anyOf(List.of(ServiceId.of("cache-a"), ServiceId.of("cache-b")))).build(),
            Service.builder("db").zone("b").weight(5).build(),
            Service.builder("cache-a").zone("a").build(),
            Service.builder("cache-b").zone("b").build(),
            Service.builder("search").customerFacing(true).zone("b").build());

    static CheckResult check(String policy) throws Exception {
        return PolicyCheck.run(SHOP, "shop.json", new PolicyReader().read(new StringReader(policy), "policy.yaml"));
    }

    @Test
    void maxDownFailsTheKnockoutsThatTakeDownMoreAndExplainsThemWithCauseChains() throws Exception {
        CheckResult result = check("rules:\n  - maxDown: 2\n");

        RuleOutcome outcome = result.outcomes().get(0);
        assertThat(outcome.findings()).extracting(Finding::subject)
                .containsExactly("api", "cache-a", "cache-b", "checkout", "db", "search");
        assertThat(outcome.failures()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("db");
            assertThat(f.message()).isEqualTo("losing db takes down 3 services, more than the 2 allowed, "
                    + "customer-facing among them: checkout");
            assertThat(f.services()).containsExactly(ServiceId.of("checkout"));
            assertThat(f.causeChains()).containsExactly(List.of(ServiceId.of("checkout"), ServiceId.of("api"),
                    ServiceId.of("db")));
            assertThat(Finding.chainText(f.causeChains().get(0))).isEqualTo("checkout ← api ← db");
        });
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).isEqualTo(1);
    }

    @Test
    void maxWeightedAddsTheWeightsOfEverythingDown() throws Exception {
        CheckResult result = check("rules:\n  - maxWeighted: 6.5\n");

        assertThat(result.outcomes().get(0).failures()).singleElement().extracting(Finding::message)
                .isEqualTo("losing db takes down a weight of 7, more than the 6.5 allowed, customer-facing among "
                        + "them: checkout");
    }

    @Test
    void noSinglePointOfFailureNamesEveryCulpritAndAcceptsTheExceptedOnes() throws Exception {
        CheckResult strict = check("rules:\n  - noSinglePointOfFailure: customer-facing\n");
        CheckResult lenient = check("rules:\n  - noSinglePointOfFailure: customer-facing\n    except: [db, api]\n");

        Finding checkout = strict.outcomes().get(0).findings().get(0);
        assertThat(checkout.message()).isEqualTo("checkout goes down when any one of 2 services is lost: api, db");
        assertThat(checkout.causeChains()).containsExactly(
                List.of(ServiceId.of("checkout"), ServiceId.of("api")),
                List.of(ServiceId.of("checkout"), ServiceId.of("api"), ServiceId.of("db")));
        assertThat(strict.outcomes().get(0).findings().get(1).passed()).isTrue();
        assertThat(lenient.passed()).isTrue();
    }

    @Test
    void surviveKnocksOutEachZoneInTurn() throws Exception {
        CheckResult result = check("rules:\n  - survive: zone:*\n    severity: warning\n");

        assertThat(result.outcomes().get(0).findings()).extracting(Finding::subject, Finding::passed,
                Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("zone:a", false,
                        "losing zone:a (3 services) takes down customer-facing checkout"),
                org.assertj.core.groups.Tuple.tuple("zone:b", false,
                        "losing zone:b (3 services) takes down 2 customer-facing services: checkout, search"));
        assertThat(result.passed()).as("a broken warning does not fail the check").isTrue();
        assertThat(result.brokenRules()).isEqualTo(1);
    }

    @Test
    void aSelectorThatMatchesNothingIsAProblemRatherThanAVacuousPass() throws Exception {
        PolicyException e = catchThrowableOfType(() -> check("rules:\n  - survive: region:*\n"
                + "  - noSinglePointOfFailure: tag:payments\n"), PolicyException.class);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "policy.yaml:2:5: error: survive: region:* matches no service of the graph; check the spelling, or "
                        + "remove the rule",
                "policy.yaml:3:5: error: noSinglePointOfFailure: tag:payments matches no service of the graph; check "
                        + "the spelling, or remove the rule");
    }

    /** Two replicas that both run on one host, behind a customer-facing app; and a pair of caches. */
    private static final Graph SHARED_HOST = Graph.of(
            Service.builder("app").customerFacing(true)
                    .dependsOn(Clause.anyOf(List.of(ServiceId.of("r1"), ServiceId.of("r2")))).build(),
            Service.builder("r1").dependsOn("host").build(),
            Service.builder("r2").dependsOn("host").build(),
            Service.of("host"));

    private static CheckResult checkSharedHost(String policy) throws Exception {
        return PolicyCheck.run(SHARED_HOST, "g.json", new PolicyReader().read(new StringReader(policy), "policy.yaml"));
    }

    @Test
    void noCommonCauseFailsReplicasThatAllNeedOneServiceAndNamesIt() throws Exception {
        CheckResult result = checkSharedHost("rules:\n  - noCommonCause: true\n");

        assertThat(result.outcomes().get(0).failures()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("app#0");
            assertThat(f.services()).containsExactly(ServiceId.of("host"));
            assertThat(f.message()).contains("losing host alone breaks that redundancy");
            // The engine names one of the two replicas as the link; either explains it.
            assertThat(f.causeChains()).singleElement().satisfies(chain -> assertThat(chain)
                    .hasSize(3).startsWith(ServiceId.of("app")).endsWith(ServiceId.of("host")));
        });
        assertThat(checkSharedHost("rules:\n  - noCommonCause: true\n    except: [host]\n").passed()).isTrue();
        assertThat(check("rules:\n  - noCommonCause: true\n").passed()).isTrue();
    }

    @Test
    void maxCutSetsOrder2CountsThePairsThatTakeDownCustomerFacingServices() throws Exception {
        // SHOP: checkout falls with both caches together (one pair); search needs nothing.
        assertThat(check("rules:\n  - maxCutSetsOrder2: 0\n").outcomes().get(0).failures()).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).startsWith("1 pair of services takes down a customer-facing service together, more than the 0 allowed");
                    assertThat(f.services()).containsExactly(ServiceId.of("cache-a"), ServiceId.of("cache-b"));
                });
        assertThat(check("rules:\n  - maxCutSetsOrder2: 1\n").passed()).isTrue();
        assertThat(check("rules:\n  - maxCutSetsOrder2: 0\n    except: [checkout]\n").passed()).isTrue();
    }
}
