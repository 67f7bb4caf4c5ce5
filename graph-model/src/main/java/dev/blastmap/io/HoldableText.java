package dev.blastmap.io;

import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.text.MessageText;
import java.util.function.Predicate;

/**
 * Checks, before a writer writes anything, that its format can hold every text of a graph (ids, labels,
 * places, tags, notes, the title): a writer whose file must read back to the same graph refuses a character it
 * cannot carry instead of dropping or replacing it.
 */
public final class HoldableText {

    private HoldableText() {
    }

    /**
     * Refuses the graph if any of its texts fails {@code canHold}.
     *
     * @param format  the format's name for the message, e.g. {@code GraphML}
     * @param what    what the format cannot hold, for the message, e.g. {@code the NUL character}
     * @param canHold true for a text the format can hold exactly
     * @throws GraphExportException naming the first text that cannot be written and where it is
     */
    public static void require(Graph graph, String format, String what, Predicate<String> canHold)
            throws GraphExportException {
        check(graph.name(), "the graph's name", format, what, canHold);
        check(graph.description(), "the graph's description", format, what, canHold);
        for (String source : graph.sources()) {
            check(source, "a source of the graph", format, what, canHold);
        }
        for (Service s : graph.services()) {
            String of = " of the service " + MessageText.quoted(s.id().value());
            check(s.id().value(), "the id" + of, format, what, canHold);
            check(s.label(), "the label" + of, format, what, canHold);
            check(s.region(), "the region" + of, format, what, canHold);
            check(s.zone(), "the zone" + of, format, what, canHold);
            check(s.group(), "the group" + of, format, what, canHold);
            check(s.description(), "the description" + of, format, what, canHold);
            for (String tag : s.tags()) {
                check(tag, "a tag" + of, format, what, canHold);
            }
            for (Clause c : s.dependsOn()) {
                check(c.note(), "a dependency note" + of, format, what, canHold);
            }
        }
    }

    private static void check(String text, String where, String format, String what, Predicate<String> canHold)
            throws GraphExportException {
        if (text != null && !canHold.test(text)) {
            throw new GraphExportException(format + " cannot hold " + what + ", which " + where + " has; remove it, "
                    + "or keep the graph as Blastmap JSON");
        }
    }
}
