package dev.blastmap.app.knockout;

import dev.blastmap.analysis.Selector;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The failure domains a graph has (its regions, zones, kinds, tags and groups), for the Knock out menu. */
public final class FailureDomains {

    /**
     * One domain.
     *
     * @param selector what knocking it out selects
     * @param size     how many services it holds
     */
    public record Domain(Selector selector, int size) {

        /** {@code us-east-1 (42)}. */
        public String label() {
            return selector.value() + " (" + size + ")";
        }
    }

    private FailureDomains() {
    }

    /** The domains of one field, sorted by value; empty if no service has that field. */
    public static List<Domain> of(Graph graph, Selector.Field field) {
        Map<String, Integer> counts = new TreeMap<>();
        Function<Service, List<String>> values = switch (field) {
            case REGION -> s -> nullable(s.region());
            case ZONE -> s -> nullable(s.zone());
            case GROUP -> s -> nullable(s.group());
            case KIND -> s -> List.of(s.kind().id());
            case TAG -> Service::tags;
            case ID -> s -> List.of(s.id().value());
        };
        for (Service s : graph.services()) {
            for (String v : values.apply(s)) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<Domain> domains = new ArrayList<>();
        counts.forEach((v, n) -> domains.add(new Domain(new Selector(field, v), n)));
        return domains;
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
