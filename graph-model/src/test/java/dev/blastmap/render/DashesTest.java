package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashes a pattern cuts from a walked path: on first, lengths along the path, again from the start at a move. */
class DashesTest {

    private record Piece(double x0, double y0, double x1, double y1, boolean squareStart, boolean squareEnd) {
    }

    private static List<Piece> cut(double[] pattern, double[]... polylines) {
        return cutWithin(new double[] {-1e9, -1e9, 1e9, 1e9}, pattern, polylines);
    }

    private static List<Piece> cutWithin(double[] clip, double[] pattern, double[]... polylines) {
        List<Piece> pieces = new ArrayList<>();
        Dashes dashes = new Dashes(pattern, clip[0], clip[1], clip[2], clip[3],
                (x0, y0, x1, y1, a, b) -> pieces.add(new Piece(x0, y0, x1, y1, a, b)));
        for (double[] line : polylines) {
            dashes.moveTo();
            for (int p = 2; p + 1 < line.length; p += 2) {
                dashes.segment(line[p - 2], line[p - 1], line[p], line[p + 1]);
            }
        }
        dashes.end();
        return pieces;
    }

    @Test
    void aStraightLineIsCutOnOffOnWithSquareEndsAndALastDashCutByTheLinesEnd() {
        assertThat(cut(new double[] {5, 4}, new double[] {0, 0, 30, 0})).containsExactly(
                new Piece(0, 0, 5, 0, true, true),
                new Piece(9, 0, 14, 0, true, true),
                new Piece(18, 0, 23, 0, true, true),
                new Piece(27, 0, 30, 0, true, true));
    }

    @Test
    void aDashRoundACornerComesInTwoPiecesJoinedRound() {
        assertThat(cut(new double[] {6, 4}, new double[] {0, 0, 13, 0, 13, 10})).containsExactly(
                new Piece(0, 0, 6, 0, true, true),
                new Piece(10, 0, 13, 0, true, false),
                new Piece(13, 0, 13, 3, false, true),
                new Piece(13, 7, 13, 10, true, true));
    }

    @Test
    void aDashEndingExactlyAtACornerEndsSquareAndTheNextStartsAfterTheGap() {
        assertThat(cut(new double[] {5, 5}, new double[] {0, 0, 5, 0, 5, 12})).containsExactly(
                new Piece(0, 0, 5, 0, true, true),
                new Piece(5, 5, 5, 10, true, true));
    }

    @Test
    void aMoveStartsThePatternAgain() {
        assertThat(cut(new double[] {5, 4}, new double[] {0, 0, 7, 0}, new double[] {0, 10, 7, 10})).containsExactly(
                new Piece(0, 0, 5, 0, true, true),
                new Piece(0, 10, 5, 10, true, true));
    }

    @Test
    void aPatternOfSeveralLengthsTakesThemInTurn() {
        assertThat(cut(new double[] {2, 1, 4, 3}, new double[] {0, 0, 0, 20})).containsExactly(
                new Piece(0, 0, 0, 2, true, true),
                new Piece(0, 3, 0, 7, true, true),
                new Piece(0, 10, 0, 12, true, true),
                new Piece(0, 13, 0, 17, true, true));
    }

    @Test
    void withinAClipTheDashesAreThoseOfTheWholeLineThatLieThere() {
        List<Piece> whole = cut(new double[] {5, 4}, new double[] {0, 0, 1000, 0});
        List<Piece> clipped = cutWithin(new double[] {400, -5, 600, 5}, new double[] {5, 4}, new double[] {0, 0, 1000, 0});
        List<Piece> inside = whole.stream().filter(p -> p.x0() >= 400 && p.x1() <= 600).toList();
        assertThat(clipped).hasSizeBetween(inside.size(), inside.size() + 2);
        for (Piece p : inside) {
            assertThat(clipped).anySatisfy(c -> {
                assertThat(c.x0()).isCloseTo(p.x0(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(c.x1()).isCloseTo(p.x1(), org.assertj.core.data.Offset.offset(1e-9));
            });
        }
        assertThat(clipped).allSatisfy(c -> assertThat(c.x1()).isBetween(400.0, 600.0));
    }

    @Test
    void aLineMillionsOfPixelsLongCostsOnlyWhatTheClipShows() {
        long start = System.nanoTime();
        List<Piece> pieces = cutWithin(new double[] {0, 0, 100, 100}, new double[] {5, 4},
                new double[] {-3e12, 50, 3e12, 50}, new double[] {50 - 1e15, 50 - 1e15, 50 + 1e15, 50 + 1e15});
        // Within the clip, give or take what doubles keep of a coordinate of 1e15 (an eighth of a pixel).
        assertThat(pieces).hasSizeBetween(22, 40).allSatisfy(p -> {
            assertThat(Math.min(p.x0(), p.x1())).isGreaterThanOrEqualTo(-1);
            assertThat(Math.max(p.x0(), p.x1())).isLessThanOrEqualTo(101);
        });
        // Not a timing test: without the clip this would walk 6e11 dashes and not return.
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }
}
