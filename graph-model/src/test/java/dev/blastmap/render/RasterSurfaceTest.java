package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RasterSurfaceTest {

    private static final int WHITE = 0xffffffff;

    @Test
    void rectanglesFollowTheTransformOnWholePixelsAtLeastOnePixelBig() {
        PixelRaster r = new PixelRaster(50, 50);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.translate(10, 10);
        s.scale(0.1);
        s.setFill(Rgba.hex("#ff0000"));
        s.fillRect(50, 50, 2, 2);
        assertThat(r.at(15, 15)).isEqualTo(0xffff0000);
        assertThat(r.at(16, 15)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void manyThinLinesAddUpAsInkDarkerWhereMorePass() {
        PixelRaster r = new PixelRaster(100, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.setSmoothLines(false);
        s.setStroke(Rgba.hex("#000000").withAlpha(0.2), 1);
        s.beginPath();
        for (int i = 0; i < 60; i++) {
            // Fifty lines along row 10, ten along row 30.
            double y = i < 50 ? 10.5 : 30.5;
            s.moveTo(0, y);
            s.lineTo(100, y);
        }
        s.strokePath();
        int dense = r.at(50, 10) & 0xff;
        int sparse = r.at(50, 30) & 0xff;
        assertThat(dense).isLessThan(sparse);
        assertThat(sparse).isLessThan(255);
        assertThat(r.at(50, 20)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void whatJava2dPaintsLandsInTheSamePixels() {
        PixelRaster r = new PixelRaster(40, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.setFill(Rgba.hex("#0000ff"));
        s.fillRoundRect(5, 5, 30, 30, 4);
        assertThat(r.at(20, 20)).isEqualTo(0xff0000ff);
        s.dispose();
    }

    @Test
    void nothingIsPaintedOutsideTheClip() {
        PixelRaster r = new PixelRaster(40, 40);
        r.fill(WHITE);
        RasterSurface s = new RasterSurface(r);
        s.clip(0, 0, 20, 40);
        s.setFill(Rgba.hex("#0000ff"));
        s.fillRoundRect(5, 5, 30, 30, 4);
        s.fillRect(5, 5, 30, 30);
        s.setSmoothLines(false);
        s.setStroke(Rgba.hex("#000000"), 1);
        s.beginPath();
        s.moveTo(0, 2.5);
        s.lineTo(40, 2.5);
        s.strokePath();
        assertThat(r.at(19, 20)).isEqualTo(0xff0000ff);
        assertThat(r.at(19, 2)).isEqualTo(0xff000000);
        assertThat(r.at(20, 20)).isEqualTo(WHITE);
        assertThat(r.at(30, 2)).isEqualTo(WHITE);
        s.dispose();
    }

    @Test
    void aDashedCardOutlineFallsWhereJava2dsDashesFall() {
        int size = 140;
        PixelRaster ours = new PixelRaster(size, size);
        ours.fill(WHITE);
        RasterSurface s = new RasterSurface(ours);
        Rgba ink = Rgba.hex("#1e3a8a");
        s.setStroke(ink, 1.5, 6, 4);
        s.strokeRoundRect(10.5, 20.5, 110, 60, 8);
        s.dispose();
        java.awt.image.BufferedImage theirs = new java.awt.image.BufferedImage(size, size,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = theirs.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new java.awt.Color(0x1e, 0x3a, 0x8a));
        g.setStroke(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0));
        g.draw(new java.awt.geom.RoundRectangle2D.Double(10.5, 20.5, 110, 60, 16, 16));
        g.dispose();
        long difference = 0;
        long inkOurs = 0;
        long inkTheirs = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int a = ours.at(x, y) & 0xff;
                int b = theirs.getRGB(x, y) & 0xff;
                difference += Math.abs(a - b);
                inkOurs += 255 - a;
                inkTheirs += 255 - b;
            }
        }
        assertThat(difference / (double) (size * size)).as("mean difference of blue").isLessThan(1.5);
        assertThat(inkOurs / (double) inkTheirs).as("ink ratio").isBetween(0.9, 1.1);
    }
}
