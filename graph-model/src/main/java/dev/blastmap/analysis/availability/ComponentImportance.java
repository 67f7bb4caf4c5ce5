package dev.blastmap.analysis.availability;

import dev.blastmap.model.ServiceId;
import java.util.Objects;

/**
 * How much one unreliable component matters to one service, in the terms of fault-tree analysis (as SCRAM
 * reports them for basic events).
 *
 * @param component            the unreliable service upstream
 * @param availability         the component's own availability, as given in the graph
 * @param birnbaum             Birnbaum importance: the service's availability with the component always up
 *                             minus with the component always down; how much the service gains per unit of
 *                             the component's availability
 * @param riskAchievementWorth RAW: the service's unavailability with the component always down divided by its
 *                             unavailability as it is; 1 when the component changes nothing (or the service
 *                             is never down)
 * @param availabilityIfDown   the service's availability while the component is down
 * @param criticality          criticality importance: Birnbaum × the component's unavailability / the service's
 *                             unavailability, the share of the service's downtime that comes with the
 *                             component failing (SCRAM's CIF); 0 when the service is never down. The order
 *                             of the "fix first" list.
 * @param birnbaumLow          the lower end of a 95% confidence interval of the Birnbaum importance when it was
 *                             estimated by sampling; the figure itself when it is exact
 * @param birnbaumHigh         the upper end of that interval; the figure itself when it is exact
 */
public record ComponentImportance(ServiceId component, double availability, double birnbaum,
                                  double riskAchievementWorth, double availabilityIfDown, double criticality,
                                  double birnbaumLow, double birnbaumHigh) {

    /** Validates the figures. */
    public ComponentImportance {
        Objects.requireNonNull(component, "component");
        if (!(riskAchievementWorth >= 1 - 1e-9) || Double.isNaN(birnbaum)) {
            throw new IllegalArgumentException("bad importance of " + component + ": RAW " + riskAchievementWorth
                    + ", Birnbaum " + birnbaum);
        }
        if (!(birnbaumLow >= 0 && birnbaumLow <= birnbaum + 1e-12 && birnbaum <= birnbaumHigh + 1e-12
                && birnbaumHigh <= 1)) {
            throw new IllegalArgumentException("bad Birnbaum interval of " + component + ": " + birnbaumLow + " to "
                    + birnbaumHigh + " around " + birnbaum);
        }
    }

    /** Exact figures: the Birnbaum interval is the figure itself. */
    public ComponentImportance(ServiceId component, double availability, double birnbaum,
                               double riskAchievementWorth, double availabilityIfDown, double criticality) {
        this(component, availability, birnbaum, riskAchievementWorth, availabilityIfDown, criticality,
                Math.max(0, Math.min(1, birnbaum)), Math.max(0, Math.min(1, birnbaum)));
    }
}
