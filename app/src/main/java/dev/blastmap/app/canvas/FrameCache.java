package dev.blastmap.app.canvas;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.model.Graph;
import dev.blastmap.render.GraphPainter;
import dev.blastmap.render.Highlight;
import dev.blastmap.render.Java2dSurface;
import dev.blastmap.render.PaintRequest;
import dev.blastmap.render.Rgba;
import dev.blastmap.render.Surface;
import dev.blastmap.render.Theme;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The picture of the graph kept as a bitmap, a little larger than the view, so that panning copies pixels
 * instead of painting thousands of shapes and labels again, and zooming stretches the bitmap until the zoom
 * rests.
 *
 * <p>The bitmap is painted on a thread of its own with Java2D (the painter's {@link Java2dSurface}, as for PNG
 * images) and handed to the FX thread when it is ready. Painting the whole picture costs the software renderer
 * 15–20 ms even for a small graph, and on the FX thread (a canvas snapshot) it also made the FX thread wait for
 * an extra render pass: each wave of a spreading failure dropped a frame or two. Painted aside, a new picture
 * costs a frame only the copy of its pixels, and until it arrives the previous one is shown. Requests that
 * come faster than pictures are painted collapse into the latest.
 *
 * <p>Use from the FX thread only, apart from the painting job given to {@link #request}, which runs on the
 * painting thread and must not touch the scene graph.
 */
final class FrameCache {

    /** How much the cached area exceeds the view on each side, as a fraction of the view's size. */
    static final double MARGIN = 0.25;

    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final ThreadPoolExecutor painting = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), work -> {
                Thread t = new Thread(work, "blastmap-picture");
                t.setDaemon(true);
                return t;
            });
    private final Runnable onPainted;
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicReference<Picture> painted = new AtomicReference<>();
    private final AtomicReference<BufferedImage> spare = new AtomicReference<>();
    private Job requested;
    private PixelBuffer<IntBuffer> pixels;
    private WritableImage image;
    private Job shown;

    /**
     * A cache that calls {@code onPainted} from the painting thread whenever a picture is ready to be taken
     * with {@link #takePainted()}.
     */
    FrameCache(Runnable onPainted) {
        this.onPainted = onPainted;
        // A view that rests (or was closed) keeps no thread.
        painting.allowCoreThreadTimeOut(true);
    }

    /** True if the bitmap shows this content at this zoom and holds everything visible. */
    boolean covers(long contentVersion, Viewport v, Box visible) {
        return shown != null && shown.covers(contentVersion, v.scale(), visible);
    }

    /** The content version of the bitmap, or -1 if there is none yet. */
    long version() {
        return shown == null ? -1 : shown.version;
    }

    /** True if the bitmap, of whatever content, is at this zoom and holds everything visible. */
    boolean fills(Viewport v, Box visible) {
        return shown != null && shown.fills(v.scale(), visible);
    }

    /** The zoom the bitmap was painted at. */
    double scale() {
        return shown == null ? Double.NaN : shown.view.scale();
    }

    /**
     * Asks for the content to be painted into a new bitmap for the visible area plus a margin, unless that has
     * been asked for already. The bitmap shown does not change until {@link #takePainted()} takes the new one.
     *
     * @param pixelScale the screen's output scale, so that the bitmap is sharp on high-density displays
     * @param paint      paints in model coordinates onto the surface it is given, on the painting thread
     */
    void request(long contentVersion, Viewport v, double viewWidth, double viewHeight, double pixelScale,
                 Rgba background, Consumer<Surface> paint) {
        Box visible = v.visible(viewWidth, viewHeight);
        if (requested != null && requested.covers(contentVersion, v.scale(), visible)) {
            return;
        }
        // While the content keeps changing (a failure spreading) the margin would only be painted and thrown
        // away; it pays off once the view starts moving over unchanged content.
        double margin = requested != null && contentVersion == requested.version + 1 ? 0 : MARGIN;
        double mx = Math.ceil(viewWidth * margin);
        double my = Math.ceil(viewHeight * margin);
        double w = Math.ceil(viewWidth + 2 * mx);
        double h = Math.ceil(viewHeight + 2 * my);
        Box area = new Box(v.toModelX(-mx), v.toModelY(-my), w / v.scale(), h / v.scale());
        requested = new Job(contentVersion, v.panBy(mx, my), area, w, h, pixelScale, background, paint);
        pending.set(requested);
        painting.execute(this::paintPending);
    }

    /** Takes the newest picture painted since the last call, if any, as the bitmap to show: a copy of its pixels. */
    void takePainted() {
        Picture picture = painted.getAndSet(null);
        if (picture == null) {
            return;
        }
        int pw = picture.image.getWidth();
        int ph = picture.image.getHeight();
        if (pixels == null || pixels.getWidth() != pw || pixels.getHeight() != ph) {
            pixels = new PixelBuffer<>(pw, ph, IntBuffer.allocate(pw * ph), FORMAT);
            image = new WritableImage(pixels);
        }
        int[] argb = ((DataBufferInt) picture.image.getRaster().getDataBuffer()).getData();
        pixels.updateBuffer(buffer -> {
            buffer.getBuffer().put(0, argb);
            return null;
        });
        spare.set(picture.image);
        shown = picture.job;
    }

    /** Draws the bitmap where its area falls in this viewport (stretched if the zoom differs). */
    void drawOn(GraphicsContext gc, Viewport v, double viewWidth, double viewHeight) {
        if (shown == null) {
            return;
        }
        Box area = shown.area;
        if (v.scale() == shown.view.scale()) {
            // Whole pixels: a plain copy, where a fractional offset would make the renderer filter every pixel.
            gc.drawImage(image, Math.round(v.toScreenX(area.x())), Math.round(v.toScreenY(area.y())),
                    shown.width, shown.height);
            return;
        }
        // Stretched: take only the part of the bitmap that lands in the view, so zooming in does not filter
        // pixels that fall outside it.
        Box view = v.visible(viewWidth, viewHeight);
        double left = Math.max(area.x(), view.x());
        double top = Math.max(area.y(), view.y());
        double right = Math.min(area.maxX(), view.maxX());
        double bottom = Math.min(area.maxY(), view.maxY());
        if (right <= left || bottom <= top) {
            return;
        }
        double pixelsPerUnit = image.getWidth() / area.width();
        // Nearest-neighbour while the zoom moves: the software renderer filters a stretched bitmap at ~18 ms a
        // frame, sampling costs a fraction; the picture is painted sharp once the zoom rests.
        gc.setImageSmoothing(false);
        gc.drawImage(image, (left - area.x()) * pixelsPerUnit, (top - area.y()) * pixelsPerUnit,
                (right - left) * pixelsPerUnit, (bottom - top) * pixelsPerUnit,
                v.toScreenX(left), v.toScreenY(top), (right - left) * v.scale(), (bottom - top) * v.scale());
        gc.setImageSmoothing(true);
    }

    /** Runs on the painting thread: paints the latest job asked for, if another run has not taken it. */
    private void paintPending() {
        Job job = pending.getAndSet(null);
        if (job != null) {
            painted.set(new Picture(job, paint(job, spare.getAndSet(null))));
            onPainted.run();
        }
    }

    /**
     * Paints a graph once into an image that is thrown away, as a picture of a view about the size of a
     * canvas at its fitted zoom, on the calling thread. The first picture a canvas paints then finds Java2D,
     * its fonts and the painter loaded and running: about 0.4 s of a cold launch, which a thread that has
     * nothing else to do while the window is built can take instead.
     */
    static void warmUp(Graph graph, Layout layout) {
        double width = 1100;
        double height = 750;
        Viewport v = Viewport.fit(layout.bounds(), width, height, 32, 1.0);
        Theme theme = Theme.light();
        GraphPainter painter = new GraphPainter(theme);
        PaintRequest request = new PaintRequest(graph, layout, id -> ServiceState.HEALTHY, Highlight.none(), Set.of(),
                Map.of(), v.visible(width, height), v.scale());
        paint(new Job(0, v, Box.empty(), width, height, 1, theme.background(), s -> painter.paint(s, request)), null);
    }

    /** Paints a job into {@code reuse} if it has the right size, else into a new image, and returns the image. */
    private static BufferedImage paint(Job job, BufferedImage reuse) {
        int pw = (int) Math.ceil(job.width * job.pixelScale);
        int ph = (int) Math.ceil(job.height * job.pixelScale);
        BufferedImage target = reuse != null && reuse.getWidth() == pw && reuse.getHeight() == ph ? reuse
                : new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = target.createGraphics();
        try {
            Rgba b = job.background;
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(b.red(), b.green(), b.blue()));
            g.fillRect(0, 0, pw, ph);
            g.setComposite(AlphaComposite.SrcOver);
            g.scale(job.pixelScale, job.pixelScale);
            g.translate(job.view.offsetX(), job.view.offsetY());
            g.scale(job.view.scale(), job.view.scale());
            job.paint.accept(new Java2dSurface(g));
        } finally {
            g.dispose();
        }
        return target;
    }

    /**
     * One picture to paint: the content version, the viewport moved so that the bitmap's corner is its origin,
     * the model area and the size in view pixels that the bitmap covers.
     */
    private record Job(long version, Viewport view, Box area, double width, double height, double pixelScale,
                       Rgba background, Consumer<Surface> paint) {

        boolean covers(long contentVersion, double scale, Box visible) {
            return version == contentVersion && fills(scale, visible);
        }

        boolean fills(double scale, Box visible) {
            return view.scale() == scale && area.contains(visible);
        }
    }

    private record Picture(Job job, BufferedImage image) {
    }
}
