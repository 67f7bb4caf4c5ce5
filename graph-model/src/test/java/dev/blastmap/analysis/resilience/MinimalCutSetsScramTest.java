package dev.blastmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.blastmap.io.mef.MefWriter;
import dev.blastmap.model.Clause;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The cut sets against an outside oracle: SCRAM's MOCUS on the Open-PSA fault tree that {@link MefWriter}
 * exports. In the fault tree only services without hard dependencies are basic events, while Blastmap lets
 * every service fail on its own; so each service with hard dependencies gets a leaf {@code X_self} it
 * hard-depends on (its own failure), and each target a gate {@code T_top} over it alone, so that it is a top
 * event SCRAM analyses. SCRAM's products, {@code X_self} read as X and the target's own failure dropped, must
 * be Blastmap's minimal cut sets of order up to 3.
 *
 * <p>Runs wherever {@code scram} is on the PATH. CI installs it (.ci/run), so there a missing {@code scram}
 * fails this test instead of skipping it.
 */
class MinimalCutSetsScramTest {

    private static final int GRAPHS = 40;

    @Test
    void cutSetsAgreeWithScramsMocusOnRandomAcyclicGraphs(@TempDir Path dir) throws Exception {
        String scram = scramOnPath();
        Random random = new Random(14);
        int compared = 0;
        for (int g = 0; g < GRAPHS; g++) {
            Graph graph = randomAcyclicGraph(random);
            List<ServiceId> targets = graph.services().stream().map(Service::id).toList();
            List<TargetCutSets> ours = MinimalCutSets.of(graph, 3, targets).targets();
            Path mef = dir.resolve("graph" + g + ".xml");
            Path report = dir.resolve("report" + g + ".xml");
            try (Writer out = Files.newBufferedWriter(mef, StandardCharsets.UTF_8)) {
                new MefWriter().write(withOwnFailuresAndTops(graph), out);
            }
            Process process = new ProcessBuilder(scram, "--mocus", "--limit-order", "4", mef.toString(),
                    "-o", report.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("scram finishes").isTrue();
            assertThat(process.exitValue()).as("scram on graph %d: %s", g, output).isZero();
            Document doc = parse(report);
            for (TargetCutSets t : ours) {
                assertThat(t.cutSets()).as("graph %d, target %s", g, t.target())
                        .containsExactlyInAnyOrderElementsOf(scramCutSets(doc, t.target()));
                compared += t.cutSets().size();
            }
        }
        assertThat(compared).as("cut sets compared").isGreaterThan(100);
    }

    /** The path of scram; skips the test without it, unless on CI, where it must be there. */
    private static String scramOnPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "scram");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if (System.getenv("CI") != null) {
            fail("scram is not on the PATH, and CI must run this oracle test (.ci/run installs the Debian package)");
        }
        Assumptions.abort("scram is not on the PATH (apt-get install scram); CI runs this test");
        return null;
    }

    /** Up to 9 services, each depending only on later ones: anyOf, allOf, k-of-n, soft, delays. */
    private static Graph randomAcyclicGraph(Random random) {
        int n = 3 + random.nextInt(7);
        List<Service> services = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            Service.Builder b = Service.builder("s" + v);
            int clauses = v == n - 1 ? 0 : random.nextInt(3);
            for (int c = 0; c < clauses; c++) {
                List<ServiceId> members = new ArrayList<>();
                int size = 1 + random.nextInt(Math.min(3, n - v - 1));
                while (members.size() < size) {
                    ServiceId m = ServiceId.of("s" + (v + 1 + random.nextInt(n - v - 1)));
                    if (!members.contains(m)) {
                        members.add(m);
                    }
                }
                Clause clause = new Clause(members, 1 + random.nextInt(size), random.nextInt(5) == 0,
                        Duration.ofSeconds(random.nextInt(3)), "");
                b.dependsOn(clause);
            }
            services.add(b.build());
        }
        return Graph.of(services);
    }

    /** Each service with hard dependencies also depends on its own failure; each service gets a top gate. */
    private static Graph withOwnFailuresAndTops(Graph graph) {
        List<Service> services = new ArrayList<>();
        for (Service s : graph.services()) {
            boolean gate = s.dependsOn().stream().anyMatch(c -> !c.soft());
            services.add(gate ? s.toBuilder().dependsOn(s.id().value() + "_self").build() : s);
            if (gate) {
                services.add(Service.of(s.id().value() + "_self"));
            }
            services.add(Service.builder(s.id().value() + "_top").dependsOn(s.id().value()).build());
        }
        return Graph.of(services);
    }

    /** SCRAM's products for the target's top gate, read back as services, the target's own failure left out. */
    private static List<List<ServiceId>> scramCutSets(Document doc, ServiceId target) {
        List<List<ServiceId>> sets = new ArrayList<>();
        NodeList sums = doc.getElementsByTagName("sum-of-products");
        for (int i = 0; i < sums.getLength(); i++) {
            Element sum = (Element) sums.item(i);
            if (!sum.getAttribute("name").equals(target.value() + "_top")) {
                continue;
            }
            NodeList products = sum.getElementsByTagName("product");
            for (int p = 0; p < products.getLength(); p++) {
                NodeList events = ((Element) products.item(p)).getElementsByTagName("basic-event");
                TreeSet<ServiceId> set = new TreeSet<>();
                for (int e = 0; e < events.getLength(); e++) {
                    set.add(ServiceId.of(((Element) events.item(e)).getAttribute("name").replace("_self", "")));
                }
                if (!set.contains(target) && set.size() <= 3) {
                    sets.add(List.copyOf(set));
                }
            }
            return sets;
        }
        throw new AssertionError("SCRAM's report has no top event " + target + "_top");
    }

    private static Document parse(Path report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(report.toFile());
    }
}
