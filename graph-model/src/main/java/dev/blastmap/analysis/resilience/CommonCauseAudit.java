package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Finds redundancy that isn't: for every redundant clause (hard; anyOf or at least k of n with k &lt; n), the
 * single services outside the clause whose failure alone takes down at least {@code failuresToBreak} of its
 * members (docs/semantics.md, "Down set D"), so that one failure breaks a clause meant to survive one. The
 * owner of the clause and its members are not counted as common causes: a member's own loss is what the
 * redundancy is for.
 *
 * <p>Exact. It does not knock out each service in turn: {@link ScenarioPropagation} computes the down sets of
 * 64 single failures per pass, and only services that can take down something besides themselves (those a
 * single dependency or allOf names) need a pass. Soft clauses never break and are not audited; delays do not
 * matter, because a clause that breaks later still breaks.
 *
 * <pre>{@code
 * List<CommonCauseFinding> findings = CommonCauseAudit.of(graph).findings();
 * }</pre>
 */
public final class CommonCauseAudit {

    private final ScenarioPropagation propagation;
    private final List<CommonCauseFinding> findings;

    private CommonCauseAudit(ScenarioPropagation propagation, Progress progress) {
        this.propagation = propagation;
        this.findings = audit(progress);
    }

    /** Audits the graph. */
    public static CommonCauseAudit of(Graph graph) {
        return of(new PropagationEngine(graph), Progress.NONE);
    }

    /**
     * Audits the engine's graph, reusing its compiled form and reporting progress in passes of 64 services.
     *
     * @throws CancellationException when {@code progress} says so
     */
    public static CommonCauseAudit of(PropagationEngine engine, Progress progress) {
        return new CommonCauseAudit(ScenarioPropagation.of(engine), Objects.requireNonNull(progress, "progress"));
    }

    /** The graph audited. */
    public Graph graph() {
        return propagation.graph();
    }

    /**
     * Every redundant clause that a single outside failure breaks, by owner in file order, then clause index.
     * Empty when all redundancy holds.
     */
    public List<CommonCauseFinding> findings() {
        return findings;
    }

    private List<CommonCauseFinding> audit(Progress progress) {
        RedundantClauses clauses = RedundantClauses.of(propagation);
        int[] sources = clauses.sources();
        int passes = (sources.length + ScenarioPropagation.SCENARIOS - 1) / ScenarioPropagation.SCENARIOS;
        AtomicInteger nextPass = new AtomicInteger();
        AtomicLong passesDone = new AtomicLong();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), passes));
        List<long[]> found = IntStream.range(0, workers).parallel().mapToObj(worker -> {
            PassWorker pass = new PassWorker(clauses);
            for (int next = nextPass.getAndIncrement(); next < passes; next = nextPass.getAndIncrement()) {
                if (progress.isCancelled()) {
                    throw new CancellationException("audit cancelled");
                }
                int offset = next * ScenarioPropagation.SCENARIOS;
                pass.run(sources, offset, Math.min(ScenarioPropagation.SCENARIOS, sources.length - offset));
                progress.worked(passesDone.incrementAndGet(), passes);
            }
            return pass.found();
        }).toList();
        return findings(clauses, found);
    }

    /** Groups the (clause, cause) pairs into findings, clauses in file order and causes by id. */
    private List<CommonCauseFinding> findings(RedundantClauses clauses, List<long[]> found) {
        long[] pairs = new long[found.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (long[] a : found) {
            System.arraycopy(a, 0, pairs, at, a.length);
            at += a.length;
        }
        // clause in the high half, the cause's id rank in the low half: one sort orders both
        Arrays.sort(pairs);
        Graph graph = propagation.graph();
        int[] byIdRank = new int[propagation.size()];
        for (int v = 0; v < byIdRank.length; v++) {
            byIdRank[propagation.idRank(v)] = v;
        }
        List<CommonCauseFinding> result = new ArrayList<>();
        for (int i = 0; i < pairs.length; ) {
            int c = (int) (pairs[i] >>> 32);
            List<ServiceId> causes = new ArrayList<>();
            for (; i < pairs.length && (int) (pairs[i] >>> 32) == c; i++) {
                causes.add(propagation.id(byIdRank[(int) pairs[i]]));
            }
            Service owner = graph.services().get(clauses.owner(c));
            Clause clause = owner.dependsOn().get(clauses.clauseIndex(c));
            result.add(new CommonCauseFinding(owner.id(), clauses.clauseIndex(c), clause.members(), clause.need(),
                    causes));
        }
        return List.copyOf(result); // redundant clauses are numbered in file order, so this is the documented order
    }

    /** One thread's share: a pass of up to 64 single failures, then the redundant clauses they break. */
    private final class PassWorker {
        private final RedundantClauses clauses;
        private final ScenarioPropagation.Pass pass = propagation.pass();
        /** The pass in which each clause was last looked at, so each is looked at once per pass. */
        private final int[] seenIn;
        private final int[] toCheck;
        private final int[] lost = new int[ScenarioPropagation.SCENARIOS];
        private int passNumber;
        /** (clause, cause id rank) pairs found so far: the first foundCount. */
        private long[] found = new long[16];
        private int foundCount;

        PassWorker(RedundantClauses clauses) {
            this.clauses = clauses;
            this.seenIn = new int[clauses.count()];
            this.toCheck = new int[clauses.count()];
        }

        void run(int[] sources, int offset, int count) {
            passNumber++;
            for (int bit = 0; bit < count; bit++) {
                pass.knockOut(sources[offset + bit], 1L << bit);
            }
            pass.propagate();
            int checks = 0;
            for (int i = 0, down = pass.downCount(); i < down; i++) {
                int v = pass.downService(i);
                for (int r = clauses.namingStart(v), end = clauses.namingStart(v + 1); r < end; r++) {
                    int c = clauses.naming(r);
                    if (seenIn[c] != passNumber) {
                        seenIn[c] = passNumber;
                        toCheck[checks++] = c;
                    }
                }
            }
            for (int i = 0; i < checks; i++) {
                check(toCheck[i], sources, offset);
            }
            pass.clear();
        }

        /** Adds the sources of this pass that take down at least failuresToBreak members of clause c. */
        private void check(int c, int[] sources, int offset) {
            Arrays.fill(lost, 0);
            long broken = 0;
            int failures = clauses.failures(c);
            for (int j = clauses.memberStart(c), end = clauses.memberStart(c + 1); j < end; j++) {
                for (long m = pass.down(clauses.member(j)); m != 0; m &= m - 1) {
                    int bit = Long.numberOfTrailingZeros(m);
                    if (++lost[bit] == failures) {
                        broken |= 1L << bit;
                    }
                }
            }
            for (long m = broken; m != 0; m &= m - 1) {
                int source = sources[offset + Long.numberOfTrailingZeros(m)];
                if (!clauses.isInside(c, source)) {
                    add((long) c << 32 | propagation.idRank(source));
                }
            }
        }

        private void add(long pair) {
            if (foundCount == found.length) {
                found = Arrays.copyOf(found, foundCount * 2);
            }
            found[foundCount++] = pair;
        }

        long[] found() {
            return Arrays.copyOf(found, foundCount);
        }
    }
}
