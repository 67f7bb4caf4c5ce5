package dev.blastmap.diff;

import dev.blastmap.model.Clause;
import dev.blastmap.model.ServiceId;
import java.time.Duration;
import java.util.List;

/** A service's clauses as one short line, for showing how {@code dependsOn} changed: {@code api, anyOf(a, b)}. */
final class ClauseText {

    private ClauseText() {
    }

    static String of(List<Clause> clauses) {
        return String.join(", ", clauses.stream().map(ClauseText::of).toList());
    }

    static String of(Clause c) {
        String members = String.join(", ", c.members().stream().map(ServiceId::value).toList());
        String text;
        if (c.isSingle()) {
            text = members;
        } else if (c.need() == 1) {
            text = "anyOf(" + members + ")";
        } else if (c.need() == c.members().size()) {
            text = "allOf(" + members + ")";
        } else {
            text = "atLeast " + c.need() + " of (" + members + ")";
        }
        if (c.soft()) {
            text = "soft " + text;
        }
        if (!c.delay().equals(Duration.ZERO)) {
            text = text + " after " + c.delay();
        }
        return text;
    }
}
