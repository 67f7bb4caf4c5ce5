package dev.blastmap.app.search;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds services by id or label, ignoring case: exact matches first, then prefixes, then substrings, each
 * in file order.
 */
public final class ServiceSearch {

    private final Graph graph;

    /** Searches this graph. */
    public ServiceSearch(Graph graph) {
        this.graph = graph;
    }

    /** The services matching {@code query}, best first, at most {@code limit}; none for a blank query. */
    public List<Service> find(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Ranked> hits = new ArrayList<>();
        List<Service> services = graph.services();
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            int rank = Math.min(rank(s.id().value(), q), rank(s.label(), q));
            if (rank < NO_MATCH) {
                hits.add(new Ranked(s, rank, i));
            }
        }
        hits.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order));
        return hits.stream().limit(limit).map(Ranked::service).toList();
    }

    private static final int NO_MATCH = 3;

    private static int rank(String text, String q) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals(q)) {
            return 0;
        }
        if (t.startsWith(q)) {
            return 1;
        }
        return t.contains(q) ? 2 : NO_MATCH;
    }

    private record Ranked(Service service, int rank, int order) {
    }
}
