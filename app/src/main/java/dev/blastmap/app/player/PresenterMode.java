package dev.blastmap.app.player;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * Carries out presenter mode on the window: full screen without the exit hint, the menus, tool bar, side
 * panes, timeline and status bar hidden, and the {@code presenting} style class on the root so the caption
 * grows to be read from the back of a room. Leaving puts everything back as it was, divider positions too.
 * Leaving full screen some other way (the window manager) leaves presenter mode as well.
 */
final class PresenterMode {

    /**
     * What presenter mode hides.
     *
     * @param hidden    nodes hidden in place (menus, tool bar, timeline, status bar)
     * @param split     the split pane holding the side panes and the graph
     * @param sidePanes the split pane's items other than the graph, taken out while presenting
     */
    record Chrome(List<Node> hidden, SplitPane split, List<Node> sidePanes) {

        /** Copies the lists. */
        Chrome {
            hidden = List.copyOf(hidden);
            sidePanes = List.copyOf(sidePanes);
        }
    }

    private final Stage stage;
    private final Parent root;
    private final Chrome chrome;
    private final PresenterModel presenter;
    private final Runnable reframe;
    private final Runnable refit;
    private final java.util.Map<Node, boolean[]> shown = new java.util.HashMap<>();
    private List<Node> splitItems = List.of();
    private double[] dividers = new double[0];
    private boolean wasFullScreen;

    /**
     * Presenter mode for {@code stage}, following {@code presenter}; {@code reframe} frames the step again for
     * the full screen, {@code refit} shows the whole graph in the window again on leaving.
     */
    PresenterMode(Stage stage, Parent root, Chrome chrome, PresenterModel presenter, Runnable reframe, Runnable refit) {
        this.stage = stage;
        this.root = root;
        this.chrome = chrome;
        this.presenter = presenter;
        this.reframe = reframe;
        this.refit = refit;
        presenter.presentingProperty().addListener((obs, was, now) -> {
            if (now) {
                enter();
            } else {
                leave();
            }
        });
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && presenter.isPresenting()) {
                presenter.leave();
            }
        });
        // Going full screen resizes the window a moment later; frame the step again for the new size.
        chrome.split().widthProperty().addListener((obs, was, now) -> reframeWhilePresenting());
        chrome.split().heightProperty().addListener((obs, was, now) -> reframeWhilePresenting());
    }

    private void reframeWhilePresenting() {
        if (presenter.isPresenting()) {
            reframe.run();
        }
    }

    /** Lays the window out at once, so the graph has its new size before it is framed. */
    private void layoutAndReframe() {
        root.applyCss();
        root.layout();
        reframe.run();
    }

    private void enter() {
        shown.clear();
        for (Node n : chrome.hidden()) {
            shown.put(n, new boolean[] {n.isVisible(), n.isManaged()});
            n.setVisible(false);
            n.setManaged(false);
        }
        splitItems = new ArrayList<>(chrome.split().getItems());
        dividers = chrome.split().getDividerPositions();
        chrome.split().getItems().removeAll(chrome.sidePanes());
        root.getStyleClass().add("presenting");
        wasFullScreen = stage.isFullScreen();
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        layoutAndReframe();
    }

    private void leave() {
        root.getStyleClass().remove("presenting");
        shown.forEach((n, was) -> {
            n.setVisible(was[0]);
            n.setManaged(was[1]);
        });
        chrome.split().getItems().setAll(splitItems);
        chrome.split().setDividerPositions(dividers);
        if (!wasFullScreen) {
            stage.setFullScreen(false);
        }
        root.applyCss();
        root.layout();
        refit.run();
    }
}
