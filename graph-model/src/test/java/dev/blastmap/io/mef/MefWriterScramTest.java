package dev.blastmap.io.mef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.AvailabilitySettings;
import dev.blastmap.analysis.availability.AvailabilitySettings.Mode;
import dev.blastmap.analysis.availability.ComponentImportance;
import dev.blastmap.analysis.availability.ServiceAvailability;
import dev.blastmap.analysis.availability.ServiceImportance;
import dev.blastmap.io.Fixtures;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import dev.blastmap.testing.RandomGraphs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SCRAM, the Open-PSA reference tool, is the outside oracle: it quantifies the exported fault tree with its
 * exact BDD method (no rare-event or MCUB approximation) and its top-event probabilities and importance factors
 * must equal what {@link AvailabilityAnalysis} computes exactly. SCRAM prints six significant digits.
 *
 * <p>Where SCRAM is missing the test is skipped, except on CI (the environment variable CI is set), where
 * .ci/run installs it and a missing SCRAM is a failure.
 */
class MefWriterScramTest {

    private static final double RELATIVE = 2e-5;

    /** SCRAM's top events (gates nothing else uses) with their probability and basic-event importance. */
    private record TopEvent(double probability, Map<String, double[]> importance) {
    }

    private static Path scram() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "scram");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isEmpty()) {
            throw new AssertionError("SCRAM is not installed, but this is CI (CI=" + ci + "): .ci/run installs it");
        }
        Assumptions.abort("SCRAM is not installed (apt-get install scram); CI runs this test");
        return null;
    }

    private static Map<String, TopEvent> quantify(Graph graph) throws Exception {
        return quantify(Fixtures.write(new MefWriter(), graph));
    }

    private static Map<String, TopEvent> quantify(String mef) throws Exception {
        Path scram = scram();
        Path dir = Files.createTempDirectory("blastmap-scram");
        try {
            Path input = dir.resolve("tree.xml");
            Files.writeString(input, mef, StandardCharsets.UTF_8);
            Path report = dir.resolve("report.xml");
            Process p = new ProcessBuilder(scram.toString(), "--bdd", "--probability", "true", "--importance", "true",
                    "--limit-order", "100", "--cut-off", "0", input.toString(), "-o", report.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("SCRAM finished").isTrue();
            assertThat(p.exitValue()).as("SCRAM exit status; it said: %s", log).isZero();
            return topEvents(report);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static Map<String, TopEvent> topEvents(Path report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(report.toFile());
        Element probabilityAnalysis = null;
        NodeList quantities = doc.getElementsByTagName("calculated-quantity");
        for (int i = 0; i < quantities.getLength(); i++) {
            Element q = (Element) quantities.item(i);
            if (q.getAttribute("name").equals("Probability Analysis")) {
                probabilityAnalysis = q;
            }
        }
        assertThat(probabilityAnalysis).isNotNull();
        assertThat(probabilityAnalysis.getAttribute("approximation")).isEqualTo("none");
        Map<String, TopEvent> events = new HashMap<>();
        NodeList sums = doc.getElementsByTagName("sum-of-products");
        for (int i = 0; i < sums.getLength(); i++) {
            Element sum = (Element) sums.item(i);
            events.put(sum.getAttribute("name"), new TopEvent(Double.parseDouble(sum.getAttribute("probability")),
                    new HashMap<>()));
        }
        NodeList importances = doc.getElementsByTagName("importance");
        for (int i = 0; i < importances.getLength(); i++) {
            Element importance = (Element) importances.item(i);
            NodeList basic = importance.getElementsByTagName("basic-event");
            for (int j = 0; j < basic.getLength(); j++) {
                Element e = (Element) basic.item(j);
                events.get(importance.getAttribute("name")).importance().put(e.getAttribute("name"), new double[] {
                    Double.parseDouble(e.getAttribute("probability")), Double.parseDouble(e.getAttribute("MIF")),
                    Double.parseDouble(e.getAttribute("RAW")), Double.parseDouble(e.getAttribute("CIF"))});
            }
        }
        return events;
    }

    private static void assertAgrees(Graph graph, Map<String, TopEvent> scram) throws Exception {
        AvailabilityResult ours = AvailabilityAnalysis.compute(graph,
                AvailabilitySettings.defaults().withMode(Mode.EXACT), Progress.NONE);
        assertThat(scram).isNotEmpty();
        for (var top : scram.entrySet()) {
            ServiceAvailability service = ours.services().stream()
                    .filter(s -> s.id().value().equals(top.getKey())).findFirst().orElseThrow();
            assertThat(service.unavailability()).as("unavailability of %s: ours against SCRAM's", top.getKey())
                    .isCloseTo(top.getValue().probability(), within(RELATIVE * service.unavailability() + 1e-12));
            ServiceImportance importance = ours.importance().stream().filter(i -> i.service().equals(service.id()))
                    .findFirst().orElse(null);
            if (importance == null) {
                continue;
            }
            for (ComponentImportance c : importance.components()) {
                String event = top.getValue().importance().containsKey(c.component().value() + "-itself")
                        ? c.component().value() + "-itself" : c.component().value();
                double[] theirs = top.getValue().importance().get(event);
                if (theirs == null) {
                    // SCRAM leaves out events the top event does not depend on (say, beside a reliable replica)
                    assertThat(c.birnbaum()).as("Birnbaum of %s, irrelevant to %s", event, top.getKey())
                            .isCloseTo(0, within(1e-12));
                    continue;
                }
                assertThat(c.birnbaum()).as("Birnbaum (MIF) of %s for %s", event, top.getKey())
                        .isCloseTo(theirs[1], within(RELATIVE * c.birnbaum() + 1e-9));
                if (top.getValue().probability() > 0) {
                    assertThat(c.criticality()).as("criticality (CIF) of %s for %s", event, top.getKey())
                            .isCloseTo(theirs[3], within(RELATIVE * c.criticality() + 1e-9));
                    assertThat(c.riskAchievementWorth()).as("RAW of %s for %s", event, top.getKey())
                            .isCloseTo(theirs[2], within(RELATIVE * c.riskAchievementWorth() + 1e-9));
                } else {
                    assertThat(c.riskAchievementWorth()).as("RAW where nothing is ever down").isEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void scramFindsTheSameTopEventProbabilityAndImportanceForAShop() throws Exception {
        List<ServiceId> nodes = List.of(ServiceId.of("n1"), ServiceId.of("n2"), ServiceId.of("n3"));
        Graph graph = Graph.of(
                Service.builder("web").customerFacing(true).availability(0.9995).dependsOn("api")
                        .dependsOn(Clause.on(ServiceId.of("recs")).asSoft()).build(),
                Service.builder("api").dependsOn(Clause.anyOf(List.of(ServiceId.of("db-1"), ServiceId.of("db-2"))))
                        .dependsOn("cache").dependsOn(Clause.atLeast(2, nodes)).build(),
                Service.builder("cache").availability(0.999).build(),
                Service.builder("recs").availability(0.9).build(),
                Service.builder("db-1").availability(0.99).build(),
                Service.builder("db-2").availability(0.99).build(),
                Service.builder("n1").availability(0.95).dependsOn("rack").build(),
                Service.builder("n2").availability(0.95).dependsOn("rack").build(),
                Service.builder("n3").availability(0.95).build(),
                Service.builder("rack").availability(0.999).build());

        Map<String, TopEvent> scram = quantify(graph);

        assertThat(scram).containsOnlyKeys("web");
        assertThat(scram.get("web").probability()).isCloseTo(0.00982892, within(1e-8));
        assertAgrees(graph, scram);
    }

    @Property(tries = 40)
    void scramAgreesOnRandomAcyclicGraphs(@ForAll("graphs") Graph graph) throws Exception {
        Assume.that(graph.services().stream().anyMatch(Service::isUnreliable));
        Assume.that(graph.services().stream().anyMatch(s -> s.dependsOn().stream().anyMatch(c -> !c.soft())));
        String mef = Fixtures.write(new MefWriter(), graph);
        Map<String, TopEvent> scram = quantify(mef);
        MefTreeEnumeration tree = MefTreeEnumeration.of(mef);
        AvailabilityResult ours = AvailabilityAnalysis.compute(graph,
                AvailabilitySettings.defaults().withMode(Mode.EXACT), Progress.NONE);
        boolean scramRight = true;
        for (var top : scram.entrySet()) {
            double exact = tree.probability(top.getKey());
            double unavailability = ours.services().stream().filter(s -> s.id().value().equals(top.getKey()))
                    .findFirst().orElseThrow().unavailability();
            assertThat(unavailability).as("unavailability of %s: ours against the written tree's", top.getKey())
                    .isCloseTo(exact, within(1e-12));
            scramRight &= Math.abs(top.getValue().probability() - exact) <= RELATIVE * exact + 1e-12;
        }
        // SCRAM 0.16.2 gets some at-least gates wrong whose children share events: for atleast 2 of {or(a, b), b,
        // c, a} it finds the cut sets {b}, {c} where they are {a}, {b} (with a fourth event d it is right). Such a
        // sample is checked against the tree's enumeration above and not against SCRAM.
        Assume.that(scramRight);
        assertAgrees(graph, scram);
    }

    @Test
    void theTreeEnumerationAgreesWithScramOnTheShop() throws Exception {
        Graph graph = Graph.of(
                Service.builder("web").customerFacing(true).dependsOn(Clause.atLeast(2,
                        List.of(ServiceId.of("a"), ServiceId.of("b"), ServiceId.of("c")))).build(),
                Service.builder("a").availability(0.9).dependsOn("c").build(),
                Service.builder("b").availability(0.8).build(),
                Service.builder("c").availability(0.95).build());
        String mef = Fixtures.write(new MefWriter(), graph);

        // web is down when two of a, b, c are: a is down with c, so when c is, or when a itself and b are
        double expected = 0.05 + 0.95 * 0.1 * 0.2;
        assertThat(MefTreeEnumeration.of(mef).probability("web")).isCloseTo(expected, within(1e-12));
        assertThat(quantify(mef).get("web").probability()).isCloseTo(expected, within(1e-6));
    }

    /** Random graphs made acyclic: each service keeps only the members listed after it. */
    @Provide
    net.jqwik.api.Arbitrary<Graph> graphs() {
        return RandomGraphs.graphs(8, 3).map(g -> {
            List<Service> services = g.services();
            List<Service> kept = new java.util.ArrayList<>();
            for (int v = 0; v < services.size(); v++) {
                List<ServiceId> later = services.subList(v + 1, services.size()).stream().map(Service::id).toList();
                Service.Builder b = services.get(v).toBuilder().clearDependencies();
                for (Clause c : services.get(v).dependsOn()) {
                    List<ServiceId> members = c.members().stream().filter(later::contains).toList();
                    if (!members.isEmpty()) {
                        b.dependsOn(new Clause(members, Math.min(c.need(), members.size()), c.soft(), c.delay(), ""));
                    }
                }
                kept.add(b.build());
            }
            return Graph.of(kept);
        });
    }
}
