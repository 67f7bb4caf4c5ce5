package dev.blastmap.app.resilience;

import dev.blastmap.analysis.resilience.CommonCauseFinding;
import dev.blastmap.analysis.resilience.RecoveryStep;
import dev.blastmap.analysis.resilience.WhatIfSuggestion;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.model.ServiceId;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Resilience tab: redundancy that isn't, the double faults of the selected service, what to fix first and
 * the recovery plan, one section each. Clicking a row shows it on the canvas; the recovery plan steps forward
 * and backward like a walkthrough. Long analyses show a progress bar with a cancel button.
 */
public final class ResilienceView extends VBox {

    private final ResilienceModel model;
    private final ObservableValue<GraphDocument> document;
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final HBox work = new HBox(8);
    private final Label status = new Label();
    private final Accordion sections = new Accordion();
    private final Label cutSetsTitle = new Label();
    private final ListView<RecoveryStep> steps = new ListView<>();
    private int shownStep;
    /** Seconds between the steps of a played recovery. */
    private static final double STEP_SECONDS = 1.5;
    private final Timeline playing = new Timeline();

    /** A tab of {@code model}; labels come from {@code document}. */
    public ResilienceView(ResilienceModel model, ObservableValue<GraphDocument> document) {
        this.model = model;
        this.document = document;
        createView();
        initListeners();
    }

    private void createView() {
        setId("resilience");
        getStyleClass().add("resilience-view");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        cancel.setId("resilience-cancel");
        work.getChildren().addAll(progress, cancel);
        status.setId("resilience-status");
        status.setWrapText(true);

        ListView<CommonCauseFinding> findings = list("resilience-findings", model.findings(), this::describe,
                model::show, "No redundant dependency is broken by one failure.");
        TitledPane audit = new TitledPane("Redundancy that isn't", findings);
        audit.textProperty().bind(Bindings.size(model.findings()).asString("Redundancy that isn't (%d)"));

        ListView<List<ServiceId>> cutSets = list("resilience-cutsets", model.cutSets(),
                set -> (set.size() == 1 ? "single: " : "double: ") + names(set), model::showCutSet,
                "Select a service to see the failures that take it down.");
        cutSetsTitle.setWrapText(true);
        TitledPane doubles = new TitledPane("Double faults", new VBox(4, cutSetsTitle, grow(cutSets)));
        doubles.setId("resilience-cutsets-pane");

        Button suggest = new Button("Suggest changes");
        suggest.setId("resilience-suggest");
        suggest.setOnAction(e -> model.suggest());
        ListView<WhatIfSuggestion> whatIf = list("resilience-whatif", model.suggestions(), this::describe,
                model::show, "Weigh changes around the worst single points of failure.");
        TitledPane fix = new TitledPane("What to fix first", new VBox(4, suggest, grow(whatIf)));

        Button plan = new Button("Plan recovery of the current knockout");
        plan.setId("resilience-plan");
        plan.setOnAction(e -> model.planRecovery());
        Button back = new Button("◀ Step back");
        back.setId("resilience-step-back");
        back.setOnAction(e -> step(-1));
        Button forward = new Button("Restore next ▶");
        forward.setId("resilience-step-forward");
        forward.setOnAction(e -> step(1));
        Button play = new Button("Play recovery");
        play.setId("resilience-play");
        play.setOnAction(e -> playRecovery());
        steps.setId("resilience-recovery");
        steps.setItems(model.recovery());
        steps.setCellFactory(v -> cell(v, this::describe));
        steps.setPlaceholder(new Label("Knock something out, then plan its recovery."));
        steps.setOnMouseClicked(e -> {
            int i = steps.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                shownStep = i + 1;
                model.showStep(shownStep);
            }
        });
        TitledPane recover = new TitledPane("What to restore first",
                new VBox(4, plan, new HBox(6, back, forward, play), grow(steps)));

