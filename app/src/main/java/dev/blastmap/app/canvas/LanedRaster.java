package dev.blastmap.app.canvas;

import dev.blastmap.render.PixelRaster;
import dev.blastmap.render.RasterSurface;

/**
 * A raster with a surface of its own for each lane of {@link Bands} painting into it: a surface keeps scratch
 * space and a Java2D context, which threads painting disjoint bands of the raster at once must not share.
 */
final class LanedRaster {

    final PixelRaster raster;
    private final RasterSurface[] surfaces;

    LanedRaster(int width, int height, int lanes) {
        this.raster = new PixelRaster(width, height);
        this.surfaces = new RasterSurface[lanes];
    }

    /** The surface lane {@code lane} paints with, made on first use (each lane touches only its own). */
    RasterSurface surface(int lane) {
        if (surfaces[lane] == null) {
            surfaces[lane] = new RasterSurface(raster);
            // The lanes already keep every core busy: ink shared out again would only make them wait.
            surfaces[lane].shareInkBetweenCores(surfaces.length == 1);
        }
        return surfaces[lane];
    }

    /** Whether it is this size. */
    boolean hasSize(int width, int height) {
        return raster.width() == width && raster.height() == height;
    }
}
