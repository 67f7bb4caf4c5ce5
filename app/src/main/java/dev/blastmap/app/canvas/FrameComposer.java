package dev.blastmap.app.canvas;

import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.PixelRaster;
import dev.blastmap.render.RasterSurface;
import dev.blastmap.render.Theme;
import java.nio.IntBuffer;
import java.util.Set;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Makes each frame's picture, whole and current, in the pulse that shows it: the scenery (background, groups,
 * plain lines; see {@link SceneryLayer}) copied from aside, then everything the states change painted over it
 * from scratch (the failure's path, every service, labels, pulses, rings). The picture is an array of pixels
 * that a {@link PixelBuffer} hands to JavaFX without a copy; two of them take turns, so that the renderer can
 * still read the last frame while the next is painted.
 *
 * <p>The picture is painted for the viewport with its offsets rounded to whole pixels (at most half a pixel
 * from the viewport asked for), so that panning can move the scenery's pixels instead of painting them again.
 *
 * <p>Both layers may be painted in horizontal bands at once, one per core ({@link Bands}; by default one band);
 * the picture is whole before {@code paint} returns. FX thread only.
 */
final class FrameComposer {

    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();
    private static final double PART_MARGIN_PIXELS = 16;
    private static final double PART_MARGIN_UNITS = 8;

    private final Bands bands;
    private final SceneryLayer scenery;
    private final Frame[] frames = new Frame[2];
    private int next;

    /** A composer painting in the canvas's bands ({@link Bands#perCore()}). */
    FrameComposer() {
        this(Bands.perCore());
    }

    /** A composer painting in these bands. */
    FrameComposer(Bands bands) {
        this.bands = bands;
        this.scenery = new SceneryLayer(bands);
    }

    /**
     * Paints the model's picture at {@code now} for a view of {@code width} × {@code height} pixels at this
     * viewport, with these services selected, returns the image that shows it, and books it in the model.
     */
    WritableImage compose(GraphPainter painter, PictureModel model, Set<ServiceId> selection, Theme theme, Viewport v,
                          double width, double height, double pixelScale, long now) {
        long statesShown = model.statesVersion();
        PaintRequest request = model.request(now, selection, v.visible(width, height), v.scale());
        WritableImage image = compose(painter, request, theme, v, width, height, pixelScale);
        model.shown(statesShown, shown(v, pixelScale));
        return image;
    }

    /**
     * Paints the picture of a request for a view of {@code width} × {@code height} pixels at {@code pixelScale}
     * device pixels per pixel, and returns the image that shows it.
     */
    WritableImage compose(GraphPainter painter, PaintRequest request, Theme theme, Viewport v, double width,
                          double height, double pixelScale) {
        Frame frame = paint(painter, request, theme, v, width, height, pixelScale);
        frame.buffer().updateBuffer(b -> null);
        return frame.image;
    }

    /** Paints the picture of a request into the next of the two frames' pixels, and returns that frame. */
    Frame paint(GraphPainter painter, PaintRequest request, Theme theme, Viewport v, double width, double height,
                double pixelScale) {
        int w = devicePixels(width, pixelScale);
        int h = devicePixels(height, pixelScale);
        Frame frame = frames[next];
        if (!madeFor(frame, w, h)) {
            frame = new Frame(new LanedRaster(w, h, bands.lanes()));
            frames[next] = frame;
        }
        next = 1 - next;
        double scale = v.scale() * pixelScale;
        long ox = Math.round(v.offsetX() * pixelScale);
        long oy = Math.round(v.offsetY() * pixelScale);
        LanedRaster pixels = frame.pixels;
        PixelRaster behind = scenery.update(painter, request, theme, w, h, scale, ox, oy, pixels);
        GraphPainter[] painters = bands.painters(painter);
        bands.paint(Bands.Work.FOREGROUND, h, (lane, y0, y1) -> {
            if (behind != null) {
                pixels.raster.copyRows(behind, y0, y1);
            }
            RasterSurface s = pixels.surface(lane);
            s.clip(0, y0, w, y1);
            s.save();
            s.translate(ox, oy);
            s.scale(scale);
            painters[lane].paintForeground(s, request, part(request, w, scale, ox, oy, y0, y1));
            s.restore();
        });
        return frame;
    }

    /** True if both pictures that take turns are made for a view of this size: no frame has to make one. */
    boolean bothMade(double width, double height, double pixelScale) {
        int w = devicePixels(width, pixelScale);
        int h = devicePixels(height, pixelScale);
        return madeFor(frames[0], w, h) && madeFor(frames[1], w, h);
    }

    private static boolean madeFor(Frame frame, int w, int h) {
        return frame != null && frame.pixels.hasSize(w, h);
    }

    private static int devicePixels(double size, double pixelScale) {
        return Math.max(1, (int) Math.ceil(size * pixelScale));
    }

    /**
     * The part of the model that rows {@code y0} to {@code y1} show, grown by what a card's outline, shadow,
     * text or smoothing may reach past its box; null when the rows are the whole picture.
     */
    private static Box part(PaintRequest request, int width, double scale, long ox, long oy, int y0, int y1) {
        if (request.visible() == null) {
            return null;
        }
        double margin = PART_MARGIN_PIXELS / scale + PART_MARGIN_UNITS;
        return new Box(-ox / scale - margin, (y0 - oy) / scale - margin, width / scale + 2 * margin,
                (y1 - y0) / scale + 2 * margin);
    }

    /** Pixels of scenery painted afresh so far (not moved); for measurements. */
    long sceneryPixelsPainted() {
        return scenery.paintedPixels();
    }

    /**
     * Paints a graph once aside on the calling thread, so that the first frame a canvas composes is not slowed
     * by Java2D, its fonts and the painter starting cold.
     */
    static void warmUp(Graph graph, Layout layout) {
        int width = 1100;
        int height = 750;
        Viewport v = Viewport.fit(layout.bounds(), width, height, 32, 1.0);
        RasterSurface surface = new RasterSurface(new PixelRaster(width, height));
        surface.translate(v.offsetX(), v.offsetY());
        surface.scale(v.scale());
        new GraphPainter(Theme.light()).paint(surface, PaintRequest.of(graph, layout).withView(v.visible(width, height), v.scale()));
        surface.dispose();
    }

    /** The viewport a picture composed for {@code v} shows: its offsets rounded to whole device pixels. */
    static Viewport shown(Viewport v, double pixelScale) {
        return new Viewport(v.scale(), Math.round(v.offsetX() * pixelScale) / pixelScale,
                Math.round(v.offsetY() * pixelScale) / pixelScale);
    }

    /** One picture: its pixels, the surfaces that paint them and, once shown, the image that shows them. */
    static final class Frame {
        final LanedRaster pixels;
        private PixelBuffer<IntBuffer> buffer;
        private WritableImage image;

        Frame(LanedRaster pixels) {
            this.pixels = pixels;
        }

        /** The buffer over the pixels, made when first shown (it needs the toolkit running). */
        private PixelBuffer<IntBuffer> buffer() {
            if (buffer == null) {
                PixelRaster raster = pixels.raster;
                buffer = new PixelBuffer<>(raster.width(), raster.height(), IntBuffer.wrap(raster.pixels()), FORMAT);
                image = new WritableImage(buffer);
            }
            return buffer;
        }
    }
}
