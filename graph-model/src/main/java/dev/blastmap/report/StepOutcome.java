package dev.blastmap.report;

import dev.blastmap.analysis.Impact;
import dev.blastmap.model.ServiceId;
import dev.blastmap.model.Step;
import java.util.List;
import java.util.Objects;

/**
 * One step of a scenario and where it left the system.
 *
 * @param number     1-based position in the scenario
 * @param step       the step: time, title, narration, what it knocked out and restored
 * @param knockedOut every service knocked out after this step (earlier knock-outs not yet restored)
 * @param impact     the impact after this step
 * @param newlyDown  services down after this step that were up before it, in spread order
 * @param recovered  services up after this step that were down before it, by id
 */
public record StepOutcome(int number, Step step, List<ServiceId> knockedOut, Impact impact,
                          List<ServiceId> newlyDown, List<ServiceId> recovered) {

    /** Validates the outcome and copies its lists. */
    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(impact, "impact");
        knockedOut = List.copyOf(knockedOut);
        newlyDown = List.copyOf(newlyDown);
        recovered = List.copyOf(recovered);
        if (number < 1) {
            throw new IllegalArgumentException("steps are numbered from 1");
        }
    }
}
