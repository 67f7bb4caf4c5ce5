package dev.blastmap.io.mef;

import static dev.blastmap.text.XmlText.escape;

import dev.blastmap.io.GraphExportException;
import dev.blastmap.io.GraphWriter;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an Open-PSA Model Exchange Format fault tree for tools such as SCRAM: one {@code define-fault-tree};
 * an event per service meaning "this service is down". A service with hard dependencies is a gate: the OR of
 * its hard clauses (just the clause when there is one). A clause breaks once {@code |members| - need + 1}
 * members are down, so a single member is that member's event, a clause that needs all its members is an
 * {@code or}, one that needs any one of them an {@code and}, and any other k-of-n clause an
 * {@code atleast min="|members|-k+1"}. A service without hard dependencies is a basic event. Soft
 * dependencies, delays, weights and scenarios have no place in a static fault tree and are left out.
 *
 * <p>When some service has an availability below 1, the tree carries probabilities for quantification: every
 * basic event gets its failure probability {@code 1 - availability} as a {@code float} (0 for a service that
 * never fails on its own), and an unreliable service that is also a gate gets a basic event of its own
 * ({@code NAME-itself}) under an {@code or} with its clauses. SCRAM's exact (BDD) top-event probability of a
 * gate then equals the unavailability {@code AvailabilityAnalysis} computes for that service.
 *
 * <p>Names are made MEF identifiers (letters, digits, {@code _} and single {@code -}); the service id is
 * kept as the label. A cycle of hard dependencies cannot be a fault tree: writing refuses it, naming the
 * cycle.
 */
public final class MefWriter implements GraphWriter {

