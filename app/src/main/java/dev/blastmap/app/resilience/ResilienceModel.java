package dev.blastmap.app.resilience;

import dev.blastmap.analysis.Progress;
import dev.blastmap.analysis.resilience.Change;
import dev.blastmap.analysis.resilience.CommonCauseAudit;
import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.MinimalCutSets;
import dev.blastmap.analysis.resilience.RecoveryPlan;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.analysis.resilience.WhatIf;
import dev.blastmap.analysis.resilience.WhatIfSuggestion;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import dev.blastmap.app.work.BackgroundTasks;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The resilience analyses of the open graph, for the Resilience tab: the common-cause audit (run when a graph
 * opens), the double faults of the selected service (run when the selection changes), what to fix first and
 * the recovery plan from the current knockout (run on request). Each runs as a background task that reports
 * progress and can be cancelled; a newer run of the same analysis cancels the older one. Showing a row puts
 * it on the canvas through the knockout and the selection. All methods on the FX thread.
 */
public final class ResilienceModel {

    private final ObservableValue<GraphDocument> document;
    private final BackgroundTasks tasks;
    private final KnockoutModel knockouts;
    private final SelectionModel selection;
    private final ObservableList<CommonCauseFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<List<ServiceId>> cutSets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ServiceId> cutSetsTarget = new ReadOnlyObjectWrapper<>(this, "cutSetsTarget");
    private final ObservableList<WhatIfSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<RecoveryStep> recovery = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RecoveryPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<String, Task<?>> byAnalysis = new HashMap<>();

    /** The analyses of whatever document is open. */
    public ResilienceModel(ObservableValue<GraphDocument> document, BackgroundTasks tasks, KnockoutModel knockouts,
                           SelectionModel selection) {
        this.document = document;
        this.tasks = tasks;
        this.knockouts = knockouts;
        this.selection = selection;
        document.addListener((obs, was, now) -> opened());
        selection.selectedProperty().addListener((obs, was, now) -> cutSetsOf(now));
        opened();
    }

