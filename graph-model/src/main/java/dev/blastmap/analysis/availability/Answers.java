package dev.blastmap.analysis.availability;

/** The figures found so far, by service index; filled by the exact and the sampling phases in turn. */
final class Answers {

    private final double[] unavailability;
    private final Method[] method;
    private final double[] ciLow;
    private final double[] ciHigh;
    private final ServiceImportance[] importance;
    private final java.util.function.IntFunction<dev.blastmap.model.ServiceId> ids;

    Answers(int size, java.util.function.IntFunction<dev.blastmap.model.ServiceId> ids) {
        unavailability = new double[size];
        method = new Method[size];
        ciLow = new double[size];
        ciHigh = new double[size];
        importance = new ServiceImportance[size];
        this.ids = ids;
    }

    boolean isAnswered(int v) {
        return method[v] != null;
    }

    double unavailability(int v) {
        return unavailability[v];
    }

    void exact(int v, double down) {
        unavailability[v] = down;
        method[v] = Method.EXACT;
    }

    void sampled(int v, double down, double low, double high) {
        unavailability[v] = down;
        method[v] = Method.MONTE_CARLO;
        ciLow[v] = low;
        ciHigh[v] = high;
    }

    void importance(int v, Method how, java.util.List<ComponentImportance> components) {
        importance(v, how, components, 0);
    }

    /** Sets the importance list of v, sorted: largest share of downtime first; {@code samples} 0 when exact. */
    void importance(int v, Method how, java.util.List<ComponentImportance> components, long samples) {
        importance[v] = new ServiceImportance(ids.apply(v), how, components.stream()
                .sorted(java.util.Comparator.comparingDouble(ComponentImportance::criticality).reversed()
                        .thenComparing(java.util.Comparator.comparingDouble(ComponentImportance::birnbaum).reversed())
                        .thenComparing(java.util.Comparator.comparingDouble(
                                ComponentImportance::riskAchievementWorth).reversed())
                        .thenComparing(ComponentImportance::component))
                .toList(), samples);
    }

    /** The figure of service v; v must be answered. */
    ServiceAvailability figure(int v, long samples) {
        if (method[v] == Method.EXACT) {
            return ServiceAvailability.exact(ids.apply(v), unavailability[v]);
        }
        return new ServiceAvailability(ids.apply(v), unavailability[v], Method.MONTE_CARLO, ciLow[v], ciHigh[v],
                samples);
    }

    /** The importance list of service v, or null if none was computed. */
    ServiceImportance importanceOf(int v) {
        return importance[v];
    }
}
