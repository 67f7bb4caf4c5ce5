package dev.blastmap.app.window;

import dev.blastmap.app.search.SearchModel;
import dev.blastmap.app.search.SearchView;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's three columns: the left tabs (samples, outline, Find), the graph, and the right tabs
 * (inspector, single points of failure, resilience). Each right tab keeps its own panel width, Find comes
 * forward on Ctrl+F and goes back to the tab shown before, and the views of hidden tabs are made when first
 * shown: styling and laying out a tree, a table or a list nobody looks at was a good part of the launch.
 */
final class SidePanels {

    private final TabPane left;
    private final TabPane right;
    private final SplitPane split;
    private final Runnable focusGraph;
    private final int find;
    private SearchView searchView;
    private int tabBeforeFind;

    /**
     * The columns around {@code graph}: {@code leftTabs} before Find (made from {@code search}),
     * {@code rightTabs} with the inspector first; {@code panel} ({@code spof}, {@code resilience} or null)
     * names the right tab shown first. {@code focusGraph} gives the graph the keyboard after Find.
     */
    SidePanels(List<Tab> leftTabs, SearchModel search, Node graph, List<Tab> rightTabs, String panel,
               Runnable focusGraph) {
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
        split = new SplitPane(left, graph, right);
        // The graph gets the room: about 330 px for the inspector on a 1600 px screen. The ranking's table
        // needs more, so each tab keeps its own panel width and switching tabs moves the divider.
        double[] rightDividers = {0.79, 0.66, 0.66};
        split.setDividerPositions(0.17, rightDividers[right.getSelectionModel().getSelectedIndex()]);
        right.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (was.intValue() >= 0 && now.intValue() >= 0 && was.intValue() < rightDividers.length
                    && now.intValue() < rightDividers.length && split.getDividers().size() == 2) {
                rightDividers[was.intValue()] = split.getDividerPositions()[1];
                split.setDividerPosition(1, rightDividers[now.intValue()]);
            }
        });
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
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

    /** The three columns. */
    SplitPane split() {
        return split;
    }

    /** Both tab panes, which presenter mode hides. */
    List<Node> tabPanes() {
        return List.of(left, right);
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
            right.getSelectionModel().select(0);
        } else {
            left.getSelectionModel().select(tabBeforeFind);
        }
        focusGraph.run();
    }
}
