package dev.blastmap.app.window;

import dev.blastmap.app.search.SearchModel;
import dev.blastmap.app.search.SearchView;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The window's three columns: the left tabs (samples, outline, Find), the graph, and the right tabs
 * (inspector, single points of failure, resilience). Each right tab keeps its own panel width, Find comes
 * forward on Ctrl+F and goes back to the tab shown before, and the views of hidden tabs are made when first
 * shown: styling and laying out a tree, a table or a list nobody looks at was a good part of the launch.
 *
 * <p>The right tabs give the graph their room while there is nothing to inspect: they start folded into a
 * narrow strip at the window's edge ({@link PanelStrip}) and unfold when a service is selected, when one of
 * the strip's buttons is clicked, or when the command line names a panel; they fold again when the selection
 * that unfolded them is cleared, or with the strip's » button.
 */
final class SidePanels {

    private final TabPane left;
    private final TabPane right;
    private final SplitPane split;
    private final PanelStrip strip;
    private final HBox view;
    private final Runnable focusGraph;
    private final int find;
    /** Each right tab's divider position: the ranking's table needs more room than the inspector. */
    private final double[] rightDividers = {0.79, 0.66, 0.66};
    private SearchView searchView;
    private int tabBeforeFind;
    /** True while the right tabs are unfolded only because a service is selected. */
    private boolean openForSelection;

    /**
     * The columns around {@code graph}: {@code leftTabs} before Find (made from {@code search}),
     * {@code rightTabs} with the inspector first; {@code panel} ({@code spof}, {@code resilience} or null)
     * names the right tab shown unfolded from the start. {@code focusGraph} gives the graph the keyboard after
     * Find; {@code selected} is the selected service, which unfolds the inspector.
     */
    SidePanels(List<Tab> leftTabs, SearchModel search, Node graph, List<Tab> rightTabs, String panel,
               Runnable focusGraph, ObservableValue<?> selected) {
        this.focusGraph = focusGraph;
        this.find = leftTabs.size();
        left = new TabPane(leftTabs.toArray(Tab[]::new));
        left.getTabs().add(lazyTab("Find", () -> searchView = new SearchView(search, this::leaveFind)));
        left.setId("left-tabs");
        left.setMinWidth(260);
        right = new TabPane(rightTabs.toArray(Tab[]::new));
        right.setId("right-tabs");
        right.setMinWidth(300);
        if ("spof".equals(panel)) {
            right.getSelectionModel().select(1);
        } else if ("resilience".equals(panel)) {
            right.getSelectionModel().select(2);
        }
        split = new SplitPane(left, graph);
        split.setDividerPositions(0.17);
        // The graph gets the room: about 330 px for the inspector on a 1600 px screen. The ranking's table
        // needs more, so each tab keeps its own panel width and switching tabs moves the divider.
        right.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (was.intValue() >= 0 && now.intValue() >= 0 && was.intValue() < rightDividers.length
                    && now.intValue() < rightDividers.length && split.getDividers().size() == 2) {
                rightDividers[was.intValue()] = split.getDividerPositions()[1];
                split.setDividerPosition(1, rightDividers[now.intValue()]);
            }
        });
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        strip = new PanelStrip(rightTabs.stream().map(Tab::getText).toList(), this::showTab, this::fold);
        view = new HBox(split, strip.node());
        HBox.setHgrow(split, Priority.ALWAYS);
        if (panel != null) {
            unfold();
        }
        selected.addListener((obs, was, now) -> {
            if (now != null && !isOpen()) {
                right.getSelectionModel().select(0);
                openForSelection = unfold();
            } else if (now == null && openForSelection) {
                fold();
            }
        });
    }

    /** A tab that is always there. */
    static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    /** A tab whose content is made when it is first selected. */
    static Tab lazyTab(String title, Supplier<Node> content) {
        Tab t = tab(title, null);
        t.selectedProperty().addListener((obs, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        return t;
    }

    /** The three columns and the strip the right tabs fold into: the window's centre. */
    Node view() {
        return view;
    }

    /** The three columns. */
    SplitPane split() {
        return split;
    }

    /** Both tab panes, which presenter mode hides. */
    List<Node> tabPanes() {
        return List.of(left, right);
    }

    /** The strip at the window's edge, which presenter mode hides too. */
    Node strip() {
        return strip.node();
    }

    /** True when the right tabs are unfolded beside the graph. */
    boolean isOpen() {
        return split.getItems().contains(right);
    }

    /** Unfolds the right tabs on this tab (0 is the inspector, -1 the tab shown last); they stay until folded. */
    void showTab(int index) {
        if (index >= 0) {
            right.getSelectionModel().select(index);
        }
        unfold();
        openForSelection = false;
    }

    /** Folds the right tabs, or unfolds them on the tab shown last ({@link PanelStrip#KEY}). */
    void toggle() {
        if (isOpen()) {
            fold();
        } else {
            showTab(-1);
        }
    }

    /** Folds the right tabs into the strip, giving the graph their room. */
    void fold() {
        openForSelection = false;
        if (!isOpen()) {
            return;
        }
        int tab = right.getSelectionModel().getSelectedIndex();
        if (tab >= 0 && tab < rightDividers.length) {
            rightDividers[tab] = split.getDividerPositions()[1];
        }
        double leftDivider = split.getDividerPositions()[0];
        split.getItems().remove(right);
        split.setDividerPositions(leftDivider);
        strip.showFolded(true);
    }

    /**
     * Puts the right tabs back beside the graph at their tab's width; false when they were there already or
     * presenter mode has taken the side panels away (it puts back what it took when it ends).
     */
    private boolean unfold() {
        if (isOpen() || !split.getItems().contains(left)) {
            return false;
        }
        double leftDivider = split.getDividerPositions()[0];
        split.getItems().add(right);
        split.setDividerPositions(leftDivider, rightDividers[Math.max(0, right.getSelectionModel().getSelectedIndex())]);
        strip.showFolded(false);
        return true;
    }

    /** Brings Find forward with the keyboard in its field. */
    void find() {
        int before = left.getSelectionModel().getSelectedIndex();
        tabBeforeFind = before == find ? tabBeforeFind : before;
        left.getSelectionModel().select(find);
        Platform.runLater(searchView::focusField);
    }

    /** After Find: a chosen service brings the inspector forward; Esc closes Find. Either way the graph has the keys. */
    private void leaveFind(boolean chosen) {
        if (chosen) {
            showTab(0);
        } else {
            left.getSelectionModel().select(tabBeforeFind);
        }
        focusGraph.run();
    }
}
