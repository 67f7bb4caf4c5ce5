package dev.blastmap.app.compare;

import static dev.blastmap.app.compare.CompareFixtures.FIRST;
import static dev.blastmap.app.compare.CompareFixtures.SECOND;
import static dev.blastmap.app.compare.CompareFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.compare.CompareOverlay.Mark;
import dev.blastmap.diff.GraphComparison;
import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class CompareOverlayTest {

    private final CompareOverlay overlay = CompareOverlay.of(FIRST, SECOND,
            GraphComparison.compare(FIRST, "first", SECOND, "second"));

    @Test
    void theOverlayHoldsTheSecondVersionAndWhatItRemoved() {
        assertThat(overlay.union().services()).extracting(Service::id)
                .containsExactly(id("web"), id("api"), id("db-1"), id("db-2"), id("queue"), id("old-cache"));
        assertThat(overlay.union().require(id("old-cache")).dependsOn()).isEmpty();
    }

    @Test
    void eachServiceIsMarkedAndDrawnInTheStateTheLegendNames() {
        assertThat(overlay.marks()).containsEntry(id("queue"), Mark.ADDED).containsEntry(id("old-cache"), Mark.REMOVED)
                .containsEntry(id("db-1"), Mark.GREW).containsEntry(id("api"), Mark.EXPOSURE);
        assertThat(overlay.state(id("queue"))).isEqualTo(ServiceState.DEGRADED);
        assertThat(overlay.state(id("old-cache"))).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(overlay.state(id("db-1"))).isEqualTo(ServiceState.DOWN);
        assertThat(overlay.state(id("web"))).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void newSinglePointsOfFailureComeFirstInTheList() {
        assertThat(overlay.differences()).first().hasToString("new single point of failure: db-1 alone takes down web");
        assertThat(overlay.differences()).extracting(CompareOverlay.Difference::mark)
                .startsWith(Mark.NEW_SPOF, Mark.NEW_SPOF, Mark.NEW_SPOF, Mark.REMOVED_SPOF, Mark.ADDED, Mark.REMOVED)
                .endsWith(Mark.CHANGED);
    }
}
