package dev.blastmap.app.inspector;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.analysis.BlastRadiusBound;
import dev.blastmap.analysis.ServiceState;
import dev.blastmap.app.Fixtures;
import dev.blastmap.app.document.GraphDocument;
import dev.blastmap.app.knockout.KnockoutModel;
import dev.blastmap.app.selection.SelectionModel;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class InspectorModelTest {

    private final SimpleObjectProperty<GraphDocument> document = new SimpleObjectProperty<>(Fixtures.shopDocument());
    private final SelectionModel selection = new SelectionModel(document);
    private final KnockoutModel knockouts = new KnockoutModel(document);
    private final InspectorModel model = new InspectorModel(document, knockouts.currentProperty(), selection);

    @Test
    void showsNothingUntilAServiceIsSelected() {
        assertThat(model.detailsProperty().get()).isNull();
        selection.selectedProperty().set(id("api"));
        assertThat(model.detailsProperty().get().service().label()).isEqualTo("API");
    }

    @Test
    void followsTheKnockout() {
        selection.selectedProperty().set(id("web"));
        knockouts.knockOut(List.of(id("dns")));
        assertThat(model.detailsProperty().get().state()).isEqualTo(ServiceState.DOWN);
        knockouts.reset();
        assertThat(model.detailsProperty().get().state()).isEqualTo(ServiceState.HEALTHY);
    }

    @Test
    void followingALinkSelectsAndFramesTheService() {
        selection.selectedProperty().set(id("web"));
        model.follow(id("db"));
        assertThat(model.detailsProperty().get().service().id()).isEqualTo(id("db"));
        assertThat(selection.frameRequestProperty().get().ids()).containsExactly(id("db"));
    }

    @Test
    void ifItFailsAloneGivesTheExactRadiusBesideWhatCouldEverBeAffected() {
        // cache: api is only soft on it, so api and everything above it is spared; api is degraded.
        assertThat(model.ifItFailsAlone(id("cache"))).isEqualTo(new BlastRadiusBound(1, 1, 3));
        // one search replica: search needs two of three and is only degraded.
        assertThat(model.ifItFailsAlone(id("r1"))).isEqualTo(new BlastRadiusBound(1, 1, 2));
        // dns: everything that depends on it goes down, nothing is spared.
        assertThat(model.ifItFailsAlone(id("dns")).spared()).isZero();
        assertThat(model.ifItFailsAlone(id("dns")).down()).isEqualTo(5);
    }

    @Test
    void aNewDocumentClearsTheSelection() {
        selection.selectedProperty().set(id("web"));
        document.set(GraphDocument.empty());
        assertThat(model.detailsProperty().get()).isNull();
    }
}
