package dev.blastmap.app.inspector;

import dev.blastmap.analysis.BlastRadiusBound;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.inspector.ServiceDetails.DependencyGroup;
import dev.blastmap.app.inspector.ServiceDetails.Member;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.text.BreakableName;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand inspector: the selected service's properties, why it is down (its cause chain, each link
 * clickable), what it depends on (k-of-n groups shown as groups, with soft, delay and note) and what depends
 * on it. Rebuilt from {@link ServiceDetails} whenever they change.
 */
public final class InspectorView extends StackPane {

    private final InspectorModel model;
    private final KnockoutModel knockouts;
    private final Function<ServiceId, Node> extraSection;
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);
    private Node editor;
    private final Label empty = new Label("Select a service to see what it depends on, what depends on it and, "
            + "when it is down, why.");

    /** An inspector of {@code model}; its button knocks out through {@code knockouts}. */
    public InspectorView(InspectorModel model, KnockoutModel knockouts) {
        this(model, knockouts, id -> null);
    }

    /**
     * An inspector with one more section after the properties, made for the shown service by
     * {@code extraSection} (null for none).
     */
    public InspectorView(InspectorModel model, KnockoutModel knockouts, Function<ServiceId, Node> extraSection) {
        this.model = model;
        this.knockouts = knockouts;
        this.extraSection = extraSection;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("inspector");
        setId("inspector");
        content.setPadding(new Insets(14));
        content.getStyleClass().add("inspector-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder-text");
        empty.setPadding(new Insets(20));
        getChildren().addAll(scroll, empty);
        show(null);
    }

    private void initListeners() {
        model.detailsProperty().addListener((obs, was, now) -> show(now));
    }

    private void show(ServiceDetails details) {
        empty.setVisible(details == null);
        scroll.setVisible(details != null);
        content.getChildren().clear();
        if (details == null) {
            return;
        }
        Service s = details.service();
        Label title = new Label(BreakableName.of(s.label()));
        title.setId("inspector-title");
        title.getStyleClass().addAll("title-3", "inspector-title");
        title.setWrapText(true);
        Label state = badge(details.state());
        Button toggle = new Button(details.state() == ServiceState.KNOCKED_OUT ? "Bring back" : "Knock out");
        toggle.setId("inspector-knock");
        toggle.getStyleClass().add(details.state() == ServiceState.KNOCKED_OUT ? "success" : "danger");
        toggle.setOnAction(e -> knockouts.toggle(s.id()));
        FlowPane header = new FlowPane(8, 6, state, toggle);
        content.getChildren().addAll(title, header);
        if (s.hasDescription()) {
            Label description = new Label(s.description());
            description.setId("inspector-description");
            description.setWrapText(true);
            content.getChildren().add(description);
        }
        content.getChildren().add(editor == null ? properties(details) : identity(details));
        Node extra = extraSection.apply(s.id());
        if (extra != null) {
            content.getChildren().add(extra);
        }
        if (!details.causeChain().isEmpty()) {
            content.getChildren().add(section("Why it is down", causeChain(details)));
        }
        if (editor != null) {
            content.getChildren().add(editor);
        }
        content.getChildren().add(section("If it fails alone", ifItFailsAlone(s.id())));
        content.getChildren().add(section("Depends on" + dependencyCount(details), dependencies(details)));
        content.getChildren().add(section("Depended on by" + count(details.dependents().size()),
                memberList(details.dependents(), "Nothing depends on it.")));
    }

    private Node ifItFailsAlone(ServiceId id) {
        BlastRadiusBound alone = model.ifItFailsAlone(id);
        Label exact = new Label("Takes down " + services(alone.down()) + (alone.degraded() == 0 ? ""
                : " and degrades " + alone.degraded()) + ".");
        exact.setId("inspector-alone");
        exact.setWrapText(true);
        Label bound = new Label("Could ever affect " + services(alone.couldBeAffected()) + (alone.spared() == 0 ? ""
                : ": redundancy and soft dependencies spare " + alone.spared()) + ".");
        bound.setId("inspector-could-affect");
        bound.setWrapText(true);
        bound.getStyleClass().add("text-muted");
        bound.setTooltip(new Tooltip("Every service that depends on it, directly or through "
                + "others, hard or soft: what its failure would reach if no redundancy held."));
        return new VBox(2, exact, bound);
    }

    private static String services(int n) {
        return n + (n == 1 ? " service" : " services");
    }

    /**
     * Shows {@code editingView} in place of the read-only properties: the editing feature's view of the
     * selection, kept by the caller and shown again after every rebuild.
     */
    public void setEditor(Node editingView) {
        this.editor = editingView;
        show(model.detailsProperty().get());
    }

    private static String count(int n) {
        return n == 0 ? "" : " (" + n + ")";
    }

    /** "(4 services in 2 groups)" where a group names several services, so it agrees with the status line. */
    private static String dependencyCount(ServiceDetails details) {
        int services = details.service().dependencies().size();
        int groups = details.dependencies().size();
        return services == groups ? count(services)
                : " (" + services + " services in " + groups + (groups == 1 ? " group)" : " groups)");
    }

    private Node properties(ServiceDetails details) {
        Service s = details.service();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("inspector-properties");
        int row = 0;
        row = property(grid, row, "Id", s.id().value());
        row = property(grid, row, "Kind", s.kind().id());
        row = property(grid, row, "Region", s.region());
        row = property(grid, row, "Zone", s.zone());
        row = property(grid, row, "Group", s.group());
        row = property(grid, row, "Tags", s.tags().isEmpty() ? null : String.join(", ", s.tags()));
        row = property(grid, row, "Weight", formatNumber(s.weight()));
        row = property(grid, row, "Customer-facing", s.customerFacing() ? "yes" : "no");
        property(grid, row, "Status", details.failureSummary().orElse(null));
        return grid;
    }

    /** The id and the status alone, shown above the editor, which edits the rest. */
    private static Node identity(ServiceDetails details) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("inspector-properties");
        int row = property(grid, 0, "Id", details.service().id().value());
        property(grid, row, "Status", details.failureSummary().orElse(null));
        return grid;
    }

    private static int property(GridPane grid, int row, String name, String value) {
        if (value == null) {
            return row;
        }
        Label n = new Label(name);
        n.getStyleClass().add("property-name");
        n.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(BreakableName.of(value));
        v.setWrapText(true);
        v.getStyleClass().add("property-value");
        grid.addRow(row, n, v);
        return row + 1;
    }

    private Node causeChain(ServiceDetails details) {
        FlowPane chain = new FlowPane(4, 4);
        chain.setId("cause-chain");
        chain.getStyleClass().add("cause-chain");
        List<Member> links = details.causeChain();
        for (int i = 0; i < links.size(); i++) {
            Hyperlink link = link(links.get(i));
            if (i > 0) {
                // The arrow is the link's own graphic, so that a line never starts with a lone arrow.
                Label arrow = new Label("←");
                arrow.getStyleClass().add("cause-arrow");
                link.setGraphic(arrow);
            }
            chain.getChildren().add(link);
        }
        chain.setAccessibleText(details.causeLine());
        return chain;
    }

    private Node dependencies(ServiceDetails details) {
        if (details.dependencies().isEmpty()) {
            return placeholder("It depends on nothing in this graph.");
        }
        VBox groups = new VBox(8);
        for (DependencyGroup g : details.dependencies()) {
            VBox box = new VBox(4);
            box.getStyleClass().add("dependency-group");
            if (g.broken()) {
                box.getStyleClass().add("broken");
            }
            Label heading = new Label(g.heading());
            heading.getStyleClass().add("group-heading");
            box.getChildren().add(heading);
            FlowPane members = new FlowPane(6, 4);
            g.members().forEach(m -> members.getChildren().add(link(m)));
            box.getChildren().add(members);
            if (!g.note().isEmpty()) {
                Label note = new Label(g.note());
                note.setWrapText(true);
                note.getStyleClass().add("group-note");
                box.getChildren().add(note);
            }
            groups.getChildren().add(box);
        }
        return groups;
    }

    private Node memberList(List<Member> members, String none) {
        if (members.isEmpty()) {
            return placeholder(none);
        }
        FlowPane flow = new FlowPane(6, 4);
        members.forEach(m -> flow.getChildren().add(link(m)));
        return flow;
    }

    private Hyperlink link(Member m) {
        Hyperlink link = new Hyperlink(BreakableName.of(m.label()));
        link.getStyleClass().addAll("service-link", stateClass(m.state()));
        link.setUserData(m.id());
        link.setOnAction(e -> model.follow(m.id()));
        // Long names (a DNS name, say) wrap rather than widen the narrow panel past its edge.
        link.setWrapText(true);
        link.setMinWidth(0);
        link.parentProperty().addListener((obs, was, now) -> {
            link.maxWidthProperty().unbind();
            if (now instanceof FlowPane flow) {
                flow.setMinWidth(0);
                link.maxWidthProperty().bind(flow.widthProperty().subtract(flow.getInsets().getLeft() + flow.getInsets().getRight() + 1));
            }
        });
        return link;
    }

    private static Label badge(ServiceState state) {
        Label l = new Label(stateText(state));
        l.setId("inspector-state");
        l.getStyleClass().addAll("state-badge", stateClass(state));
        return l;
    }

    /** The style class of a state, shared with the CSS of links and badges. */
    static String stateClass(ServiceState state) {
        return "state-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String stateText(ServiceState state) {
        return switch (state) {
            case KNOCKED_OUT -> "✖ Knocked out";
            case DOWN -> "▼ Down";
            case DEGRADED -> "◐ Degraded";
            case HEALTHY -> "● Healthy";
        };
    }

    private static VBox section(String title, Node body) {
        Label t = new Label(title.toUpperCase(Locale.ROOT));
        t.getStyleClass().add("section-title");
        return new VBox(6, t, body);
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("placeholder-text");
        return l;
    }

    private static String formatNumber(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
