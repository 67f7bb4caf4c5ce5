package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.Objects;

/**
 * The down sets of 64 scenarios at once, for analyses that need many of them: knockouts (cut sets, common
 * causes, recovery plans) and sampled or enumerated failures (availability). A scenario is a set K of services
 * knocked out (failed on their own); a service is down in it when it is in the least fixpoint D of
 * docs/semantics.md ("Down set D"). Only down sets are computed: no times, waves or causes, so delays play no
 * part, and soft clauses never take a service down.
 *
 * <p>The bit-parallel machinery of {@link SpofRanking} opened up: bit i of every mask is scenario i. Services
 * are named by their index in file order (0 until {@link #size()}).
 *
 * <p>Immutable and thread-safe; each thread takes its own {@link Pass}.
 */
public final class ScenarioPropagation {

    /** How many scenarios one pass computes: one per bit of a {@code long}. */
    public static final int SCENARIOS = 64;

    private final CompiledGraph compiled;
    private final MaskPropagation propagation;

    private ScenarioPropagation(CompiledGraph compiled) {
        this.compiled = compiled;
        this.propagation = new MaskPropagation(compiled);
    }

    /** Prepares the propagation of the engine's graph, reusing its compiled form. */
    public static ScenarioPropagation of(PropagationEngine engine) {
        return new ScenarioPropagation(Objects.requireNonNull(engine, "engine").compiled());
    }

    /** Compiles the graph and prepares its propagation; costs about as much as reading the graph. */
    public static ScenarioPropagation of(Graph graph) {
        return new ScenarioPropagation(new CompiledGraph(Objects.requireNonNull(graph, "graph")));
    }

    /** The graph the scenarios run on. */
    public Graph graph() {
        return compiled.graph;
    }

    /** How many services there are. */
    public int size() {
        return compiled.size;
    }

    /** The index (position in file order) of a service, or -1 if the graph has none of that id. */
    public int indexOf(ServiceId id) {
        return compiled.indexOrNone(id);
    }

    /** The id of the service at an index. */
    public ServiceId id(int service) {
        return compiled.ids[service];
    }

    /** The position of a service when all ids are sorted: compares exactly like the ids do. */
    public int idRank(int service) {
        return compiled.idRank[service];
    }

    /**
     * Every service, dependencies first: each service comes after every service its hard clauses name, except
     * inside a cycle of hard dependencies. The order in which a pass computes.
     */
    public int[] dependenciesFirst() {
        return propagation.service.clone();
    }

    /**
     * The services given, sorted into the order of {@link #dependenciesFirst()}; the array is not changed.
     * Knocking out services in this order is not required, but touches memory in the order a pass does.
     */
    public int[] inPassOrder(int[] services) {
        long[] keyed = new long[services.length];
        for (int i = 0; i < services.length; i++) {
            keyed[i] = (long) propagation.position[services[i]] << 32 | services[i];
        }
        Arrays.sort(keyed);
        int[] sorted = new int[services.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = (int) keyed[i];
        }
        return sorted;
    }

    /** A pass for the calling thread; reuse it for many batches. */
    public Pass pass() {
        return new Pass();
    }

    /**
     * One thread's working memory: say which service is knocked out in which scenarios, {@link #propagate},
     * read the down masks, {@link #clear}, and again. After a propagation, {@link #propagateAlso} adds one more
     * knockout and recomputes only what it changes, and {@link #undoAlso} takes it back: the cheap way to ask
     * "and if this one failed too?" of many services in turn. Not thread-safe.
     */
    public final class Pass {
        private final MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(compiled.size);
        private int[] positions = new int[SCENARIOS];
        private long[] bits = new long[SCENARIOS];
        private int count;
        private int stop;

        private Pass() {
        }

        /** Knocks out the service in every scenario whose bit {@code scenarios} has. */
        public void knockOut(int service, long scenarios) {
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
                bits = Arrays.copyOf(bits, count * 2);
            }
            positions[count] = propagation.position[service];
            bits[count++] = scenarios;
        }

        /** Computes the down set of every scenario. */
        public void propagate() {
            stop = compiled.size;
            propagation.propagate(positions, bits, count, scratch, stop);
        }

        /**
         * Like {@link #propagate()}, but only as far as it takes to know the {@code needed} services (and whatever
         * comes before them in {@link #dependenciesFirst()}): the services down that it lists are then a subset,
         * exact for everything up to the last needed one. Cheaper when the needed services are near the bottom of
         * the graph.
         */
        public void propagateFor(int[] needed) {
            stop = 0;
            for (int v : needed) {
                stop = Math.max(stop, propagation.componentEnd[propagation.position[v]]);
            }
            propagation.propagate(positions, bits, count, scratch, stop);
        }

        /**
         * After a propagation: knocks out one more service in the scenarios of {@code scenarios}, on top of what
         * is down, and recomputes only what that changes (as far as the propagation went). Until {@link #undoAlso}
         * the down masks are those of the scenarios with this knockout added. One at a time.
         *
         * @throws IllegalStateException if the last added knockout was not undone
         */
        public void propagateAlso(int service, long scenarios) {
            propagation.propagateAlso(propagation.position[service], scenarios, scratch, stop);
        }

        /** Takes back the knockout of {@link #propagateAlso}: the down masks are those of the propagation again. */
        public void undoAlso() {
            scratch.undoAddedKnockout();
        }

        /** The scenarios in which the service is down (after {@link #propagate}). */
        public long down(int service) {
            return scratch.mask[propagation.position[service]];
        }

        /** How many services are down in at least one scenario. */
        public int downCount() {
            return scratch.touchedCount;
        }

        /** The i-th service down in at least one scenario, for i below {@link #downCount()}, in no set order. */
        public int downService(int i) {
            return propagation.service[scratch.touched[i]];
        }

        /** The scenarios in which the i-th service of {@link #downService} is down. */
        public long downMask(int i) {
            return scratch.mask[scratch.touched[i]];
        }

        /** Brings every service back up and forgets the knockouts, ready for the next batch. */
        public void clear() {
            scratch.clear();
            count = 0;
        }
    }
}