    @Override
    public void write(Graph graph, Writer out) throws IOException {
        refuseCycles(graph);
        Map<ServiceId, String> names = names(graph);
        Map<ServiceId, String> ownFailures = ownFailureNames(graph, names);
        boolean quantified = graph.services().stream().anyMatch(Service::isUnreliable);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<!-- Written by Blastmap: each event means \"this service is down\". -->\n");
        out.write("<opsa-mef>\n");
        String treeName = identifier(graph.name().isEmpty() ? "blastmap" : graph.name());
        out.write("  <define-fault-tree name=\"" + escape(treeName) + "\">\n");
        if (!graph.name().isEmpty()) {
            out.write("    <label>" + escape(graph.name()) + "</label>\n");
        }
        for (Service s : graph.services()) {
            List<Clause> hard = hard(s);
            if (hard.isEmpty()) {
                continue;
            }
            out.write("    <define-gate name=\"" + escape(names.get(s.id())) + "\">\n");
            out.write("      <label>" + escape(s.label()) + " (" + escape(s.id().value()) + ")</label>\n");
            if (hard.size() == 1 && !s.isUnreliable()) {
                formula(out, graph, names, hard.get(0), "      ");
            } else {
                out.write("      <or>\n");
                if (s.isUnreliable()) {
                    out.write("        <basic-event name=\"" + escape(ownFailures.get(s.id())) + "\"/>\n");
                }
                for (Clause c : hard) {
                    formula(out, graph, names, c, "        ");
                }
                out.write("      </or>\n");
            }
            out.write("    </define-gate>\n");
        }
        out.write("  </define-fault-tree>\n  <model-data>\n");
        for (Service s : graph.services()) {
            if (hard(s).isEmpty()) {
                basicEvent(out, names.get(s.id()), s.label() + " (" + s.id().value() + ")",
                        quantified ? 1 - s.availability() : -1);
            } else if (s.isUnreliable()) {
                basicEvent(out, ownFailures.get(s.id()),
                        s.label() + " (" + s.id().value() + ") fails on its own", 1 - s.availability());
            }
        }
        out.write("  </model-data>\n</opsa-mef>\n");
    }

    /** A basic event, with its probability unless that is negative. */
    private static void basicEvent(Writer out, String name, String label, double probability) throws IOException {
        out.write("    <define-basic-event name=\"" + escape(name) + "\">\n");
        out.write("      <label>" + escape(label) + "</label>\n");
        if (probability >= 0) {
            out.write("      <float value=\"" + probability + "\"/>\n");
        }
        out.write("    </define-basic-event>\n");
    }

    /**
     * The hard clauses, each formula once: SCRAM refuses a gate that lists one argument twice, as two
     * clauses on the same service would make it (the second adds nothing to the OR).
     */
    private static List<Clause> hard(Service s) {
        return s.dependsOn().stream().filter(c -> !c.soft())
                .map(c -> new Clause(c.members(), c.need(), false, java.time.Duration.ZERO, "")).distinct().toList();
    }

    private static void formula(Writer out, Graph graph, Map<ServiceId, String> names, Clause c, String indent)
            throws IOException {
        if (c.isSingle()) {
            out.write(indent + reference(graph, names, c.members().get(0)) + "\n");
            return;
        }
        int failures = c.failuresToBreak();
        String open;
        String close;
        if (failures == 1) {
            open = "<or>";
            close = "</or>";
        } else if (failures == c.members().size()) {
            open = "<and>";
            close = "</and>";
        } else {
            open = "<atleast min=\"" + failures + "\">";
            close = "</atleast>";
        }
        out.write(indent + open + "\n");
        for (ServiceId m : c.members()) {
            out.write(indent + "  " + reference(graph, names, m) + "\n");
        }
        out.write(indent + close + "\n");
    }

    private static String reference(Graph graph, Map<ServiceId, String> names, ServiceId id) {
        String element = hard(graph.require(id)).isEmpty() ? "basic-event" : "gate";
        return "<" + element + " name=\"" + escape(names.get(id)) + "\"/>";
    }

    /** Distinct MEF identifiers for every service. */
    private static Map<ServiceId, String> names(Graph graph) {
        Map<ServiceId, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Service s : graph.services()) {
            String base = identifier(s.id().value());
            String name = base;
            for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                name = base + "_" + i;
            }
            names.put(s.id(), name);
        }
        return names;
    }

    /**
     * Distinct names for the basic events of unreliable services that are gates: the gate's name and
     * {@code -itself}, numbered if a service already has that name.
     */
    private static Map<ServiceId, String> ownFailureNames(Graph graph, Map<ServiceId, String> names) {
        Set<String> used = new HashSet<>();
        names.values().forEach(n -> used.add(n.toLowerCase(java.util.Locale.ROOT)));
        Map<ServiceId, String> own = new HashMap<>();
        for (Service s : graph.services()) {
            if (s.isUnreliable() && !hard(s).isEmpty()) {
                String base = names.get(s.id()) + "-itself";
                String name = base;
                for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                    name = base + "_" + i;
                }
                own.put(s.id(), name);
            }
        }
        return own;
    }

    /** A MEF identifier: runs of other characters become {@code _}; no leading, trailing or double dash. */
    static String identifier(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) && c < 0x80 || c == '_'
                    || c == '-' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-';
            sb.append(ok ? c : '_');
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "s_");
        }
        return sb.toString();
    }

    /** Refuses a cycle of hard dependencies, which no fault tree can express. */
    private static void refuseCycles(Graph graph) throws GraphExportException {
        Map<ServiceId, Integer> state = new HashMap<>();
        for (Service start : graph.services()) {
            if (state.containsKey(start.id())) {
                continue;
            }
            Deque<ServiceId> path = new ArrayDeque<>();
            Deque<Iterator<ServiceId>> todo = new ArrayDeque<>();
            path.push(start.id());
            todo.push(hardDependencies(graph, start.id()).iterator());
            state.put(start.id(), 1);
            while (!todo.isEmpty()) {
                if (!todo.peek().hasNext()) {
                    todo.pop();
                    state.put(path.pop(), 2);
                    continue;
                }
                ServiceId next = todo.peek().next();
                Integer st = state.get(next);
                if (st == null) {
                    state.put(next, 1);
                    path.push(next);
                    todo.push(hardDependencies(graph, next).iterator());
                } else if (st == 1) {
                    List<String> cycle = new ArrayList<>();
                    for (Iterator<ServiceId> it = path.descendingIterator(); it.hasNext(); ) {
                        cycle.add(it.next().value());
                    }
                    cycle = cycle.subList(cycle.indexOf(next.value()), cycle.size());
                    throw new GraphExportException("a fault tree cannot hold a cycle of hard dependencies: "
                            + String.join(" → ", cycle) + " → " + next.value()
                            + "; make one of these dependencies soft to export");
                }
            }
        }
    }

    private static List<ServiceId> hardDependencies(Graph graph, ServiceId id) {
        return hard(graph.require(id)).stream().flatMap(c -> c.members().stream()).distinct().toList();
    }
}
