package dev.blastmap.report;

import dev.blastmap.analysis.Selector;
import dev.blastmap.io.GraphImportException;
import dev.blastmap.io.json.JsonGraphReader;
import dev.blastmap.model.Graph;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small fixed graphs, a fixed clock and a fixed picture, so reports come out the same on every run. */
final class ReportFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);

    /** A stand-in for the painter, so the golden files test the reports rather than the drawing. */
    static final String PICTURE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">\
            <rect x="5" y="5" width="80" height="30" rx="6" fill="#7f1d1d"/>\
            <text x="10" y="25" fill="#ffffff">db-primary</text></svg>""";

    static final ReportSettings SETTINGS = new ReportSettings(CLOCK, "0.1.0-test", 5, (graph, radius) -> PICTURE);

    /** A web shop: an any-of database pair, a 2-of-3 cache, a delayed DNS dependency, soft dependencies. */
    static final String SHOP = """
            {
              "blastmap": 1,
              "name": "Tiny web shop",
              "description": "A storefront, checkout with a payment provider, two database replicas and a cache.",
              "sources": ["https://example.com/shop-architecture", "the on-call runbook"],
              "services": [
                {"id": "web", "label": "Storefront", "kind": "app", "region": "eu-west-1", "weight": 10,
                 "customerFacing": true,
                 "dependsOn": ["lb", "catalog", {"on": "checkout", "soft": true}]},
                {"id": "checkout", "label": "Checkout", "group": "payments", "weight": 5, "customerFacing": true,
                 "dependsOn": ["auth", "payments", {"anyOf": ["db-primary", "db-replica"]}]},
                {"id": "catalog", "dependsOn": [{"atLeast": 2, "of": ["cache-1", "cache-2", "cache-3"]},
                                                {"anyOf": ["db-primary", "db-replica"]}]},
                {"id": "auth", "kind": "identity",
                 "dependsOn": [{"on": "dns", "delay": "PT10M", "note": "clients cache DNS answers for 10 minutes"}]},
                {"id": "payments", "label": "Payment provider", "kind": "external", "group": "payments"},
                {"id": "lb", "label": "Load balancer", "kind": "load-balancer", "dependsOn": ["dns"]},
                {"id": "dns", "kind": "dns"},
                {"id": "db-primary", "kind": "database", "zone": "az1"},
                {"id": "db-replica", "kind": "database", "zone": "az2"},
                {"id": "cache-1", "kind": "storage", "zone": "az1"},
                {"id": "cache-2", "kind": "storage", "zone": "az2"},
                {"id": "cache-3", "kind": "storage", "zone": "az3"}
              ],
              "scenarios": [
                {"id": "dns-outage", "title": "The DNS provider fails",
                 "description": "Lookups fail at once; sign-in holds until cached answers expire.",
                 "steps": [
                   {"time": "2025-03-01T09:00:00Z", "title": "DNS stops answering",
                    "narration": "The storefront goes dark.", "knockOut": ["dns"]},
                   {"time": "2025-03-01T09:20:00Z", "title": "A zone goes too",
                    "narration": "Zone az1 loses power.", "knockOut": ["db-primary", "cache-1"]},
                   {"time": "2025-03-01T09:45:00Z", "title": "Everything is back",
                    "narration": "DNS and the zone recover.", "restore": ["dns", "db-primary", "cache-1"]}
                 ]}
              ]
            }
            """;

    /** Names that would run as script, markup or spreadsheet formulas if a report did not escape them. */
    static final String HOSTILE = """
            {
              "blastmap": 1,
              "name": "<script>alert(1)</script>",
              "description": "| broken | table | <img src=x onerror=alert(1)> **bold** [link](http://evil.example)",
              "sources": ["javascript:alert(1)", "https://example.com/\\"><script>alert(2)</script>"],
              "services": [
                {"id": "=HYPERLINK(\\"http://x\\",\\"y\\")", "label": "<script>alert(1)</script>",
                 "customerFacing": true, "dependsOn": ["+cmd|' /C calc'!A0"]},
                {"id": "+cmd|' /C calc'!A0", "label": "@SUM(1+1)*cmd|' /C calc'!A0",
                 "dependsOn": ["-2+3"]},
                {"id": "-2+3", "label": "\\tTab, \\"quoted\\"\\r\\nnew line"}
              ],
              "scenarios": []
            }
            """;

    private ReportFixtures() {
    }

    static Graph shop() {
        return read(SHOP);
    }

    static Graph hostile() {
        return read(HOSTILE);
    }

    /** The shop with both databases knocked out: checkout and catalog go down, then the storefront. */
    static Report shopReport() {
        return Report.of(shop(), selectors("db-primary", "db-replica"), SETTINGS);
    }

    /** The shop's DNS scenario. */
    static Report shopScenarioReport() {
        Graph shop = shop();
        return Report.ofScenario(shop, shop.scenario("dns-outage").orElseThrow(), SETTINGS);
    }

    /** The hostile graph with its bottom service knocked out, so every name appears in every section. */
    static Report hostileReport() {
        return Report.of(hostile(), selectors("-2+3"), SETTINGS);
    }

    /** The shop with availabilities: the storefront and checkout computed exactly, the rest of its figures too. */
    static Report shopAvailabilityReport() {
        Graph shop = shop();
        Map<String, Double> availability = Map.of("web", 0.9995, "checkout", 0.999, "payments", 0.9995, "dns", 0.99995,
                "db-primary", 0.995, "db-replica", 0.995, "cache-1", 0.99, "cache-2", 0.99, "cache-3", 0.99,
                "lb", 0.9999);
        Graph reliable = new Graph(shop.name(), shop.description(), shop.sources(), shop.services().stream()
                .map(s -> s.toBuilder().availability(availability.getOrDefault(s.id().value(), 1.0)).build()).toList(),
                List.of());
        return Report.of(reliable, selectors("dns"), SETTINGS);
    }

    /**
     * A customer-facing web that needs one of two replicas and 20 services of 99.9%: more unreliable services
     * upstream than are enumerated, so its availability and importance are sampled.
     */
    static Report sampledAvailabilityReport() {
        StringBuilder json = new StringBuilder("{\"blastmap\": 1, \"name\": \"Sampled\", \"services\": ["
                + "{\"id\": \"web\", \"customerFacing\": true, \"dependsOn\": [{\"anyOf\": [\"r1\", \"r2\"]}");
        for (int i = 0; i < 20; i++) {
            json.append(", \"c").append(i).append('"');
        }
        json.append("]}, {\"id\": \"r1\", \"availability\": 0.9}, {\"id\": \"r2\", \"availability\": 0.8}");
        for (int i = 0; i < 20; i++) {
            json.append(", {\"id\": \"c").append(i).append("\", \"availability\": 0.999}");
        }
        return Report.of(read(json.append("]}").toString()), selectors("r1"), SETTINGS);
    }

    static List<Selector> selectors(String... texts) {
        return Arrays.stream(texts).map(Selector::parse).toList();
    }

    private static Graph read(String json) {
        try {
            return new JsonGraphReader().read(new StringReader(json), "fixture").graph();
        } catch (GraphImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
