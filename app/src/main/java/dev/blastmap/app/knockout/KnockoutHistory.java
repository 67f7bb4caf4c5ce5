package dev.blastmap.app.knockout;

import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The undo stack of knockouts: an immutable value whose entries are immutable knocked-out sets. Every
 * command returns a new history, so a view model holds one property and undo is a pointer move.
 */
public final class KnockoutHistory {

    private final List<Set<ServiceId>> entries;
    private final int current;

    private KnockoutHistory(List<Set<ServiceId>> entries, int current) {
        this.entries = entries;
        this.current = current;
    }

    /** A history whose only entry is "nothing knocked out". */
    public static KnockoutHistory start() {
        return new KnockoutHistory(List.of(Set.of()), 0);
    }

    /** The knocked-out set now, in the order the services were knocked out. */
    public Set<ServiceId> current() {
        return entries.get(current);
    }

    /**
     * Records a new knocked-out set; everything that could be redone is dropped. Recording the set that is
     * already current changes nothing.
     */
    public KnockoutHistory record(Set<ServiceId> knockedOut) {
        Set<ServiceId> copy = Collections.unmodifiableSet(new LinkedHashSet<>(knockedOut));
        if (copy.equals(current())) {
            return this;
        }
        List<Set<ServiceId>> next = new ArrayList<>(entries.subList(0, current + 1));
        next.add(copy);
        return new KnockoutHistory(List.copyOf(next), next.size() - 1);
    }

    /** True if there is a knockout to undo. */
    public boolean canUndo() {
        return current > 0;
    }

    /** True if there is an undone knockout to redo. */
    public boolean canRedo() {
        return current < entries.size() - 1;
    }

    /** The history one step back; this one if there is nothing to undo. */
    public KnockoutHistory undo() {
        return canUndo() ? new KnockoutHistory(entries, current - 1) : this;
    }

    /** The history one step forward; this one if there is nothing to redo. */
    public KnockoutHistory redo() {
        return canRedo() ? new KnockoutHistory(entries, current + 1) : this;
    }
}
