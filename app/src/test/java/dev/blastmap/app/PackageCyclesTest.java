package dev.blastmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * The feature folders of the app depend on each other one way only: the JDK's jdeps reads which package of
 * the compiled app uses which, and no two packages may reach each other (knockout ↔ spread and
 * document ↔ start once did).
 */
class PackageCyclesTest {

    @Test
    void noTwoPackagesOfTheAppReachEachOther() {
        Path classes = Path.of("target/classes");
        assertThat(Files.isDirectory(classes.resolve("dev/blastmap/app"))).as("compiled app classes").isTrue();
        Map<String, Set<String>> uses = packageDependencies(classes);
        assertThat(uses).as("jdeps found the app's packages").containsKeys("dev.blastmap.app.window",
                "dev.blastmap.app.knockout", "dev.blastmap.app.spread", "dev.blastmap.app.document");

        assertThat(cycles(uses)).as("packages that reach each other").isEmpty();
    }

    @Test
    void theCheckSeesPackagesThatReachEachOtherThroughAThird() {
        assertThat(cycles(Map.of("a", Set.of("b", "a"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"))))
                .containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
    }

    /** The groups of packages that reach each other, each sorted. */
    private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        uses.forEach((from, tos) -> {
            graph.addVertex(from);
            for (String to : tos) {
                graph.addVertex(to);
                if (!from.equals(to)) {
                    graph.addEdge(from, to);
                }
            }
        });
        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() > 1) {
                cycles.add(new TreeSet<>(component));
            }
        }
        return cycles;
    }

    /** Which app package uses which, as jdeps -verbose:package prints it: "   from   -> to   location". */
    private static Map<String, Set<String>> packageDependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
                "-filter:none", "-e", "dev\\.blastmap\\.app(\\..*)?", classes.toString());
        assertThat(status).as("jdeps ran: " + out).isZero();
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 3 && words[1].equals("->") && words[0].startsWith("dev.blastmap.app")
                    && words[2].startsWith("dev.blastmap.app")) {
                uses.computeIfAbsent(words[0], k -> new TreeSet<>()).add(words[2]);
            }
        }
        return uses;
    }
}
