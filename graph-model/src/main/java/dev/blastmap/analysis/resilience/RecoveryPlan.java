package dev.blastmap.analysis.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ScenarioPropagation;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * What to restore first: after knocking out a set K, the order in which to bring the services of K back so
 * that customer-facing weight returns fastest. A step restores one service of K; what is down after it is the
 * down set of what is still knocked out (docs/semantics.md), so dependencies are respected by the semantics
 * itself: a service restored while something it needs is still out stays down, and comes back with that
 * later step.
 *
 * <p>The plan minimises the customer-facing weight still down summed over the steps (the area under the
 * customer-facing outage curve, each step counting as one unit of time); ties are broken by the weight of all
 * services still down summed the same way, then by id. With up to {@link #EXACT_UP_TO} services in K the plan is
 * <b>optimal</b> (dynamic programming over every subset of K restored, 64 subsets a pass); above that it is
 * <b>greedy</b>: each step restores the service that brings back the most customer-facing weight now (then the
 * most weight, then a service that comes up itself, then by id), which can miss an order where a service that
 * brings nothing back at once unlocks more later. {@link #optimal()} says which.
 *
 * <p>The plan starts from the settled outage: every delay has run out, so delays play no part in the
 * order (a cache delays a failure, not a recovery), and restoring is taken to be instant once a service's
 * dependencies are up.
 */
public final class RecoveryPlan {

    /** The largest knockout planned exactly. */
    public static final int EXACT_UP_TO = 12;

    private final List<ServiceId> knockedOut;
    private final List<RecoveryStep> steps;
    private final boolean optimal;
    private final double customerFacingWeightDown;

    private RecoveryPlan(List<ServiceId> knockedOut, List<RecoveryStep> steps, boolean optimal,
                         double customerFacingWeightDown) {
        this.knockedOut = List.copyOf(knockedOut);
        this.steps = List.copyOf(steps);
        this.optimal = optimal;
        this.customerFacingWeightDown = customerFacingWeightDown;
    }

    /** Plans the recovery from knocking out these services. */
    public static RecoveryPlan of(Graph graph, Collection<ServiceId> knockedOut) {
        return of(new PropagationEngine(graph), knockedOut, Progress.NONE);
    }

    /**
     * Plans the recovery on the engine's graph, reusing its compiled form.
     *
     * @throws IllegalArgumentException if a service is not in the graph
     * @throws CancellationException    when {@code progress} says so
     */
    public static RecoveryPlan of(PropagationEngine engine, Collection<ServiceId> knockedOut, Progress progress) {
        return plan(engine, knockedOut, progress, EXACT_UP_TO);
    }

    /** Plans exactly up to {@code exactUpTo} services, greedily above; tests use it to check the greedy plan. */
    static RecoveryPlan plan(PropagationEngine engine, Collection<ServiceId> knockedOut, Progress progress,
                             int exactUpTo) {
        Objects.requireNonNull(progress, "progress");
        ScenarioPropagation propagation = ScenarioPropagation.of(engine);
        List<ServiceId> k = List.copyOf(new LinkedHashSet<>(knockedOut));
        int[] services = k.stream().mapToInt(id -> {
            int v = propagation.indexOf(id);
            if (v < 0) {
                throw new IllegalArgumentException("no service with id '" + id + "'");
            }
            return v;
        }).toArray();
        RestoreScenarios scenarios = new RestoreScenarios(propagation, services, progress);
        boolean optimal = services.length <= exactUpTo;
        int[] order = optimal ? scenarios.optimalOrder() : scenarios.greedyOrder();
        return new RecoveryPlan(k, scenarios.steps(order), optimal, scenarios.initialCustomerFacingWeightDown());
    }

    /** The knocked-out services, in the order given. */
    public List<ServiceId> knockedOut() {
        return knockedOut;
    }

    /** The steps, one per knocked-out service, in the order to take them. */
    public List<RecoveryStep> steps() {
        return steps;
    }

    /** True if the plan is optimal for its objective, false if it is greedy. */
    public boolean optimal() {
        return optimal;
    }

    /** The weight of the customer-facing services down before the first step. */
    public double customerFacingWeightDown() {
        return customerFacingWeightDown;
    }

    /** The objective: customer-facing weight still down, summed over the steps. */
    public double customerFacingOutage() {
        return steps.stream().mapToDouble(RecoveryStep::customerFacingWeightDown).sum();
    }
}
