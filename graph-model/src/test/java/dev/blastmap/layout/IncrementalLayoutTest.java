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

    private static GroupBox box(Layout layout, String name) {
        return layout.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aServiceAddedInANewRegionGetsItsBoxAtOnceAroundIt() {
        Graph after = before.withService(Service.builder("cache").region("west").build());
        Layout next = incremental.update(laidOut, after, Map.of(id("cache"), new Point(-400, 0)));

        GroupBox west = box(next, "west");
        assertThat(west.level()).isEqualTo(Grouping.Level.REGION);
        assertThat(west.members()).containsExactly(id("cache"));
        assertThat(west.box().contains(next.node(id("cache")).orElseThrow())).isTrue();
        assertThat(west.box().y()).as("room for the label above").isLessThan(next.node(id("cache")).orElseThrow().y()
                - LayeredLayout.GROUP_LABEL_ROOM);
        assertThat(box(next, "east").box()).as("the other box does not move").isEqualTo(laidOut.groups().get(0).box());
    }

    @Test
    void aServiceMovedToANewRegionByEditingItGetsTheBoxWhereItIsAndLeavesTheOldOne() {
        Graph after = before.withService(before.require(id("db")).toBuilder().region("west").build());
        Layout next = incremental.update(laidOut, after, Map.of());

        assertThat(next.node(id("db"))).isEqualTo(laidOut.node(id("db")));
        assertThat(box(next, "west").members()).containsExactly(id("db"));
        assertThat(box(next, "west").box().contains(next.node(id("db")).orElseThrow())).isTrue();
        assertThat(box(next, "east").members()).containsExactly(id("api"));
    }

    @Test
    void aGraphThatHadNoBoxesGetsTheBoxesALayeredLayoutWouldDraw() {
        Graph plain = Graph.of(Service.builder("web").dependsOn("api").build(), Service.of("api"));
        Layout unboxed = LayoutAlgorithm.layered().layout(plain);
        assertThat(unboxed.groups()).isEmpty();

        Graph after = plain.withService(plain.require(id("api")).toBuilder().group("payments").build());
        Layout next = incremental.update(unboxed, after, Map.of());
        assertThat(next.groups()).extracting(GroupBox::name, GroupBox::level, GroupBox::members)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("payments", Grouping.Level.GROUP,
                        java.util.List.of(id("api"))));

        Layout force = LayoutAlgorithm.force().layout(plain);
        assertThat(incremental.update(force, after, Map.of()).groups()).as("force-directed layouts draw no boxes")
                .isEmpty();
    }

    @Test
    void aNewZoneInsideARegionIsNestedAndItsRegionGrowsToHoldIt() {
        Graph zoned = Graph.of(Service.builder("a").region("east").zone("east-1").build(),
                Service.builder("b").region("east").zone("east-1").dependsOn("a").build(),
                Service.builder("c").region("west").zone("west-1").build());
        Layout zonedLayout = LayoutAlgorithm.layered().layout(zoned);
        Graph after = zoned.withService(Service.builder("d").region("east").zone("east-2").build());
        Layout next = incremental.update(zonedLayout, after, Map.of(id("d"), new Point(-600, -600)));

        GroupBox zone = box(next, "east-2");
        GroupBox region = box(next, "east");
        assertThat(zone.depth()).isEqualTo(1);
        assertThat(zone.members()).containsExactly(id("d"));
        assertThat(region.members()).contains(id("a"), id("b"), id("d"));
        assertThat(region.box().contains(zone.box())).isTrue();
        assertThat(next.groups().indexOf(region)).as("outer boxes first").isLessThan(next.groups().indexOf(zone));
    }
}
