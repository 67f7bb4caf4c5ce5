package dev.blastmap.analysis.availability;

import java.util.Objects;

/**
 * How to compute availability.
 *
 * @param mode    which method to use where
 * @param samples Monte Carlo scenarios per service left to sampling; at least 64, rounded up to a multiple of
 *                64 (one pass)
 * @param seed    the seed of the sampling, so that a run repeats exactly
 */
public record AvailabilitySettings(Mode mode, long samples, long seed) {

    /** The default number of Monte Carlo scenarios. */
    public static final long DEFAULT_SAMPLES = 1_000_000;
    /** The default seed: fixed, so that results repeat from run to run. */
    public static final long DEFAULT_SEED = 16;

    /** Validates the settings. */
    public AvailabilitySettings {
        Objects.requireNonNull(mode, "mode");
        if (samples < 64 || samples > (1L << 40)) {
            throw new IllegalArgumentException("samples must be from 64 to 2^40, was " + samples);
        }
    }

    /** Exact where cheap, Monte Carlo elsewhere, default samples and seed. */
    public static AvailabilitySettings defaults() {
        return new AvailabilitySettings(Mode.AUTOMATIC, DEFAULT_SAMPLES, DEFAULT_SEED);
    }

    /** These settings with another mode. */
    public AvailabilitySettings withMode(Mode newMode) {
        return new AvailabilitySettings(newMode, samples, seed);
    }

    /** These settings with another number of samples. */
    public AvailabilitySettings withSamples(long newSamples) {
        return new AvailabilitySettings(mode, newSamples, seed);
    }

    /** These settings with another seed. */
    public AvailabilitySettings withSeed(long newSeed) {
        return new AvailabilitySettings(mode, samples, newSeed);
    }

    /** Which method to use where. */
    public enum Mode {
        /** Exact where the upstream cone holds few unreliable services and the enumeration is cheap. */
        AUTOMATIC,
        /** Exact everywhere; refused when a cone holds more than {@link AvailabilityAnalysis#EXACT_LIMIT}. */
        EXACT,
        /** Monte Carlo everywhere (except services that cannot fail at all); for checking and comparing. */
        MONTE_CARLO
    }
}
