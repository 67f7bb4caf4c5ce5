package dev.blastmap.report;

import dev.blastmap.model.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A scenario played step by step. The report details the peak: the step with the largest weighted impact
 * (then the most services down, then the earliest), because an outage's recovery steps would otherwise
 * leave a report of a healthy system.
 *
 * @param scenario the scenario
 * @param steps    every step's outcome, in order; one per step of the scenario
 * @param peak     the 1-based number of the step the report details; 0 when the scenario has no steps
 */
public record ScenarioOutcome(Scenario scenario, List<StepOutcome> steps, int peak) {

    /** Validates the outcome and copies its steps. */
    public ScenarioOutcome {
        Objects.requireNonNull(scenario, "scenario");
        steps = List.copyOf(steps);
        if (steps.size() != scenario.steps().size()) {
            throw new IllegalArgumentException("one outcome per step");
        }
        if (peak < 0 || peak > steps.size() || (peak == 0) != steps.isEmpty()) {
            throw new IllegalArgumentException("the peak must be a step of the scenario");
        }
    }
}
