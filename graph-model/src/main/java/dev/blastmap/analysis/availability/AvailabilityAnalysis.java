package dev.blastmap.analysis.availability;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Every service's availability given the graph: the probability that it is up in steady state, that is, not
 * failed on its own and not in the down set (docs/semantics.md) of the services that have. Each service fails
 * on its own with probability 1 - availability, independently of the others; delays do not matter and soft
 * clauses never take a service down. See docs/availability.md.
 *
 * <p>Exact where cheap: a service's figure depends only on the unreliable services of its upstream cone; when
 * there are at most {@link #AUTOMATIC_LIMIT} of them (and the enumerations stay within a budget of passes),
 * every combination of their failures is enumerated. Every other service is sampled by Monte Carlo with a
 * Wilson interval. Importance (Birnbaum, RAW, criticality) comes with every customer-facing service: exact
 * from the enumeration, or estimated from the sampled scenarios ({@link SampledImportance}).
 */
public final class AvailabilityAnalysis {

    /** The most unreliable services a cone may hold to be enumerated automatically (2^16 combinations). */
    public static final int AUTOMATIC_LIMIT = 16;
    /** The most unreliable services a cone may hold for {@link Mode#EXACT} (2^24 combinations). */
    public static final int EXACT_LIMIT = 24;
    /**
     * The passes (64 combinations each) that automatic mode spends on enumeration at most: a sixteenth of the
     * default sampling. An enumeration pass costs more than a sampling pass (half its combinations have the
     * first member down, where a sampled pass has few failures), so this keeps the exact phase small.
     */
    static final long AUTOMATIC_BUDGET = 1024;

    private AvailabilityAnalysis() {
    }

    /** Computes with default settings and no progress. */
    public static AvailabilityResult compute(Graph graph) {
        try {
            return compute(graph, AvailabilitySettings.defaults(), Progress.NONE);
        } catch (TooManyUnreliableException e) {
            throw new AssertionError("automatic mode never refuses", e);
        }
    }

    /**
     * Computes every service's availability.
     *
     * @throws TooManyUnreliableException in {@link Mode#EXACT} when a cone is too large to enumerate
     * @throws CancellationException      when {@code progress} says so
     */
    public static AvailabilityResult compute(Graph graph, AvailabilitySettings settings, Progress progress)
            throws TooManyUnreliableException {
        Objects.requireNonNull(progress, "progress");
        ScenarioPropagation propagation = ScenarioPropagation.of(graph);
        List<Service> services = graph.services();
        int n = services.size();
        double[] availability = new double[n];
        boolean[] customerFacing = new boolean[n];
        for (int v = 0; v < n; v++) {
            availability[v] = services.get(v).availability();
            customerFacing[v] = services.get(v).customerFacing();
        }
        int limit = switch (settings.mode()) {
            case AUTOMATIC -> AUTOMATIC_LIMIT;
            case EXACT -> EXACT_LIMIT;
            case MONTE_CARLO -> 1;
        };
        UnreliableCone cones = UnreliableCone.of(graph, propagation.dependenciesFirst(), limit);
        Answers answers = new Answers(n, v -> services.get(v).id());
        List<Group> groups = groups(n, cones, answers, customerFacing, availability, v -> services.get(v).id(),
                settings.mode());
        if (settings.mode() == Mode.EXACT) {
            for (int v = 0; v < n; v++) {
                if (cones.tooLarge(v)) {
                    throw new TooManyUnreliableException(services.get(v).id(), EXACT_LIMIT);
                }
            }
        }

        long budget = settings.mode() == Mode.AUTOMATIC ? AUTOMATIC_BUDGET : Long.MAX_VALUE;
        long planned = 0;
        for (Group group : groups) {
            planned += Math.min(ExactEnumeration.passes(group.set().length), budget - planned);
        }
        boolean surelySampled = settings.mode() == Mode.MONTE_CARLO;
        for (int v = 0; v < n && !surelySampled; v++) {
            surelySampled = cones.tooLarge(v);
        }
        // an estimate until the enumerations are done; then exact
        long samplePasses = (settings.samples() + 63) / 64;
        AtomicLong total = new AtomicLong(planned + (surelySampled ? samplePasses : 0));
        AtomicLong done = new AtomicLong();
        Runnable afterEachPass = () -> {
            if (progress.isCancelled()) {
                throw new CancellationException("availability cancelled");
            }
            progress.worked(done.incrementAndGet(), total.get());
        };
        if (progress.isCancelled()) {
            throw new CancellationException("availability cancelled");
        }

        ExactEnumeration exact = new ExactEnumeration(propagation, cones, availability, customerFacing, answers);
        long spent = 0;
        for (Group group : groups) {
            long passes = ExactEnumeration.passes(group.set().length);
            if (Arrays.stream(group.members()).allMatch(answers::isAnswered) || spent + passes > budget) {
                continue;
            }
            spent += passes;
            exact.enumerate(group.set(), group.members(), afterEachPass);
        }

        long samples = samplePasses * 64;
        boolean anyLeft = false;
        for (int v = 0; v < n; v++) {
            anyLeft |= !answers.isAnswered(v);
        }
        if (anyLeft) {
            int[] targets = IntStream.range(0, n).filter(v -> customerFacing[v] && !answers.isAnswered(v)).toArray();
            SampledImportance importance = targets.length == 0 ? null
                    : new SampledImportance(propagation, availability, targets, samplePasses);
            total.set(done.get() + samplePasses + (importance == null ? 0 : importance.steps()));
            MonteCarloSampling sampling = new MonteCarloSampling(propagation, availability, settings.seed());
            long[] downs = sampling.downCounts(samples, afterEachPass);
            for (int v = 0; v < n; v++) {
                if (!answers.isAnswered(v)) {
                    double[] interval = WilsonInterval.of(downs[v], samples);
                    answers.sampled(v, (double) downs[v] / samples, 1 - interval[1], 1 - interval[0]);
                }
            }
            if (importance != null) {
                importance.estimate(sampling, answers, afterEachPass);
            }
        }
        List<ServiceAvailability> figures = new ArrayList<>(n);
        List<ServiceImportance> importance = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            figures.add(answers.figure(v, samples));
            if (answers.importanceOf(v) != null) {
                importance.add(answers.importanceOf(v));
            }
        }
        return new AvailabilityResult(figures, importance, settings);
    }

    /** The services that share one cone. */
    private record Group(int[] set, int[] members) {
    }

    /**
     * The distinct cones worth enumerating with their services, smallest (cheapest) first; services whose cone
     * is empty are answered here: they are never down.
     */
    private static List<Group> groups(int n, UnreliableCone cones, Answers answers, boolean[] customerFacing,
                                      double[] availability, IntFunction<ServiceId> ids, Mode mode) {
        Map<List<Integer>, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < n; v++) {
            if (cones.tooLarge(v)) {
                continue;
            }
            int[] set = cones.of(v);
            if (set.length == 0) {
                answers.exact(v, 0);
                if (customerFacing[v]) {
                    answers.importance(v, Method.EXACT, List.of());
                }
            } else if (mode != Mode.MONTE_CARLO && set.length == 1 && set[0] == v) {
                // only v itself can fail: it is down exactly when it fails, and it alone matters
                double q = 1 - availability[v];
                answers.exact(v, q);
                if (customerFacing[v]) {
                    answers.importance(v, Method.EXACT, List.of(new ComponentImportance(ids.apply(v),
                            availability[v], 1, 1 / q, 0, 1)));
                }
            } else if (mode != Mode.MONTE_CARLO) {
                members.computeIfAbsent(Arrays.stream(set).boxed().toList(), k -> new ArrayList<>()).add(v);
            }
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((set, of) -> groups.add(new Group(set.stream().mapToInt(Integer::intValue).toArray(),
                of.stream().mapToInt(Integer::intValue).toArray())));
        groups.sort(Comparator.<Group>comparingInt(g -> g.set().length)
                .thenComparing((x, y) -> Arrays.compare(x.set(), y.set())));
        return groups;
    }
}
