package dev.blastmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the tests of the shapes drawn on the pixels compare them with: the same shape drawn by Java2D's
 * anti-aliased rasteriser (Marlin) on a white square, in the same ink.
 */
final class Java2dReference {

    static final int SIZE = 120;
    static final int WHITE = 0xffffffff;
    static final int INK = PixelRaster.pixel(Rgba.hex("#1e3a8a"), 0.8);

    private Java2dReference() {
    }

    /** A white square of SIZE pixels. */
    static PixelRaster white() {
        PixelRaster r = new PixelRaster(SIZE, SIZE);
        r.fill(WHITE);
        return r;
    }

    /** A white picture painted by one of our rasterisers, made over it ({@code SmoothLines::new}, ...). */
    static <T> PixelRaster ours(Function<PixelRaster, T> rasteriser, Consumer<T> paint) {
        PixelRaster r = white();
        paint.accept(rasteriser.apply(r));
        return r;
    }

    static BufferedImage java2d(Shape shape, BasicStroke stroke) {
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
    static double[] compare(PixelRaster ours, BufferedImage theirs) {
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
}
