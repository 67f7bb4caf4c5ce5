package dev.blastmap.analysis;

import dev.blastmap.model.Dependency;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.GraphDelegator;

/**
 * Betweenness centrality and PageRank of every service, computed by JGraphT on the graph's live view
 * ({@link Graph#asJGraphT()}). They are structural heuristics shown beside the exact impact of the SPOF ranking,
 * never instead of it: they ignore redundancy, soft dependencies and weights.
 *
 * <p>Cost: betweenness is Brandes' algorithm, one breadth-first search per service, so it grows with services ×
 * dependencies (seconds at 2,000 services, minutes at 20,000; docs/performance.md); PageRank is a few sparse
 * passes and takes well under a second at 100,000 services. Parallel edges (a dependency named in two clauses)
 * count twice in the shortest-path counts, as in JGraphT.
 */
public final class StructuralImportance {

    private StructuralImportance() {
    }

    /** Both scores of every service, in file order. */
    public static List<Centrality> of(Graph graph) {
        return of(graph, Progress.NONE);
    }

    /**
     * Both scores of every service, in file order, reporting two steps of progress (betweenness, then PageRank).
     *
     * @throws CancellationException if {@code progress} asks to stop; it is asked as the search visits services
     */
    public static List<Centrality> of(Graph graph, Progress progress) {
        progress.worked(0, 2);
        Map<ServiceId, Double> betweenness = new BetweennessCentrality<>(new Cancellable(graph, progress), true)
                .getScores();
        progress.worked(1, 2);
        Map<ServiceId, Double> pageRank = new PageRank<>(graph.asJGraphT()).getScores();
        progress.worked(2, 2);
        List<Centrality> scores = new ArrayList<>(graph.size());
        for (ServiceId id : graph.serviceIds()) {
            scores.add(new Centrality(id, clean(betweenness.get(id)), clean(pageRank.get(id))));
        }
        return List.copyOf(scores);
    }

    /** Graphs of one or two services give NaN from the normalisation; a score is never negative or undefined. */
    private static double clean(Double score) {
        return score == null || !(score > 0) ? 0 : score;
    }

    /** The view, asking whether to stop each time the search takes the next service's dependencies. */
    private static final class Cancellable extends GraphDelegator<ServiceId, Dependency> {
        private final transient Progress progress;

        Cancellable(Graph graph, Progress progress) {
            super(graph.asJGraphT());
            this.progress = progress;
        }

        @Override
        public Set<Dependency> outgoingEdgesOf(ServiceId vertex) {
            if (progress.isCancelled()) {
                throw new CancellationException("centrality cancelled");
            }
            return super.outgoingEdgesOf(vertex);
        }
    }
}
