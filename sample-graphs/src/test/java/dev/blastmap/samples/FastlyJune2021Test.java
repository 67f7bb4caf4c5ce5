package dev.blastmap.samples;

import static dev.blastmap.samples.SampleFiles.downIds;
import static dev.blastmap.samples.SampleFiles.knockOut;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import org.junit.jupiter.api.Test;

class FastlyJune2021Test {

    private final Graph graph = SampleFiles.graph("fastly-2021-06.blastmap.json");

    @Test
    void theEdgeSoftwareTakesDownEverySiteWhileTheirOwnServersStayUp() {
        assertThat(downIds(knockOut(graph, "edge-software")))
                .contains("fastly-cdn", "amazon", "reddit", "gov-uk", "nytimes", "guardian", "cnn")
                .doesNotContain("site-origins");
    }

    @Test
    void theCdnSurvivesLosingTwoRegionsOfPopsButNotThree() {
        assertThat(downIds(knockOut(graph, "pops-europe", "pops-asia-pacific"))).doesNotContain("fastly-cdn");
        assertThat(downIds(knockOut(graph, "pops-europe", "pops-asia-pacific", "pops-north-america"))).contains("fastly-cdn", "gov-uk");
    }
}
