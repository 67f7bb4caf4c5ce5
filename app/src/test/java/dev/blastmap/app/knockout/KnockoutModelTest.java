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
}
