package dev.blastmap.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Theme;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class BandsTest {

    @Test
    void everyRowIsPaintedOnceByOneLane() {
        Bands bands = new Bands(3);
        AtomicIntegerArray painted = new AtomicIntegerArray(500);
        for (int frame = 0; frame < 5; frame++) {
            bands.paint(Bands.Work.FOREGROUND, 500, (lane, y0, y1) -> {
                for (int y = y0; y < y1; y++) {
                    painted.incrementAndGet(y);
                }
            });
        }
        for (int y = 0; y < 500; y++) {
            assertThat(painted.get(y)).as("row %d", y).isEqualTo(5);
        }
    }

    @Test
    void otherLanesPaintOnWorkerThreadsAndTheFirstOnTheCallers() {
        Bands bands = new Bands(2);
        Thread[] threads = new Thread[2];
        bands.paint(Bands.Work.SCENERY, 400, (lane, y0, y1) -> threads[lane] = Thread.currentThread());
        assertThat(threads[0]).isSameAs(Thread.currentThread());
        assertThat(threads[1]).isNotNull().isNotSameAs(Thread.currentThread());
    }

    @Test
    void aPictureTooLowForItsLanesIsPaintedWholeOnTheCallingThread() {
        Bands bands = new Bands(4);
        int[] calls = new int[1];
        bands.paint(Bands.Work.SCENERY, 40, (lane, y0, y1) -> {
            assertThat(lane).isZero();
            assertThat(y1 - y0).isEqualTo(40);
            calls[0]++;
        });
        assertThat(calls[0]).isOne();
    }

    @Test
    void workThatCostLittleLastTimeStaysOnTheCallingThread() {
        Bands bands = new Bands(2, 50_000_000);
        List<Integer> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
        bands.paint(Bands.Work.FOREGROUND, 400, (lane, y0, y1) -> lanes.add(lane));
        assertThat(lanes).as("the first time, split").containsExactlyInAnyOrder(0, 1);
        lanes.clear();
        bands.paint(Bands.Work.FOREGROUND, 400, (lane, y0, y1) -> lanes.add(lane));
        assertThat(lanes).as("then whole, on lane 0").containsExactly(0);
        bands.paint(Bands.Work.SCENERY, 400, (lane, y0, y1) -> lanes.add(lane));
        assertThat(lanes).as("each kind of work on its own").hasSize(3);
    }

    @Test
    void workThatCostMuchLastTimeIsSplit() {
        Bands bands = new Bands(2, 1_000_000);
        List<Integer> lanes = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int frame = 0; frame < 3; frame++) {
            bands.paint(Bands.Work.FOREGROUND, 400, (lane, y0, y1) -> {
                lanes.add(lane);
                long until = System.nanoTime() + 2_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            });
        }
        assertThat(lanes).hasSize(6).contains(1);
    }

    @Test
    void aFailureInABandIsThrownToTheCaller() {
        Bands bands = new Bands(2);
        assertThatThrownBy(() -> bands.paint(Bands.Work.FOREGROUND, 400, (lane, y0, y1) -> {
            if (lane == 1) {
                throw new IllegalStateException("band " + lane);
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("band 1");
    }

    @Test
    void whenTheCallersBandFailsTheOthersAreFinishedFirst() {
        Bands bands = new Bands(2);
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        assertThatThrownBy(() -> bands.paint(Bands.Work.SCENERY, 400, (lane, y0, y1) -> {
            if (lane == 0) {
                throw new IllegalStateException("band 0");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        })).hasMessage("band 0");
        assertThat(finished).as("the other band was waited for: it paints into the same pixels").isTrue();
    }

    @Test
    void eachLaneHasAPainterOfItsOwnAndTheFirstIsTheOneGiven() {
        Bands bands = new Bands(3);
        GraphPainter painter = new GraphPainter(Theme.dark());
        GraphPainter[] painters = bands.painters(painter);
        assertThat(painters[0]).isSameAs(painter);
        assertThat(painters[1]).isNotSameAs(painter).isNotSameAs(painters[2]);
        assertThat(painters[2].theme()).isSameAs(painter.theme());
        assertThat(bands.painters(painter)[1]).as("kept while the painter is").isSameAs(painters[1]);
    }
}
