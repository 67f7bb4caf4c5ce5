package dev.blastmap.app.availability;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.availability.AvailabilityAnalysis;
import dev.blastmap.analysis.availability.AvailabilityResult;
import dev.blastmap.analysis.availability.AvailabilitySettings;
import dev.blastmap.analysis.availability.ServiceAvailability;
import dev.blastmap.analysis.availability.ServiceImportance;
import dev.blastmap.analysis.availability.TooManyUnreliableException;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * The availability of every service of the open graph, computed as a background task whenever a graph with
 * availabilities is opened (default settings: exact where cheap, Monte Carlo elsewhere, fixed seed), and the
 * heat map it gives the canvas when switched on. Touched only on the FX thread.
 */
public final class AvailabilityModel {

    /** Nines at which a service counts as cool (green) and as hot (red) on the heat map. */
    static final double COOL_NINES = 5;
    static final double HOT_NINES = 1;

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<AvailabilityResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper applicable = new ReadOnlyBooleanWrapper(this, "applicable");
    private final BooleanProperty heatMap = new SimpleBooleanProperty(this, "heatMap");
    private final ReadOnlyObjectWrapper<Function<ServiceId, Double>> heat = new ReadOnlyObjectWrapper<>(this, "heat");
    private Map<ServiceId, ServiceAvailability> byId = Map.of();
    private Map<ServiceId, ServiceImportance> importanceById = Map.of();
    private Task<AvailabilityResult> running;

    /** Availability of whatever document is open. */
    public AvailabilityModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks) {
        this.tasks = tasks;
        document.addListener((obs, was, now) -> compute(now.graph()));
        heatMap.addListener((obs, was, now) -> refreshHeat());
        compute(document.getValue().graph());
    }

    /** The figures of the open graph, or null while computing or when it has no availabilities. */
    public ReadOnlyObjectProperty<AvailabilityResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while the figures are computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the open graph gives some service an availability below 1: only then is there anything to show. */
    public ReadOnlyBooleanProperty applicableProperty() {
        return applicable.getReadOnlyProperty();
    }

    /** Whether the canvas shows the availability heat map. */
    public BooleanProperty heatMapProperty() {
        return heatMap;
    }

    /** Each service's heat for the canvas (0 cool to 1 hot), or null when the heat map is off or not ready. */
    public ReadOnlyObjectProperty<Function<ServiceId, Double>> heatProperty() {
        return heat.getReadOnlyProperty();
    }

    /** The figure of one service, when computed. */
    public Optional<ServiceAvailability> of(ServiceId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The importance list of a customer-facing service, when computed (exact or estimated by sampling). */
    public Optional<ServiceImportance> importanceOf(ServiceId id) {
        return Optional.ofNullable(importanceById.get(id));
    }

    /**
     * The heat of an unavailability: 0 at {@link #COOL_NINES} nines or better, 1 at {@link #HOT_NINES} or worse,
     * in proportion to the nines between.
     */
    static double heatOf(double unavailability) {
        if (unavailability <= 0) {
            return 0;
        }
        double nines = -Math.log10(unavailability);
        return Math.max(0, Math.min(1, (COOL_NINES - nines) / (COOL_NINES - HOT_NINES)));
    }

    private void compute(Graph graph) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        show(null);
        boolean any = graph.services().stream().anyMatch(Service::isUnreliable);
        applicable.set(any);
        if (!any) {
            busy.set(false);
            return;
        }
        Task<AvailabilityResult> task = new Task<>() {
            @Override
            protected AvailabilityResult call() throws TooManyUnreliableException {
                updateMessage("Computing the availability of " + graph.size() + " services");
                Task<AvailabilityResult> self = this;
                return AvailabilityAnalysis.compute(graph, AvailabilitySettings.defaults(), new Progress() {
                    @Override
                    public void worked(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            if (running == task) {
                show(task.getValue());
                busy.set(false);
            }
        });
        task.setOnFailed(e -> {
            System.getLogger(AvailabilityModel.class.getName()).log(System.Logger.Level.ERROR,
                    "availability failed", task.getException());
            busy.set(false);
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                busy.set(false);
            }
        });
        busy.set(true);
        running = task;
        tasks.submit(task);
    }

    private void show(AvailabilityResult r) {
        Map<ServiceId, ServiceAvailability> figures = new HashMap<>();
        Map<ServiceId, ServiceImportance> importance = new HashMap<>();
        if (r != null) {
            r.services().forEach(s -> figures.put(s.id(), s));
            r.importance().forEach(i -> importance.put(i.service(), i));
        }
        byId = figures;
        importanceById = importance;
        result.set(r);
        refreshHeat();
    }

    private void refreshHeat() {
        if (!heatMap.get() || result.get() == null) {
            heat.set(null);
            return;
        }
        Map<ServiceId, Double> heats = new HashMap<>();
        byId.forEach((id, s) -> heats.put(id, heatOf(s.unavailability())));
        heat.set(heats::get);
    }
}
