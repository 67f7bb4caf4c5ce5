package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.ServiceId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HitTesterTest {

    private static Layout layoutOf(Map<ServiceId, Box> boxes) {
        return new Layout(boxes, List.of(), List.of(), "test");
    }

    @Test
    void aPointInsideABoxFindsItsService() {
        Map<ServiceId, Box> boxes = new LinkedHashMap<>();
        boxes.put(ServiceId.of("a"), new Box(0, 0, 100, 40));
        boxes.put(ServiceId.of("b"), new Box(150, 0, 100, 40));
        boxes.put(ServiceId.of("c"), new Box(-500, 300, 120, 40));
        HitTester hits = new HitTester(layoutOf(boxes));
        assertThat(hits.at(50, 20)).contains(ServiceId.of("a"));
        assertThat(hits.at(249, 39)).contains(ServiceId.of("b"));
        assertThat(hits.at(-450, 320)).contains(ServiceId.of("c"));
        assertThat(hits.at(120, 20)).isEmpty();
        assertThat(hits.at(1e6, -1e6)).isEmpty();
    }

    @Test
    void aPointJustOutsideABoxFindsItWithinTheTolerance() {
        HitTester hits = new HitTester(layoutOf(Map.of(ServiceId.of("a"), new Box(0, 0, 100, 40))));
        assertThat(hits.near(103, 20, 5)).contains(ServiceId.of("a"));
        assertThat(hits.near(110, 20, 5)).isEmpty();
    }

    @Test
    void lookupsAgreeWithCheckingEveryBox() {
        Random rng = new Random(11);
        Map<ServiceId, Box> boxes = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            boxes.put(ServiceId.of("s" + i), new Box(rng.nextInt(20000) - 10000, rng.nextInt(20000) - 10000,
                    92 + rng.nextInt(150), 40));
        }
        HitTester hits = new HitTester(layoutOf(boxes));
        for (int probe = 0; probe < 3000; probe++) {
            double x = rng.nextDouble() * 20400 - 10200;
            double y = rng.nextDouble() * 20400 - 10200;
            Set<ServiceId> expected = boxes.entrySet().stream().filter(e -> e.getValue().contains(x, y))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            if (expected.isEmpty()) {
                assertThat(hits.at(x, y)).isEmpty();
            } else {
                assertThat(hits.at(x, y)).get().isIn(expected);
            }
            Box area = new Box(x, y, rng.nextInt(900), rng.nextInt(900));
            Set<ServiceId> inArea = boxes.entrySet().stream().filter(e -> e.getValue().intersects(area))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(hits.within(area)).containsExactlyInAnyOrderElementsOf(inArea);
        }
    }

    @Test
    void anEmptyLayoutHitsNothing() {
        assertThat(new HitTester(Layout.empty()).at(0, 0)).isEmpty();
        assertThat(new HitTester(Layout.empty()).within(new Box(-10, -10, 20, 20))).isEmpty();
    }
}
