package dev.blastmap.analysis.availability;

/**
 * The 95% Wilson score interval with continuity correction for a proportion (Newcombe 1998, method 4).
 *
 * <p>Why this one: the plain normal (Wald) interval collapses to a point when no sampled scenario took the
 * service down, which is the usual case for a highly available service, and it undercovers near 0 and 1. The
 * Wilson interval never collapses and stays within [0, 1]; the continuity correction makes its coverage at
 * least the stated 95% nearly everywhere (close to Clopper–Pearson's guarantee) while staying a closed
 * formula, so a reliability engineer gets a bound that errs on the safe side.
 */
final class WilsonInterval {

    /** The two-sided 97.5% quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private WilsonInterval() {
    }

    /** The interval for x successes in n trials, as {low, high}. */
    static double[] of(long x, long n) {
        double p = (double) x / n;
        double z2 = Z * Z;
        double denominator = 2 * (n + z2);
        double low = x == 0 ? 0
                : (2 * n * p + z2 - 1 - Z * Math.sqrt(z2 - 2 - 1.0 / n + 4 * p * (n * (1 - p) + 1))) / denominator;
        double high = x == n ? 1
                : (2 * n * p + z2 + 1 + Z * Math.sqrt(z2 + 2 - 1.0 / n + 4 * p * (n * (1 - p) - 1))) / denominator;
        return new double[] {Math.max(0, low), Math.min(1, high)};
    }
}
