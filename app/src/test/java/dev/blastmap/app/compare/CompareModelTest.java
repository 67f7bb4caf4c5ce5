package dev.blastmap.app.compare;

import static dev.blastmap.app.compare.CompareFixtures.FIRST;
import static dev.blastmap.app.compare.CompareFixtures.SECOND;
import static dev.blastmap.app.compare.CompareFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.compare.CompareModel.Comparison;
import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class CompareModelTest {

    @Test
    void aComparisonLaysOutEveryServiceOfTheOverlay() {
        Comparison c = CompareModel.compare(document(FIRST, "first"), document(SECOND, "second"));

        assertThat(c.firstTitle()).isEqualTo("first");
        assertThat(c.secondTitle()).isEqualTo("second");
        assertThat(c.overlay().diff().oldSource()).isEqualTo("first");
        for (Service s : c.overlay().union().services()) {
            assertThat(c.layout().node(s.id())).as(s.id().value()).isPresent();
        }
    }
}
