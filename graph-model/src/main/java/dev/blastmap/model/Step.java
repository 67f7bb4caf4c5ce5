package dev.blastmap.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One step of a walkthrough: what happened at a moment, and which services it knocked out or restored.
 *
 * @param time      when it happened, or null when the step has no time
 * @param title     a short heading; never null, may be empty
 * @param narration the text read out or shown as a caption; never null, may be empty
 * @param knockOut  services that fail at this step
 * @param restore   services that come back at this step
 * @param frame     services the view frames at this step; when empty, the view frames what changed
 */
public record Step(OffsetDateTime time, String title, String narration,
                   List<ServiceId> knockOut, List<ServiceId> restore, List<ServiceId> frame) {

    /** Validates the step and copies its lists. */
    public Step {
        title = Objects.requireNonNullElse(title, "");
        narration = Objects.requireNonNullElse(narration, "");
        knockOut = List.copyOf(knockOut);
        restore = List.copyOf(restore);
        frame = List.copyOf(frame);
    }
}