        sections.getPanes().addAll(audit, doubles, fix, recover);
        sections.setExpandedPane(audit);
        VBox.setVgrow(sections, Priority.ALWAYS);
        getChildren().addAll(work, status, sections);
    }

    private void initListeners() {
        work.managedProperty().bind(work.visibleProperty());
        work.visibleProperty().bind(model.runningProperty().isNotNull());
        cancel.setOnAction(e -> model.cancel());
        model.runningProperty().addListener((obs, was, now) -> {
            progress.progressProperty().unbind();
            if (now != null) {
                progress.progressProperty().bind(now.progressProperty());
            }
        });
        status.textProperty().bind(model.statusProperty());
        cutSetsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ServiceId target = model.cutSetsTargetProperty().get();
            return target == null ? "No service selected."
                    : "What takes " + document.getValue().label(target) + " down, alone or two at a time:";
        }, model.cutSetsTargetProperty()));
        model.planProperty().addListener((obs, was, now) -> {
            playing.stop();
            shownStep = 0;
        });
    }

    /**
     * Plays the recovery from the outage: one step every {@link #STEP_SECONDS} seconds, each replaying a
     * step of the plan already computed, like a walkthrough played backwards from its worst moment.
     */
    private void playRecovery() {
        playing.stop();
        shownStep = 0;
        model.showStep(0);
        steps.getSelectionModel().clearSelection();
        playing.getKeyFrames().setAll(new KeyFrame(Duration.seconds(STEP_SECONDS), e -> step(1)));
        playing.setCycleCount(model.recovery().size());
        playing.play();
    }

    /** Moves through the recovery plan: forward restores the next service, back undoes the last restore. */
    private void step(int by) {
        int next = Math.max(0, Math.min(model.recovery().size(), shownStep + by));
        shownStep = next;
        model.showStep(next);
        if (next == 0) {
            steps.getSelectionModel().clearSelection();
        } else {
            steps.getSelectionModel().select(next - 1);
            steps.scrollTo(next - 1);
        }
    }

    private String describe(CommonCauseFinding f) {
        return label(f.service()) + " needs " + f.need() + " of " + names(f.members()) + ", but losing "
                + names(f.commonCauses()) + " alone breaks it";
    }

    private String describe(WhatIfSuggestion s) {
        String text = s.change().describe() + ": impact " + number(s.impactBefore()) + " → "
                + number(s.impactAfter());
        return s.cutSetsCounted() ? text + ", double faults " + s.cutSetsBefore() + " → " + s.cutSetsAfter() : text;
    }

    private String describe(RecoveryStep step) {
        String back = step.upAgain().isEmpty() ? "nothing yet" : names(step.upAgain());
        return "Restore " + label(step.restore()) + ": back up " + back + "; customer-facing still down "
                + number(step.customerFacingWeightDown());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private String label(ServiceId id) {
        return document.getValue().label(id);
    }

    private String names(Collection<ServiceId> ids) {
        return String.join(", ", ids.stream().map(this::label).toList());
    }

    private static <T> ListView<T> list(String id, ObservableList<T> items, Function<T, String> text,
                                        Consumer<T> show, String placeholder) {
        ListView<T> view = new ListView<>(items);
        view.setId(id);
        view.setCellFactory(v -> cell(v, text));
        Label empty = new Label(placeholder);
        empty.setWrapText(true);
        view.setPlaceholder(empty);
        view.setOnMouseClicked(e -> {
            T item = view.getSelectionModel().getSelectedItem();
            if (item != null) {
                show.accept(item);
            }
        });
        return view;
    }

    private static <T> ListCell<T> cell(ListView<T> list, Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null || empty ? null : text.apply(item));
            }
        };
        // wrap at the list's width (less its scroll bar) instead of widening the list or cutting the text
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
        // the theme gives list cells a fixed size; JavaFX's default size (24) lets a cell grow to its text
        cell.setStyle("-fx-cell-size: 24px;");
        return cell;
    }

    private static <T extends javafx.scene.Node> T grow(T node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }
}
