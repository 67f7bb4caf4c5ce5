package dev.blastmap.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.SemanticsOracle;
import dev.blastmap.io.SourcePosition;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every rule's findings against docs/semantics.md as the brute-force oracle reads it, on random graphs. */
class PolicyCheckProperties {

    private static final SourcePosition AT = new SourcePosition(1, 1);

    /** A verdict reduced to what the oracle can say: subject, pass or fail, the services named. */
    record Verdict(String subject, boolean passed, List<ServiceId> services) {
    }

    @Property(tries = 400)
    void maxDownAndMaxWeightedJudgeEveryKnockoutAsTheOracleDoes(@ForAll("graphs") Graph graph,
            @ForAll @IntRange(min = 1, max = 5) int maxDown, @ForAll @IntRange(min = 0, max = 8) int maxWeighted)
            throws PolicyException {
        ServiceId excepted = graph.services().get(0).id();
        MaxDown down = new MaxDown(settings("d", excepted), maxDown);
        MaxWeighted weighted = new MaxWeighted(settings("w", excepted), maxWeighted / 2.0);

        CheckResult result = PolicyCheck.run(graph, "g", new Policy("p", List.of(down, weighted)));

        List<Verdict> expectedDown = new ArrayList<>();
        List<Verdict> expectedWeighted = new ArrayList<>();
        for (ServiceId s : sortedIds(graph)) {
            if (s.equals(excepted)) {
                continue;
            }
            BlastRadius radius = SemanticsOracle.knockOut(graph, Set.of(s));
            List<ServiceId> customerFacing = radius.impact().customerFacingDown();
            boolean downHolds = radius.impact().down() <= down.limit();
            boolean weightHolds = radius.impact().weighted() <= weighted.limit();
            expectedDown.add(new Verdict(s.value(), downHolds, downHolds ? List.of() : customerFacing));
            expectedWeighted.add(new Verdict(s.value(), weightHolds, weightHolds ? List.of() : customerFacing));
        }
        assertThat(verdicts(result.outcomes().get(0))).containsExactlyElementsOf(expectedDown);
        assertThat(verdicts(result.outcomes().get(1))).containsExactlyElementsOf(expectedWeighted);
        assertChainsAreTheOraclesCauseChains(graph, result);
    }

    @Property(tries = 400)
    void noSinglePointOfFailureFindsExactlyTheOtherServicesWhoseLossAloneTakesATargetDown(
            @ForAll("graphs") Graph graph) throws PolicyException {
        List<ServiceId> ids = sortedIds(graph);
        ServiceId accepted = ids.get(ids.size() / 2);
        NoSinglePointOfFailure rule = new NoSinglePointOfFailure(settings("spof", accepted),
                ServiceSelector.parse("zone:z0"));

        CheckResult result = PolicyCheck.run(graph, "g", new Policy("p", List.of(rule)));

        List<Verdict> expected = new ArrayList<>();
        for (ServiceId t : ids) {
            if (t.equals(accepted) || !"z0".equals(graph.require(t).zone())) {
                continue;
            }
            List<ServiceId> culprits = ids.stream().filter(s -> !s.equals(t) && !s.equals(accepted)
                    && SemanticsOracle.downSet(graph, Set.of(s)).contains(t)).toList();
            expected.add(new Verdict(t.value(), culprits.isEmpty(), culprits));
        }
        assertThat(verdicts(result.outcomes().get(0))).containsExactlyElementsOf(expected);
        assertChainsAreTheOraclesCauseChains(graph, result);
    }

    @Property(tries = 300)
    void surviveKnocksOutEachZoneAndFailsOnTheCustomerFacingServicesItTakesDown(@ForAll("graphs") Graph graph)
            throws PolicyException {
        ServiceId allowedDown = sortedIds(graph).get(0);
        Survive rule = new Survive(settings("zones", allowedDown), ServiceSelector.parse("zone:*"));

        CheckResult result = PolicyCheck.run(graph, "g", new Policy("p", List.of(rule)));

        List<Verdict> expected = new ArrayList<>();
        for (String zone : new TreeSet<>(graph.services().stream().map(Service::zone).toList())) {
            Set<ServiceId> k = new LinkedHashSet<>();
            graph.services().stream().filter(s -> s.zone().equals(zone)).forEach(s -> k.add(s.id()));
            List<ServiceId> lost = SemanticsOracle.knockOut(graph, k).impact().customerFacingDown().stream()
                    .filter(id -> !id.equals(allowedDown)).toList();
            expected.add(new Verdict("zone:" + zone, lost.isEmpty(), lost));
        }
        assertThat(verdicts(result.outcomes().get(0))).containsExactlyElementsOf(expected);
        assertChainsAreTheOraclesCauseChains(graph, result);
    }

    /** Every chain leads from a service named by the finding back to what its subject knocked out. */
    private static void assertChainsAreTheOraclesCauseChains(Graph graph, CheckResult result) {
        for (RuleOutcome outcome : result.outcomes()) {
            for (Finding f : outcome.failures()) {
                for (List<ServiceId> chain : f.causeChains()) {
                    Set<ServiceId> knockedOut = outcome.rule() instanceof Survive
                            ? zone(graph, f.subject().substring("zone:".length()))
                            : Set.of(chain.get(chain.size() - 1));
                    assertThat(chain).isEqualTo(SemanticsOracle.knockOut(graph, knockedOut).causeChain(chain.get(0)));
                    if (outcome.rule() instanceof NoSinglePointOfFailure) {
                        assertThat(chain.get(0).value()).isEqualTo(f.subject());
                    } else if (!f.services().isEmpty()) {
                        assertThat(f.services()).contains(chain.get(0));
                    }
                }
            }
        }
    }

    private static Set<ServiceId> zone(Graph graph, String zone) {
        Set<ServiceId> k = new LinkedHashSet<>();
        graph.services().stream().filter(s -> zone.equals(s.zone())).forEach(s -> k.add(s.id()));
        return k;
    }

    private static List<Verdict> verdicts(RuleOutcome outcome) {
        return outcome.findings().stream().map(f -> new Verdict(f.subject(), f.passed(), f.services())).toList();
    }

    private static List<ServiceId> sortedIds(Graph graph) {
        return graph.services().stream().map(Service::id).sorted().toList();
    }

    private static RuleSettings settings(String id, ServiceId excepted) {
        return new RuleSettings(id, Severity.ERROR, List.of(excepted.value()), AT);
    }

    /** Random graphs whose services sit in zones z0, z1, z2 (so every zone selector matches something). */
    @Provide
    Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs().map(g -> {
            List<Service> zoned = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                zoned.add(g.services().get(i).toBuilder().zone("z" + (i == 0 ? 0 : i % 3)).build());
            }
            return Graph.of(zoned);
        });
    }
}
