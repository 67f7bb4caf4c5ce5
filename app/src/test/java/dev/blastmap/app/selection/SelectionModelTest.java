package dev.blastmap.app.selection;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class SelectionModelTest {

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(Fixtures.shopDocument());
    private final SelectionModel model = new SelectionModel(document);

    @Test
    void framingTheSameServicesTwiceIsHeardTwice() {
        List<SelectionModel.FrameRequest> heard = new ArrayList<>();
        model.frameRequestProperty().addListener((obs, was, now) -> heard.add(now));
        model.frame(List.of(id("db")));
        model.frame(List.of(id("db")));
        assertThat(heard).hasSize(2).allSatisfy(r -> assertThat(r.ids()).containsExactly(id("db")));
    }

    @Test
    void revealSelectsAndFrames() {
        model.reveal(id("api"));
        assertThat(model.selectedProperty().get()).isEqualTo(id("api"));
        assertThat(model.frameRequestProperty().get().ids()).containsExactly(id("api"));
    }

    @Test
    void aNewDocumentClearsSelectionAndHover() {
        model.selectedProperty().set(id("api"));
        model.hoveredProperty().set(id("db"));
        document.set(GraphDocument.empty());
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.hoveredProperty().get()).isNull();
    }
}
