package dev.blastmap.app.knockout;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.blastmap.analysis.Selector;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class KnockoutModelTest {

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(Fixtures.shopDocument());
    private final KnockoutModel model = new KnockoutModel(document);

    @Test
    void knockingOutComputesTheBlastRadiusAndAsksForAReplay() {
        model.knockOut(List.of(id("dns")));
        assertThat(model.knockedOut()).containsExactly(id("dns"));
        assertThat(model.radius().state(id("web"))).isEqualTo(ServiceState.DOWN);
        assertThat(model.current().animate()).isTrue();
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void severalKnockoutsAddUp() {
        model.knockOut(List.of(id("r1")));
        model.knockOut(List.of(id("r2")));
        assertThat(model.knockedOut()).containsExactly(id("r1"), id("r2"));
        assertThat(model.radius().state(id("search"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void aFailureDomainKnocksOutEveryServiceInIt() {
        model.knockOut(Selector.parse("zone:east-b"));
        assertThat(model.knockedOut()).containsExactly(id("cache"), id("api"));
    }

    @Test
    void undoBringsBackThePreviousSetWithoutReplayAndRedoReturns() {
        model.knockOut(List.of(id("dns")));
        model.knockOut(List.of(id("cache")));
        model.undo();
        assertThat(model.knockedOut()).containsExactly(id("dns"));
        assertThat(model.current().animate()).isFalse();
        model.redo();
        assertThat(model.knockedOut()).containsExactly(id("dns"), id("cache"));
    }

    @Test
    void resetBringsEverythingBackAndCanBeUndone() {
        model.knockOut(List.of(id("dns")));
        model.reset();
        assertThat(model.current().isActive()).isFalse();
        assertThat(model.radius()).isNull();
        model.undo();
        assertThat(model.knockedOut()).containsExactly(id("dns"));
    }

    @Test
    void toggleBringsBackAKnockedOutService() {
        model.toggle(id("dns"));
        model.toggle(id("dns"));
        assertThat(model.knockedOut()).isEmpty();
    }

    @Test
    void showReplacesTheSetAndRefusesUnknownServices() {
        model.knockOut(List.of(id("dns")));
        model.show(List.of(id("cache")), false);
        assertThat(model.knockedOut()).containsExactly(id("cache"));
        assertThatThrownBy(() -> model.show(List.of(id("nope")), true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(model.knockedOut()).containsExactly(id("cache"));
    }

    @Test
    void aNewDocumentStartsAFreshHistory() {
        model.knockOut(List.of(id("dns")));
        document.set(Fixtures.shopDocument());
        assertThat(model.knockedOut()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    /** A hub and enough services depending on it that an edited revision compiles on a worker. */
    private static dev.blastmap.model.Graph star(int dependents) {
        List<dev.blastmap.model.Service> services = new java.util.ArrayList<>();
        services.add(dev.blastmap.model.Service.of("hub"));
        for (int i = 0; i < dependents; i++) {
            services.add(dev.blastmap.model.Service.builder("s" + i).dependsOn("hub").build());
        }
        return dev.blastmap.model.Graph.of(services);
    }

    /** Starts the toolkit the way TestFX does, so that the window tests run after this one find it as they expect. */
    private static void startToolkit() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void afterAnEditOfALargeGraphTheKnockoutShownStaysUntilTheRevisionCompilesAndIsThenRedone() throws Exception {
        startToolkit();
        dev.blastmap.model.Graph big = star(GraphDocument.COMPILED_AT_ONCE);
        SimpleObjectProperty<GraphDocument> doc = new SimpleObjectProperty<>(new GraphDocument(big, "Star", null, List.of()));
        dev.blastmap.app.history.HistoryModel history = new dev.blastmap.app.history.HistoryModel(doc,
                g -> doc.set(doc.get().withGraph(g)));
        KnockoutModel knockouts = new KnockoutModel(doc, history);
        knockouts.knockOut(List.of(id("hub")));
        int downBefore = knockouts.radius().down().size();

        dev.blastmap.model.Graph edited = big.withService(dev.blastmap.model.Service.builder("late").dependsOn("hub").build());
        history.record(new dev.blastmap.app.history.Revision(edited, java.util.Set.of(id("hub")), "Add Service"));
        assertThat(doc.get().isCompiled()).as("the edit did not compile the engine").isFalse();
        assertThat(knockouts.radius().down()).as("the knockout shown stays meanwhile").hasSize(downBefore);

        doc.get().engine();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(knockouts.radius().down()).hasSize(downBefore + 1);
        assertThat(knockouts.radius().state(id("late"))).isEqualTo(ServiceState.DOWN);
    }

    @Test
    void aRadiusForARevisionAlreadyUndoneIsNotShown() throws Exception {
        startToolkit();
        dev.blastmap.model.Graph big = star(GraphDocument.COMPILED_AT_ONCE);
        SimpleObjectProperty<GraphDocument> doc = new SimpleObjectProperty<>(new GraphDocument(big, "Star", null, List.of()));
        dev.blastmap.app.history.HistoryModel history = new dev.blastmap.app.history.HistoryModel(doc,
                g -> doc.set(doc.get().withGraph(g)));
        KnockoutModel knockouts = new KnockoutModel(doc, history);
        knockouts.knockOut(List.of(id("hub")));
        dev.blastmap.model.Graph edited = big.withService(dev.blastmap.model.Service.builder("late").dependsOn("hub").build());
        history.record(new dev.blastmap.app.history.Revision(edited, java.util.Set.of(id("hub")), "Add Service"));
        GraphDocument withLate = doc.get();
        history.undo();
        GraphDocument undone = doc.get();

        withLate.engine();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(knockouts.radius().state(id("late"))).as("the undone revision's radius was dropped")
                .isNotEqualTo(ServiceState.DOWN);
        undone.engine();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(knockouts.radius().down()).hasSize(GraphDocument.COMPILED_AT_ONCE + 1);
        assertThat(knockouts.radius().state(id("late"))).isNotEqualTo(ServiceState.DOWN);
    }
}
