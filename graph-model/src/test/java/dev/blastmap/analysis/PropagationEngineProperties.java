package dev.blastmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import dev.blastmap.testing.RandomGraphs.GraphAndKnockout;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The engine against the brute-force oracle on thousands of small random graphs. */
class PropagationEngineProperties {

    @Property(tries = 3000)
    void theEngineAgreesWithTheOracleOnEverything(@ForAll("knockouts") GraphAndKnockout example) {
        BlastRadius engine = new PropagationEngine(example.graph()).knockOut(example.knockedOut());
        BlastRadius oracle = BruteForceSemantics.knockOut(example.graph(), example.knockedOut());

        assertThat(engine.knockedOut()).containsExactlyElementsOf(oracle.knockedOut());
        assertThat(engine.down()).containsExactlyElementsOf(oracle.down());
        assertThat(engine.degraded()).containsExactlyElementsOf(oracle.degraded());
        assertThat(engine.impact()).isEqualTo(oracle.impact());
    }

    @Property(tries = 1000)
    void knockingOutMoreNeverBringsAServiceBack(@ForAll("knockouts") GraphAndKnockout example,
                                                @ForAll("extraIndex") int extra) {
        Graph graph = example.graph();
        Set<ServiceId> more = new LinkedHashSet<>(example.knockedOut());
        more.add(graph.services().get(extra % graph.size()).id());
        PropagationEngine engine = new PropagationEngine(graph);

        Set<ServiceId> downBefore = downIds(engine.knockOut(example.knockedOut()));
        Set<ServiceId> downAfter = downIds(engine.knockOut(more));

        assertThat(downAfter).containsAll(downBefore);
    }

    @Property(tries = 1000)
    void everyCauseChainEndsInTheKnockedOutSetWithKeysRisingAlongIt(@ForAll("knockouts") GraphAndKnockout example) {
        BlastRadius radius = new PropagationEngine(example.graph()).knockOut(example.knockedOut());

        for (Failure f : radius.down()) {
            List<ServiceId> chain = radius.causeChain(f.id());
            assertThat(chain).first().isEqualTo(f.id());
            assertThat(example.knockedOut()).contains(chain.get(chain.size() - 1));
            assertThat(new HashSet<>(chain)).hasSameSizeAs(chain);
            for (int i = 0; i + 1 < chain.size(); i++) {
                Failure later = radius.failure(chain.get(i)).orElseThrow();
                Failure earlier = radius.failure(chain.get(i + 1)).orElseThrow();
                assertThat(later.wave()).isEqualTo(earlier.wave() + 1);
                assertThat(later.time()).isGreaterThanOrEqualTo(earlier.time());
            }
        }
    }

    @Property(tries = 1000)
    void theDownListIsSortedByTimeWaveAndId(@ForAll("knockouts") GraphAndKnockout example) {
        List<Failure> down = new PropagationEngine(example.graph()).knockOut(example.knockedOut()).down();

        for (int i = 0; i + 1 < down.size(); i++) {
            Failure a = down.get(i);
            Failure b = down.get(i + 1);
            int byTime = a.time().compareTo(b.time());
            assertThat(byTime < 0 || byTime == 0 && (a.wave() < b.wave()
                    || a.wave() == b.wave() && a.id().compareTo(b.id()) < 0)).as("%s before %s", a, b).isTrue();
        }
    }

    @Provide
    Arbitrary<GraphAndKnockout> knockouts() {
        return RandomGraphs.graphsWithKnockouts();
    }

    @Provide
    Arbitrary<Integer> extraIndex() {
        return net.jqwik.api.Arbitraries.integers().between(0, 1000);
    }

    private static Set<ServiceId> downIds(BlastRadius radius) {
        Set<ServiceId> ids = new HashSet<>();
        radius.down().forEach(f -> ids.add(f.id()));
        return ids;
    }
}
