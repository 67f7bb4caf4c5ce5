package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PixelRasterTest {

    private static final int WHITE = 0xffffffff;
    private static final int RED = 0xffff0000;

    @Test
    void anOpaqueRectangleReplacesThePixelsItCoversAndIsClippedToTheRaster() {
        PixelRaster r = new PixelRaster(10, 8);
        r.fill(WHITE);
        r.fillRect(-5, 2, 3, 20, RED);
        assertThat(r.at(0, 2)).isEqualTo(RED);
        assertThat(r.at(2, 7)).isEqualTo(RED);
        assertThat(r.at(3, 2)).isEqualTo(WHITE);
        assertThat(r.at(0, 1)).isEqualTo(WHITE);
    }

    @Test
    void aHalfTransparentColourBlendsOverWhatIsThere() {
        PixelRaster r = new PixelRaster(2, 2);
        r.fill(WHITE);
        r.fillRect(0, 0, 1, 1, PixelRaster.pixel(Rgba.hex("#000000"), 0.5));
        int grey = r.at(0, 0);
        assertThat(grey >>> 24).isEqualTo(255);
        assertThat(grey & 0xff).isBetween(126, 129);
    }

    @Test
    void aShiftedCopyMovesThePictureAndLeavesTheUncoveredPixelsAlone() {
        PixelRaster from = new PixelRaster(6, 4);
        from.fillRect(0, 0, 1, 1, RED);
        PixelRaster to = new PixelRaster(6, 4);
        to.fill(WHITE);
        to.copyShifted(from, 2, 1);
        assertThat(to.at(2, 1)).isEqualTo(RED);
        assertThat(to.at(0, 0)).isEqualTo(WHITE);
        assertThat(to.at(1, 3)).isEqualTo(WHITE);
        assertThat(to.at(5, 3)).isZero();
    }

    @Test
    void aLineTakesOnePixelPerStepAlongItsLongerAxis() {
        PixelRaster r = new PixelRaster(20, 20);
        r.blendLine(0.5, 0.5, 10.5, 5.5, RED, 0, 0, 20, 20);
        assertThat(count(r, RED)).isEqualTo(10);
        assertThat(r.at(0, 0)).isEqualTo(RED);
        assertThat(r.at(9, 5)).isEqualTo(RED);
        PixelRaster steep = new PixelRaster(20, 20);
        steep.blendLine(3.5, 19.5, 5.5, 0.5, RED, 0, 0, 20, 20);
        assertThat(count(steep, RED)).isEqualTo(19);
    }

    @Test
    void aLinePaintedInPiecesTakesTheSamePixelsAsOnePaintedWhole() {
        PixelRaster whole = new PixelRaster(40, 30);
        PixelRaster pieces = new PixelRaster(40, 30);
        double[][] lines = {{-7.3, 3.1, 55.2, 27.9}, {3.7, 33.2, 31.1, -4.4}, {12.2, 12.9, 12.4, 12.6}, {39.9, 0.1, 0.2, 29.8}};
        for (double[] l : lines) {
            whole.blendLine(l[0], l[1], l[2], l[3], RED, 0, 0, 40, 30);
            pieces.blendLine(l[0], l[1], l[2], l[3], RED, 0, 0, 17, 30);
            pieces.blendLine(l[0], l[1], l[2], l[3], RED, 17, 0, 40, 11);
            pieces.blendLine(l[0], l[1], l[2], l[3], RED, 17, 11, 40, 30);
        }
        assertThat(pieces.pixels()).isEqualTo(whole.pixels());
        assertThat(count(whole, RED)).isGreaterThan(60);
    }

    private static long count(PixelRaster r, int argb) {
        return java.util.Arrays.stream(r.pixels()).filter(p -> p == argb).count();
    }

    /** The blend written out channel by channel, as the definition. */
    private static int overByChannel(int src, int dst) {
        int keep = 255 - (src >>> 24);
        int a = (src >>> 24) + ((dst >>> 24) * keep + 127) / 255;
        int r = (src >> 16 & 0xff) + ((dst >> 16 & 0xff) * keep + 127) / 255;
        int g = (src >> 8 & 0xff) + ((dst >> 8 & 0xff) * keep + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * keep + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    @Test
    void blendingTwoChannelsAtOnceGivesWhatEachChannelAloneGivesForEveryValueAndOpacity() {
        for (int c = 0; c < 256; c++) {
            for (int alpha = 0; alpha < 256; alpha++) {
                // The same value in every channel of dst under a black source of this opacity.
                int dst = 0xff000000 | c << 16 | c << 8 | c;
                int src = alpha << 24;
                assertThat(PixelRaster.over(src, dst)).as("c %d, alpha %d", c, alpha).isEqualTo(overByChannel(src, dst));
                int translucent = c << 24 | c << 16 | c << 8 | c;
                assertThat(PixelRaster.over(src, translucent)).isEqualTo(overByChannel(src, translucent));
            }
        }
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            int src = PixelRaster.pixel(new Rgba(random.nextInt(256), random.nextInt(256), random.nextInt(256), 1),
                    random.nextDouble());
            int dst = PixelRaster.pixel(new Rgba(random.nextInt(256), random.nextInt(256), random.nextInt(256), 1),
                    random.nextDouble());
            assertThat(PixelRaster.over(src, dst)).isEqualTo(overByChannel(src, dst));
        }
    }
}
