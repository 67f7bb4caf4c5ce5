package dev.blastmap.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A walkthrough: ordered steps that knock services out and restore them, with narration.
 *
 * @param id          unique within the graph
 * @param title       shown in the player; defaults to the id
 * @param description a longer text, never null
 * @param steps       the steps in order
 */
public record Scenario(String id, String title, String description, List<Step> steps) {

    /** Validates the scenario and copies its steps. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a scenario id must not be blank");
        }
        title = title == null || title.isBlank() ? id : title;
        description = Objects.requireNonNullElse(description, "");
        steps = List.copyOf(steps);
    }

    /**
     * The services knocked out after steps {@code 0..index}: every knock-out so far, less what was restored
     * since, in the order they were first knocked out.
     */
    public Set<ServiceId> knockedOutAfter(int index) {
        Objects.checkIndex(index, steps.size());
        Set<ServiceId> out = new LinkedHashSet<>();
        for (Step step : steps.subList(0, index + 1)) {
            step.restore().forEach(out::remove);
            out.addAll(step.knockOut());
        }
        return out;
    }

    /** This scenario with one more step at the end. */
    public Scenario withStep(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Scenario(id, title, description, more);
    }
}
