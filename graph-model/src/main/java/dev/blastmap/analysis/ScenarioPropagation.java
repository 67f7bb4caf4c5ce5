package dev.blastmap.analysis;

import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Arrays;
import java.util.Objects;

/**
 * The down sets of up to 64 knockout scenarios at once, for analyses that need many knockouts (cut sets, common
 * causes, recovery plans): the bit-parallel machinery of {@link SpofRanking} opened up. Services are named by
 * their index in file order (0 until {@link #size()}); a scenario is a bit of a {@code long}. Only down sets
 * are computed (docs/semantics.md, "Down set D"): no times, waves or causes, so delays play no part.
 *
 * <p>Immutable and thread-safe; each thread takes its own {@link Pass}.
 */
public final class ScenarioPropagation {

    /** How many scenarios one pass computes. */
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

    /** Compiles the graph and prepares its propagation. */
    public static ScenarioPropagation of(Graph graph) {
        return of(new PropagationEngine(graph));
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

    /** A pass for the calling thread; reuse it for many batches. */
    public Pass pass() {
        return new Pass();
    }

    /**
     * One thread's working memory: say which service is knocked out in which scenarios, {@link #propagate},
     * read the down masks, {@link #clear}, and again. Not thread-safe.
     */
    public final class Pass {
        private final MaskPropagation.Scratch scratch = new MaskPropagation.Scratch(compiled.size);
        private int[] positions = new int[SCENARIOS];
        private long[] bits = new long[SCENARIOS];
        private int count;

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
            propagation.propagate(positions, bits, count, scratch);
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

        /** Brings every service back up and forgets the knockouts, ready for the next batch. */
        public void clear() {
            scratch.clear();
            count = 0;
        }
    }
}
