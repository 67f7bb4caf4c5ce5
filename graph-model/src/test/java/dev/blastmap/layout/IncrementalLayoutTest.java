package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncrementalLayoutTest {

    private static ServiceId id(String v) {
        return ServiceId.of(v);
    }

    private final Graph before = Graph.of(
            Service.builder("web").dependsOn("api").build(),
            Service.builder("api").dependsOn("db").region("east").build(),
            Service.builder("db").region("east").build());
    private final Layout laidOut = LayoutAlgorithm.layered().layout(before);
    private final IncrementalLayout incremental = new IncrementalLayout(NodeSizer.standard());

    @Test
    void servicesThatWereThereKeepTheirPlaceAndTheirRoutes() {
        Graph after = before.withService(Service.of("queue"));
        Layout next = incremental.update(laidOut, after, Map.of());
        for (ServiceId id : before.services().stream().map(Service::id).toList()) {
            assertThat(next.node(id)).contains(laidOut.node(id).orElseThrow());
        }
        assertThat(next.edges()).hasSize(laidOut.edges().size());
        assertThat(next.edges().get(0).points()).isEqualTo(laidOut.edges().get(0).points());
        assertThat(next.algorithm()).isEqualTo(laidOut.algorithm());
    }

    @Test
    void aNewServiceGoesAboveWhatItDependsOnWithoutOverlappingAnything() {
        Graph after = before.withService(Service.builder("mobile").dependsOn("api").build());
        Layout next = incremental.update(laidOut, after, Map.of());
        Box mobile = next.node(id("mobile")).orElseThrow();
        Box api = next.node(id("api")).orElseThrow();
        assertThat(mobile.maxY()).isLessThan(api.y());
        laidOut.nodes().values().forEach(b -> assertThat(mobile.intersects(b)).isFalse());
        assertThat(next.edges()).anySatisfy(e -> assertThat(e.from()).isEqualTo(id("mobile")));
    }

    @Test
    void aNewServiceGoesWhereItWasAskedWhenThatSpotIsFree() {
        Point far = new Point(5000, 5000);
        Layout next = incremental.update(laidOut, before.withService(Service.of("lonely")), Map.of(id("lonely"), far));
        assertThat(next.node(id("lonely")).orElseThrow().center()).isEqualTo(far);
    }

    @Test
    void aGroupBoxGrowsToHoldANewMember() {
        Box region = laidOut.groups().get(0).box();
        Graph after = before.withService(Service.builder("cache").region("east").build());
        Layout next = incremental.update(laidOut, after, Map.of(id("cache"), new Point(region.maxX() + 300, region.centerY())));
        GroupBox east = next.groups().get(0);
        assertThat(east.members()).contains(id("cache"));
        assertThat(east.box().contains(next.node(id("cache")).orElseThrow())).isTrue();
    }

    @Test
    void aDeletedServiceAndItsDependenciesLeaveTheLayout() {
        Graph after = Graph.of(Service.of("web"), Service.of("db"));
        Layout next = incremental.update(laidOut, after, Map.of());
        assertThat(next.nodes().keySet()).containsExactly(id("web"), id("db"));
        assertThat(next.edges()).isEmpty();
    }
}
