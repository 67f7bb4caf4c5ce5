package dev.blastmap.app.player;

import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Set;

/**
 * Where a walkthrough step lands: the window's knocked-out set and its view. The composition root connects
 * it to the knockout model and the canvas; tests record what it is told.
 */
public interface StepTarget {

    /** Replaces the knocked-out set; {@code animate} replays the spread of this step. */
    void show(Set<ServiceId> knockedOut, boolean animate);

    /** Brings these services into view; an empty list means the whole graph. */
    void frame(List<ServiceId> ids);
}
