package dev.blastmap.io.json;

import dev.blastmap.io.json.JsonCursor.Located;
import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.List;

/**
 * A {@code dependsOn} entry as read, with where each member was named, so that unknown services and
 * self-dependencies can be reported once every service id is known.
 *
 * @param members the members, distinct, with their positions
 * @param need    how many must be up, from 1 to the number of members
 * @param soft    whether losing it only degrades
 * @param delay   the delay, not negative
 * @param note    the note, empty when absent
 */
record ClauseDraft(List<Located<ServiceId>> members, int need, boolean soft, Duration delay, String note) {

    ClauseDraft {
        members = List.copyOf(members);
    }

    /** The clause of the model. */
    Clause toClause() {
        return new Clause(members.stream().map(Located::value).toList(), need, soft, delay, note);
    }
}
