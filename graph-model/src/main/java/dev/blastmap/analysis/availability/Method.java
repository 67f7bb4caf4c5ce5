package dev.blastmap.analysis.availability;

/** How a service's availability was found. */
public enum Method {
    /** By enumerating every combination of failures of the unreliable services in its upstream cone. */
    EXACT("exact"),
    /** By sampling scenarios; the figure comes with a 95% confidence interval. */
    MONTE_CARLO("monte-carlo");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    /** The name written in JSON and reports: {@code exact} or {@code monte-carlo}. */
    public String id() {
        return id;
    }
}
