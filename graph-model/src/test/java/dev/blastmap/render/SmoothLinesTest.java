package dev.blastmap.render;

import static dev.blastmap.render.Java2dReference.INK;
import static dev.blastmap.render.Java2dReference.SIZE;
import static dev.blastmap.render.Java2dReference.WHITE;
import static dev.blastmap.render.Java2dReference.compare;
import static dev.blastmap.render.Java2dReference.java2d;
import static dev.blastmap.render.Java2dReference.ours;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

/** SmoothLines against Java2D's anti-aliased rasteriser (Marlin), which it replaces for dependency lines. */
class SmoothLinesTest {

    @Test
    void aThinLineWithRoundEndsMatchesJava2d() {
        for (double[] l : new double[][] {{5, 7, 110, 93}, {3, 60.5, 117, 60.5}, {60, 2, 64, 118}, {20, 20, 21, 21}}) {
            double[] d = compare(ours(SmoothLines::new, s -> {
                s.line(l[0], l[1], l[2], l[3], 1.4, 0, 0, SIZE, SIZE);
                s.paintPath(INK);
            }), java2d(new Line2D.Double(l[0], l[1], l[2], l[3]), new BasicStroke(1.4f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND)));
            assertThat(d[1]).as("line %s", java.util.Arrays.toString(l)).isLessThan(1.0);
            // Round ends are where the two differ most: a line one pixel long is nearly all ends.
            assertThat(d[2]).as("line %s", java.util.Arrays.toString(l)).isBetween(0.85, 1.2);
        }
    }

    @Test
    void aLineAlongAnAxisCoversExactlyWhatTheGeneralWalkGivesANearlyLevelLine() {
        // Lines along an axis take a shorter way (whole rows of equal coverage); a slope of 1e-9 takes the general
        // one, and rounds to the same coverage everywhere.
        for (double[] l : new double[][] {{3.2, 60.5, 117.7, 60.5}, {10, 40.3, 90, 40.3}, {60.25, 2, 60.25, 118},
                {117, 30.7, 4, 30.7}, {33.6, 100, 33.6, 12}}) {
            for (double width : new double[] {1, 1.4, 2.5, 5}) {
                boolean level = l[1] == l[3];
                PixelRaster alongAxis = ours(SmoothLines::new, s -> {
                    s.line(l[0], l[1], l[2], l[3], width, 0, 0, SIZE, SIZE);
                    s.paintPath(INK);
                });
                PixelRaster general = ours(SmoothLines::new, s -> {
                    s.line(l[0], l[1], l[2] + (level ? 0 : 1e-9), l[3] + (level ? 1e-9 : 0), width, 0, 0, SIZE, SIZE);
                    s.paintPath(INK);
                });
                assertThat(alongAxis.pixels()).as("line %s, %s wide", java.util.Arrays.toString(l), width)
                        .isEqualTo(general.pixels());
            }
        }
    }

    @Test
    void thePiecesOfOnePathDoNotDarkenWhereTheyMeet() {
        PixelRaster joined = ours(SmoothLines::new, s -> {
            s.line(10, 50.5, 60, 50.5, 2, 0, 0, SIZE, SIZE);
            s.line(60, 50.5, 110, 50.5, 2, 0, 0, SIZE, SIZE);
            s.paintPath(INK);
        });
        assertThat(joined.at(60, 50)).isEqualTo(joined.at(30, 50));
        assertThat(joined.at(60, 50)).isEqualTo(PixelRaster.over(INK, WHITE));
        Path2D.Double path = new Path2D.Double();
        path.moveTo(10, 50.5);
        path.lineTo(110, 50.5);
        assertThat(compare(joined, java2d(path, new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)))[1])
                .isLessThan(1.0);
    }

    @Test
    void aDashedLineMatchesJava2dsDashesWithSquareEnds() {
        Path2D.Double straight = new Path2D.Double();
        straight.moveTo(4.5, 30.5);
        straight.lineTo(115.5, 30.5);
        Path2D.Double diagonal = new Path2D.Double();
        diagonal.moveTo(6, 110);
        diagonal.lineTo(112, 8);
        // A corner in the middle of a dash: the dash bends round it whole.
        Path2D.Double bent = new Path2D.Double();
        bent.moveTo(10.5, 60.5);
        bent.lineTo(62.5, 60.5);
        bent.lineTo(62.5, 115.5);
        for (Path2D.Double path : java.util.List.of(straight, diagonal, bent)) {
            for (float width : new float[] {1.2f, 2.5f}) {
                double[] d = compare(ours(SmoothLines::new, s -> {
                    Dashes dashes = new Dashes(new double[] {7.5, 6}, -10, -10, SIZE + 10, SIZE + 10, (x0, y0, x1, y1, squareStart, squareEnd) ->
                            s.dashPiece(x0, y0, x1, y1, width, squareStart, squareEnd, 0, 0, SIZE, SIZE));
                    java.awt.geom.PathIterator it = path.getPathIterator(null);
                    double[] at = new double[6];
                    double[] last = new double[2];
                    for (; !it.isDone(); it.next()) {
                        if (it.currentSegment(at) == java.awt.geom.PathIterator.SEG_MOVETO) {
                            dashes.moveTo();
                        } else {
                            dashes.segment(last[0], last[1], at[0], at[1]);
                        }
                        last[0] = at[0];
                        last[1] = at[1];
                    }
                    dashes.end();
                    s.paintPath(INK);
                }), java2d(path, new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {7.5f, 6}, 0)));
                assertThat(d[1]).as("mean difference, width %s", width).isLessThan(1.0);
                assertThat(d[2]).as("ink ratio, width %s", width).isBetween(0.93, 1.07);
            }
        }
    }

    @Test
    void aRoundedCornerWalkedAsChordsMatchesJava2dsCurve() {
        for (double radius : new double[] {6, 25, 60}) {
            Path2D.Double curve = new Path2D.Double();
            curve.moveTo(8, 10.5);
            curve.lineTo(100 - radius, 10.5);
            curve.quadTo(100, 10.5, 100, 10.5 + radius);
            curve.lineTo(100, 112);
            PathRecord record = new PathRecord();
            record.moveTo(8, 10.5);
            record.lineTo(100 - radius, 10.5);
            record.quadTo(100, 10.5, 100, 10.5 + radius);
            record.lineTo(100, 112);
            double[] d = compare(ours(SmoothLines::new, s -> {
                record.walk(1, 0, 0, true, (x0, y0, x1, y1) -> s.line(x0, y0, x1, y1, 1.6, 0, 0, SIZE, SIZE));
                s.paintPath(INK);
            }), java2d(curve, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)));
            assertThat(d[1]).as("mean difference, radius %s", radius).isLessThan(1.0);
            assertThat(d[2]).as("ink ratio, radius %s", radius).isBetween(0.95, 1.05);
        }
    }
}
