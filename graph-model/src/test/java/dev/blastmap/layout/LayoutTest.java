package dev.blastmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.model.ServiceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static ServiceId id(String s) {
        return ServiceId.of(s);
    }

    /** a, b and c in a row inside one zone box with 10 px margins and 20 px of label room on top; a → b → c. */
    private static Layout row() {
        Map<ServiceId, Box> nodes = new LinkedHashMap<>();
        nodes.put(id("a"), new Box(0, 0, 100, 40));
        nodes.put(id("b"), new Box(200, 0, 100, 40));
        nodes.put(id("c"), new Box(400, 0, 100, 40));
        List<EdgePath> edges = List.of(
                new EdgePath(id("a"), id("b"), List.of(new Point(100, 20), new Point(200, 20)), false, false),
                new EdgePath(id("b"), id("c"), List.of(new Point(300, 20), new Point(400, 20)), false, false));
        GroupBox zone = new GroupBox(Grouping.Level.ZONE, "z1", new Box(-10, -30, 520, 80), 0,
                List.of(id("a"), id("b"), id("c")));
        return new Layout(nodes, edges, List.of(zone), "layered");
    }

    @Test
    void restrictingKeepsTheShownBoxesWhereTheyWereAndTheEdgesBetweenThem() {
        Layout part = row().restrictedTo(Set.of(id("a"), id("b")));

        assertThat(part.nodes()).containsOnlyKeys(id("a"), id("b"));
        assertThat(part.node(id("b"))).contains(new Box(200, 0, 100, 40));
        assertThat(part.edges()).extracting(EdgePath::to).containsExactly(id("b"));
        assertThat(part.algorithm()).isEqualTo("layered");
    }

    @Test
    void aGroupBoxShrinksAroundItsShownMembersWithTheSameMargins() {
        GroupBox zone = row().restrictedTo(Set.of(id("b"))).groups().get(0);

        assertThat(zone.members()).containsExactly(id("b"));
        assertThat(zone.box()).isEqualTo(new Box(190, -30, 120, 80));
    }

    @Test
    void aGroupWithNothingShownIsDropped() {
        assertThat(row().restrictedTo(Set.of(id("nope"))).groups()).isEmpty();
        assertThat(row().restrictedTo(Set.of()).nodes()).isEmpty();
    }

    @Test
    void eachServiceHasItsPlaceInTheLayoutsOrderAndEachEdgeItsEndsPlaces() {
        Layout row = row();
        assertThat(row.position(id("a"))).isZero();
        assertThat(row.position(id("c"))).isEqualTo(2);
        assertThat(row.position(id("nope"))).isEqualTo(-1);
        assertThat(row.edgeFrom(1)).isEqualTo(1);
        assertThat(row.edgeTo(1)).isEqualTo(2);
    }

    @Test
    void anEdgeToAServiceWithoutABoxIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Layout(Map.of(id("a"), Box.empty()),
                List.of(new EdgePath(id("a"), id("b"), List.of(new Point(0, 0), new Point(1, 1)), false, false)),
                List.of(), "test")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a -> b");
    }

    @Test
    void anEmptyLayoutHasTheEmptyBox() {
        assertThat(Layout.empty().bounds()).isEqualTo(Box.empty());
    }

    /** The bounds are exactly the union of every node box, group box and edge's bounds, as Box.union gives it. */
    @Property(tries = 200)
    void theBoundsAreTheUnionOfEverythingDrawn(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        Random random = new Random(seed);
        Map<ServiceId, Box> nodes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            nodes.put(id("s" + i), new Box(random.nextGaussian() * 1e3, random.nextGaussian() * 1e3,
                    random.nextDouble() * 300, random.nextDouble() * 80));
        }
        List<EdgePath> edges = new ArrayList<>();
        for (int e = 0; e < random.nextInt(3 * n); e++) {
            List<Point> points = new ArrayList<>();
            for (int p = 0; p < 2 + random.nextInt(4); p++) {
                points.add(new Point(random.nextGaussian() * 3e3 + 0.1, random.nextGaussian() * 3e3 / 7));
            }
            edges.add(new EdgePath(id("s" + random.nextInt(n)), id("s" + random.nextInt(n)), points, false, false));
        }
        List<GroupBox> groups = random.nextBoolean() ? List.of() : List.of(new GroupBox(Grouping.Level.ZONE, "z",
                new Box(random.nextGaussian() * 1e3, random.nextGaussian() * 1e3, 1e3 / 3, 1e3 / 7), 0, List.of(id("s0"))));
        List<Box> all = new ArrayList<>(nodes.values());
        groups.forEach(g -> all.add(g.box()));
        edges.forEach(e -> all.add(e.bounds()));

        assertThat(new Layout(nodes, edges, groups, "test").bounds()).isEqualTo(Box.union(all));
    }
}
