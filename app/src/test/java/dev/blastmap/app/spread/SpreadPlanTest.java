package dev.blastmap.app.spread;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadius;
import dev.blastmap.analysis.PropagationEngine;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Graph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadPlanTest {

    private final Graph shop = Fixtures.shop();
    private final BlastRadius radius = new PropagationEngine(shop).knockOut(List.of(id("dns")));
    private final SpreadPlan plan = SpreadPlan.of(shop, radius);

    @Test
    void cutsTheBlastRadiusIntoOneFramePerTimeAndWave() {
        assertThat(plan.frames()).extracting(SpreadPlan.Frame::newlyDown).containsExactly(
                List.of(), List.of(id("dns")), List.of(id("db")), List.of(id("api")), List.of(id("web")),
                List.of(id("worker")));
        assertThat(plan.frames().get(5).time()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.lastFrame()).isEqualTo(5);
    }

    @Test
    void countersAddUpFrameByFrame() {
        SpreadPlan.Frame web = plan.frames().get(4);
        assertThat(web.down()).isEqualTo(4);
        assertThat(web.customerFacingDown()).isEqualTo(1);
        assertThat(web.weighted()).isEqualTo(13);
        SpreadPlan.Frame end = plan.frames().get(plan.lastFrame());
        assertThat(end.down()).isEqualTo(radius.impact().down());
        assertThat(end.weighted()).isEqualTo(radius.impact().weighted());
    }

    @Test
    void servicesShowDownFromTheirFrameAndDegradedFromTheirFirstDownDependency() {
        assertThat(plan.stateAt(id("dns"), 0)).isEqualTo(ServiceState.HEALTHY);
        assertThat(plan.stateAt(id("dns"), 1)).isEqualTo(ServiceState.KNOCKED_OUT);
        assertThat(plan.stateAt(id("db"), 1)).isEqualTo(ServiceState.DEGRADED);
        assertThat(plan.stateAt(id("db"), 2)).isEqualTo(ServiceState.DOWN);
        assertThat(plan.stateAt(id("worker"), 4)).isEqualTo(ServiceState.DEGRADED);
        assertThat(plan.stateAt(id("cache"), 5)).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void theLastFrameShowsExactlyTheStatesOfTheBlastRadius() {
        for (var s : shop.services()) {
            assertThat(plan.stateAt(s.id(), plan.lastFrame())).as(s.id().value()).isEqualTo(radius.state(s.id()));
        }
    }

    @Test
    void aDelayPlaysAsALongerPauseThanAWave() {
        List<SpreadPlan.Frame> f = plan.frames();
        double wave = f.get(3).playAt() - f.get(2).playAt();
        double delayed = f.get(5).playAt() - f.get(4).playAt();
        assertThat(delayed).isGreaterThan(wave);
    }

    @Test
    void frameAtFindsTheLastFrameDueByThen() {
        assertThat(plan.frameAt(0)).isZero();
        assertThat(plan.frameAt(plan.frames().get(3).playAt())).isEqualTo(3);
        assertThat(plan.frameAt(plan.frames().get(3).playAt() + 0.01)).isEqualTo(3);
        assertThat(plan.frameAt(1e9)).isEqualTo(5);
    }

    @Test
    void aPlanOfNothingHasOneHealthyFrame() {
        assertThat(SpreadPlan.none().lastFrame()).isZero();
        assertThat(SpreadPlan.none().stateAt(id("x"), 0)).isEqualTo(ServiceState.HEALTHY);
    }
}
