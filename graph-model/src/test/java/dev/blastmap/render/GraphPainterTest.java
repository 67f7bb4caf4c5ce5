package dev.blastmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.layout.Box;
import dev.blastmap.layout.Layout;
import dev.blastmap.layout.LayoutAlgorithm;
import dev.blastmap.layout.SampleGraphs;
import dev.blastmap.model.Graph;
import dev.blastmap.model.ServiceId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphPainterTest {

    private static final Graph SHOP = SampleGraphs.shop();
    private static final Layout LAYOUT = LayoutAlgorithm.layered().layout(SHOP);
    private final GraphPainter painter = new GraphPainter(Theme.light());

    private RecordingSurface paint(PaintRequest request) {
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, request);
        return s;
    }

    @Test
    void atFullDetailEveryLabelAndGroupNameIsDrawn() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT));
        assertThat(s.texts).contains("Web storefront", "Orders DB", "Events queue", "eu-west-1", "use1-az2");
    }

    @Test
    void labelsDisappearWhenZoomedFarOut() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(null, 0.2));
        assertThat(s.texts).doesNotContain("Web storefront", "Orders DB");
    }

    @Test
    void servicesBecomeDotsWhenZoomedVeryFarOut() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(null, 0.05));
        assertThat(s.count("fillRect")).isEqualTo(SHOP.size());
        assertThat(s.count("strokeRoundRect")).isEqualTo(LAYOUT.groups().size());
    }

    @Test
    void onlyWhatMeetsTheVisibleRectangleIsDrawn() {
        Box db = LAYOUT.nodes().get(ServiceId.of("orders-db"));
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withView(db.inflate(2), 1));
        assertThat(s.texts).contains("Orders DB").doesNotContain("Events queue", "Mobile app");
    }

    @Test
    void eachStateIsFilledWithItsOwnColour() {
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withRadius(Radii.threeStates("users-db", "auth", "web")));
        Theme t = Theme.light();
        assertThat(s.fills).contains(t.style(ServiceState.KNOCKED_OUT).fill(), t.style(ServiceState.DOWN).fill(),
                t.style(ServiceState.DEGRADED).fill(), t.style(ServiceState.HEALTHY).fill());
        assertThat(s.calls).contains("stroke " + t.style(ServiceState.DEGRADED).border() + " dashed");
    }

    @Test
    void aSelectedServiceGetsARingInTheAccentColour() {
        RecordingSurface plain = paint(PaintRequest.of(SHOP, LAYOUT));
        RecordingSurface selected = paint(PaintRequest.of(SHOP, LAYOUT).withSelection(Set.of(ServiceId.of("auth"))));
        assertThat(selected.count("strokeRoundRect")).isEqualTo(plain.count("strokeRoundRect") + 1);
        assertThat(selected.calls).contains("stroke " + Theme.light().accent());
    }

    @Test
    void hoveringFadesEverythingButTheServiceAndItsNeighbours() {
        Highlight h = Highlight.direct(SHOP, ServiceId.of("checkout"));
        assertThat(h.dependencies()).containsExactlyInAnyOrder(ServiceId.of("auth"), ServiceId.of("orders-db"),
                ServiceId.of("recommendations"));
        assertThat(h.dependents()).containsExactlyInAnyOrder(ServiceId.of("web"), ServiceId.of("mobile"));
        RecordingSurface s = paint(PaintRequest.of(SHOP, LAYOUT).withHighlight(h));
        long faded = s.calls.stream().filter(c -> c.startsWith("alpha 0.3")).count();
        assertThat(faded).isEqualTo(SHOP.size() - 6);
        assertThat(s.calls).contains("stroke " + Theme.light().dependencyLine(), "stroke " + Theme.light().dependentLine());
    }

    @Test
    void pulsesDrawARingAroundEachServiceThatJustChanged() {
        PaintRequest r = PaintRequest.of(SHOP, LAYOUT).withPulses(Map.of(ServiceId.of("auth"), 0.5, ServiceId.of("web"), 1.0));
        RecordingSurface s = new RecordingSurface();
        painter.paintPulses(s, r);
        assertThat(s.count("strokeRoundRect")).isEqualTo(2);
    }

    @Test
    void transitiveHighlightReachesEveryServiceUpAndDownTheChain() {
        Highlight h = Highlight.transitive(SHOP, ServiceId.of("auth"));
        assertThat(h.dependencies()).containsExactly(ServiceId.of("users-db"));
        assertThat(h.dependents()).containsExactlyInAnyOrder(ServiceId.of("checkout"), ServiceId.of("mobile"),
                ServiceId.of("web"));
    }

    @Test
    void longLabelsAreCutWithAnEllipsisToFitTheirBox() {
        NodePainter nodes = new NodePainter(Theme.light(), dev.blastmap.layout.TextMeasurer.approximate());
        assertThat(nodes.fit("Short", 200)).isEqualTo("Short");
        String cut = nodes.fit("A very long service name that cannot possibly fit", 120);
        assertThat(cut).endsWith("…").hasSizeLessThan(30);
    }
}
