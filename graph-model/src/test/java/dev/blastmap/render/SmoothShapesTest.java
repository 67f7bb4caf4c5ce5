package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** SmoothShapes against Java2D's anti-aliased rasteriser (Marlin), which it replaces for cards and lines. */
class SmoothShapesTest {

    private static final int SIZE = 120;
    private static final int WHITE = 0xffffffff;
    private static final int INK = PixelRaster.pixel(Rgba.hex("#1e3a8a"), 0.8);

    private static PixelRaster ours(Consumer<SmoothShapes> paint) {
        PixelRaster r = new PixelRaster(SIZE, SIZE);
        r.fill(WHITE);
        paint.accept(new SmoothShapes(r));
        return r;
    }

    private static BufferedImage java2d(Shape shape, BasicStroke stroke) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(0x1e, 0x3a, 0x8a, Math.round(0.8f * 255)));
        if (stroke == null) {
            g.fill(shape);
        } else {
            g.setStroke(stroke);
            g.draw(shape);
        }
        g.dispose();
        return image;
    }

    /** How far apart two pictures are: the largest and the mean difference of a channel, and the ink ratio. */
    private static double[] compare(PixelRaster ours, BufferedImage theirs) {
        long sum = 0;
        int most = 0;
        long inkOurs = 0;
        long inkTheirs = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int a = ours.at(x, y);
                int b = theirs.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    int ca = a >> shift & 0xff;
                    int cb = b >> shift & 0xff;
                    most = Math.max(most, Math.abs(ca - cb));
                    sum += Math.abs(ca - cb);
                    inkOurs += 255 - ca;
                    inkTheirs += 255 - cb;
                }
            }
        }
        return new double[] {most, sum / (3.0 * SIZE * SIZE), inkOurs / (double) Math.max(1, inkTheirs)};
    }

    @Test
    void aFilledCardCoversThePixelsJava2dCoversToWithinAnEdgePixel() {
        double[] d = compare(ours(s -> s.fillRoundRect(10.3, 20.6, 97.4, 41.2, 8, INK, true, 0, 0, SIZE, SIZE)),
                java2d(new RoundRectangle2D.Double(10.3, 20.6, 97.4, 41.2, 16, 16), null));
        assertThat(d[1]).as("mean difference").isLessThan(1.0);
        assertThat(d[0]).as("largest difference").isLessThan(110);
        assertThat(d[2]).as("ink ratio").isBetween(0.98, 1.02);
    }

    @Test
    void anOutlinedCardMatchesJava2dsStroke() {
        double[] d = compare(ours(s -> s.strokeRoundRect(10.5, 20.5, 90, 40, 8, 1.5, INK, true, 0, 0, SIZE, SIZE)),
                java2d(new RoundRectangle2D.Double(10.5, 20.5, 90, 40, 16, 16), new BasicStroke(1.5f)));
        assertThat(d[1]).isLessThan(2.0);
        assertThat(d[2]).isBetween(0.93, 1.07);
    }

    @Test
    void aThinLineWithRoundEndsMatchesJava2d() {
        for (double[] l : new double[][] {{5, 7, 110, 93}, {3, 60.5, 117, 60.5}, {60, 2, 64, 118}, {20, 20, 21, 21}}) {
            double[] d = compare(ours(s -> {
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
                PixelRaster alongAxis = ours(s -> {
                    s.line(l[0], l[1], l[2], l[3], width, 0, 0, SIZE, SIZE);
                    s.paintPath(INK);
                });
                PixelRaster general = ours(s -> {
                    s.line(l[0], l[1], l[2] + (level ? 0 : 1e-9), l[3] + (level ? 1e-9 : 0), width, 0, 0, SIZE, SIZE);
                    s.paintPath(INK);
                });
                assertThat(alongAxis.pixels()).as("line %s, %s wide", java.util.Arrays.toString(l), width)
                        .isEqualTo(general.pixels());
            }
        }
    }

    @Test
    void everyPixelOfACardTakesTheCoverageItsDistanceToTheOutlineGives() {
        // The rows above and below the straight sides are laid as runs of one coverage; the pixels must be those
        // of each pixel blended alone at its own distance (the definition, written out here).
        for (double[] c : new double[][] {{10.3, 20.6, 90.2, 40.7, 6}, {5, 5, 100, 100, 12.5}, {30.5, 60.25, 41, 9, 2},
                {2.2, 3.3, 115, 30, 0}}) {
            for (boolean stroke : new boolean[] {false, true}) {
                double width = 1.6;
                PixelRaster drawn = ours(s -> {
                    if (stroke) {
                        s.strokeRoundRect(c[0], c[1], c[2], c[3], c[4], width, INK, true, 0, 0, SIZE, SIZE);
                    } else {
                        s.fillRoundRect(c[0], c[1], c[2], c[3], c[4], INK, true, 0, 0, SIZE, SIZE);
                    }
                });
                PixelRaster expected = new PixelRaster(SIZE, SIZE);
                expected.fill(WHITE);
                double hx = c[2] / 2;
                double hy = c[3] / 2;
                double r = Math.min(c[4], Math.min(hx, hy));
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        double qx = Math.abs(x + 0.5 - (c[0] + hx)) - (hx - r);
                        double qy = Math.abs(y + 0.5 - (c[1] + hy)) - (hy - r);
                        double d = qx > 0 && qy > 0 ? Math.sqrt(qx * qx + qy * qy) - r : Math.max(qx, qy) - r;
                        double inside = stroke ? Math.min(width / 2 + 0.5 - Math.abs(d), width) : 0.5 - d;
                        int k = inside <= 0 ? 0 : inside >= 1 ? 256 : (int) (inside * 256 + 0.5);
                        if (k > 0) {
                            int ink = k >= 256 ? INK : scaled(INK, k);
                            expected.pixels()[y * SIZE + x] = PixelRaster.over(ink, WHITE);
                        }
                    }
                }
                assertThat(drawn.pixels()).as("%s %s", stroke ? "outline" : "card", java.util.Arrays.toString(c))
                        .isEqualTo(expected.pixels());
            }
        }
    }

    private static int scaled(int argb, int k) {
        return (argb >>> 24) * k >> 8 << 24 | ((argb >> 16 & 0xff) * k >> 8) << 16 | ((argb >> 8 & 0xff) * k >> 8) << 8
                | (argb & 0xff) * k >> 8;
    }

    @Test
    void thePiecesOfOnePathDoNotDarkenWhereTheyMeet() {
        PixelRaster joined = ours(s -> {
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
    void theInsideOfAFilledCardIsSolidAndNothingOutsideTheClipChanges() {
        PixelRaster r = ours(s -> s.fillRoundRect(10, 10, 100, 100, 12, INK, true, 0, 0, 60, SIZE));
        int inside = PixelRaster.over(INK, WHITE);
        for (int y = 12; y < 108; y++) {
            for (int x = 23; x < 60; x++) {
                assertThat(r.at(x, y)).isEqualTo(inside);
            }
            for (int x = 60; x < SIZE; x++) {
                assertThat(r.at(x, y)).isEqualTo(WHITE);
            }
        }
        assertThat(r.at(10, 10)).as("outside the rounded corner").isEqualTo(WHITE);
    }

    @Test
    void unsmoothedAPixelIsPaintedWhollyOrNotAtAll() {
        PixelRaster r = ours(s -> s.fillRoundRect(10.2, 10.7, 50.3, 30.1, 6, INK, false, 0, 0, SIZE, SIZE));
        int inside = PixelRaster.over(INK, WHITE);
        for (int p : r.pixels()) {
            assertThat(p).isIn(inside, WHITE);
        }
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
                double[] d = compare(ours(s -> {
                    Dashes dashes = new Dashes(new double[] {7.5, 6}, (x0, y0, x1, y1, squareStart, squareEnd) ->
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
            double[] d = compare(ours(s -> {
                record.walk(1, 0, 0, true, (x0, y0, x1, y1) -> s.line(x0, y0, x1, y1, 1.6, 0, 0, SIZE, SIZE));
                s.paintPath(INK);
            }), java2d(curve, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)));
            assertThat(d[1]).as("mean difference, radius %s", radius).isLessThan(1.0);
            assertThat(d[2]).as("ink ratio, radius %s", radius).isBetween(0.95, 1.05);
        }
    }
}