    /** Redundant clauses one outside failure breaks, in file order. */
    public ObservableList<CommonCauseFinding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** The minimal cut sets of order 1 and 2 of {@link #cutSetsTargetProperty()}. */
    public ObservableList<List<ServiceId>> cutSets() {
        return FXCollections.unmodifiableObservableList(cutSets);
    }

    /** The service whose cut sets are shown, or null. */
    public ReadOnlyObjectProperty<ServiceId> cutSetsTargetProperty() {
        return cutSetsTarget.getReadOnlyProperty();
    }

    /** What to fix first, best first; empty until {@link #suggest()}. */
    public ObservableList<WhatIfSuggestion> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    /** The steps of the recovery plan; empty until {@link #planRecovery()}. */
    public ObservableList<RecoveryStep> recovery() {
        return FXCollections.unmodifiableObservableList(recovery);
    }

    /** The recovery plan, or null. */
    public ReadOnlyObjectProperty<RecoveryPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The analysis last started while it runs, else null: for a progress bar and a cancel button. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line on what was last found or why it stopped. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Weighs the single changes around the worst single points of failure. */
    public void suggest() {
        GraphDocument doc = document.getValue();
        suggestions.clear();
        start("whatif", "Weighing changes", progress -> WhatIf.of(doc.graph(), 10, progress).suggestions(),
                found -> {
                    suggestions.setAll(found);
                    status.set(found.isEmpty() ? "No single change lowers the impact" : count(found.size(), "change"));
                });
    }

    /** Plans the recovery from the current knockout. */
    public void planRecovery() {
        GraphDocument doc = document.getValue();
        List<ServiceId> knockedOut = new ArrayList<>(knockouts.knockedOut());
        recovery.clear();
        plan.set(null);
        if (knockedOut.isEmpty()) {
            status.set("Knock something out first, then plan its recovery");
            return;
        }
        start("recover", "Planning the recovery", progress -> RecoveryPlan.of(doc.engine(), knockedOut, progress),
                p -> {
                    plan.set(p);
                    recovery.setAll(p.steps());
                    status.set("Recovery in " + count(p.steps().size(), "step") + " ("
                            + (p.optimal() ? "optimal" : "greedy") + ")");
                });
    }

    /** Cancels the analysis that runs. */
    public void cancel() {
        byAnalysis.values().forEach(Task::cancel);
    }

    /** Shows a finding: its first common cause knocked out, the owner selected and in view. */
    public void show(CommonCauseFinding finding) {
        knockouts.show(List.of(finding.commonCauses().get(0)), false);
        selection.reveal(finding.service());
    }

    /** Shows a cut set knocked out: the target goes down. */
    public void showCutSet(List<ServiceId> cutSet) {
        knockouts.show(cutSet, false);
    }

    /** Frames the service a suggestion changes. */
    public void show(WhatIfSuggestion suggestion) {
        selection.frame(List.of(serviceOf(suggestion)));
    }

    /**
     * Shows the outage as it is after {@code step} steps of the plan (0: before the first): the services not
     * yet restored knocked out, what came back in that step framed. Stepping from the last to the first plays
     * the outage backwards, like a walkthrough in reverse.
     */
    public void showStep(int step) {
        RecoveryPlan p = plan.get();
        if (p == null) {
            return;
        }
        List<ServiceId> stillOut = new ArrayList<>();
        for (int i = step; i < p.steps().size(); i++) {
            stillOut.add(p.steps().get(i).restore());
        }
        knockouts.show(stillOut, false);
        if (step > 0 && !p.steps().get(step - 1).upAgain().isEmpty()) {
            selection.frame(p.steps().get(step - 1).upAgain());
        }
    }

    /** The service a change is about. */
    static ServiceId serviceOf(WhatIfSuggestion suggestion) {
        if (suggestion.change() instanceof Change.AddReplica r) {
            return r.service();
        } else if (suggestion.change() instanceof Change.MakeSoft m) {
            return m.service();
        }
        return ((Change.RemoveDependency) suggestion.change()).service();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private void opened() {
        cancel();
        findings.clear();
        suggestions.clear();
        recovery.clear();
        plan.set(null);
        cutSets.clear();
        cutSetsTarget.set(null);
        GraphDocument doc = document.getValue();
        if (doc.isEmpty()) {
            status.set("");
            return;
        }
        start("audit", "Auditing redundancy", progress -> CommonCauseAudit.of(doc.engine(), progress).findings(),
                found -> {
                    findings.setAll(found);
                    status.set(found.isEmpty() ? "All redundancy holds" : count(found.size(), "redundancy finding"));
                });
    }

    private void cutSetsOf(ServiceId target) {
        cutSets.clear();
        cutSetsTarget.set(target);
        GraphDocument doc = document.getValue();
        if (target == null || doc.isEmpty() || !doc.graph().contains(target)) {
            return;
        }
        start("cutsets", "Finding double faults of " + doc.label(target),
                progress -> MinimalCutSets.of(doc.engine(), 2, List.of(target), progress).targets().get(0).cutSets(),
                cutSets::setAll);
    }

    private <T> void start(String analysis, String message, Function<Progress, T> work, Consumer<T> done) {
        Task<?> previous = byAnalysis.remove(analysis);
        if (previous != null) {
            previous.cancel();
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateMessage(message);
                updateProgress(-1, 1);
                Task<T> self = this;
                return work.apply(new Progress() {
                    @Override
                    public void worked(long doneUnits, long total) {
                        updateProgress(doneUnits, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> {
            finish(analysis, task);
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            finish(analysis, task);
            status.set(message + ": cancelled");
        });
        task.setOnFailed(e -> {
            finish(analysis, task);
            status.set(message + ": " + task.getException().getMessage());
        });
        byAnalysis.put(analysis, task);
        running.set(task);
        tasks.submitWhen(document.getValue().compiled(), task);
    }

    private void finish(String analysis, Task<?> task) {
        byAnalysis.remove(analysis, task);
        if (running.get() == task) {
            running.set(byAnalysis.values().stream().findFirst().orElse(null));
        }
    }
}
