package dev.blastmap.app.focus;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.Reachability.Direction;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.selection.SelectionModel;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class FocusModelTest {

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(Fixtures.shopDocument());
    private final SelectionModel selection = new SelectionModel(document);
    private final FocusModel focus = new FocusModel(document, selection);

    @Test
    void showsEverythingUntilTurnedOn() {
        selection.selectedProperty().set(id("api"));
        assertThat(focus.shownProperty().get()).isEmpty();
        assertThat(focus.activeProperty().get()).isFalse();
    }

    @Test
    void showsTheNeighbourhoodOfTheSelectionAtTheChosenDepthAndDirection() {
        selection.selectedProperty().set(id("api"));
        focus.depthProperty().set(1);
        focus.toggle();

        assertThat(focus.centerProperty().get()).isEqualTo(id("api"));
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("api"), id("db"), id("cache"), id("web"));

        focus.directionProperty().set(Direction.DEPENDENCIES);
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("api"), id("db"), id("cache"));

        focus.depthProperty().set(2);
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("api"), id("db"), id("cache"), id("dns"));

        focus.directionProperty().set(Direction.DEPENDENTS);
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("api"), id("web"));
    }

    @Test
    void followsTheSelectionAndKeepsItsCenterWhenTheSelectionIsCleared() {
        selection.selectedProperty().set(id("api"));
        focus.depthProperty().set(1);
        focus.toggle();
        selection.selectedProperty().set(id("r1"));
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("r1"), id("search"));

        selection.selectedProperty().set(null);
        assertThat(focus.centerProperty().get()).isEqualTo(id("r1"));
        assertThat(focus.shownProperty().get()).containsExactlyInAnyOrder(id("r1"), id("search"));
    }

    @Test
    void turningOnWithNothingSelectedDoesNothingAndANewDocumentEndsTheFocus() {
        focus.toggle();
        assertThat(focus.activeProperty().get()).isFalse();
        assertThat(focus.shownProperty().get()).isEmpty();

        selection.selectedProperty().set(id("db"));
        focus.toggle();
        assertThat(focus.shownProperty().get()).isNotEmpty();
        document.set(Fixtures.shopDocument());
        assertThat(focus.activeProperty().get()).isFalse();
        assertThat(focus.shownProperty().get()).isEmpty();
    }
}
