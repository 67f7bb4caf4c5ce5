package dev.blastmap.app.outline;

import static dev.blastmap.app.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.blastmap.app.Fixtures;
import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import org.junit.jupiter.api.Test;

class OutlineTest {

    @Test
    void nestsServicesByRegionThenZoneOrGroup() {
        Outline o = Outline.of(Fixtures.shop());
        assertThat(o.label()).isEqualTo("Shop");
        Outline east = o.children().get(0);
        assertThat(east.label()).isEqualTo("east (4)");
        assertThat(east.children()).extracting(Outline::label).containsExactly("east-a (2)", "east-b (2)");
        assertThat(east.children().get(0).children()).extracting(Outline::service).containsExactly(id("dns"), id("db"));
        Outline west = o.children().get(1);
        assertThat(west.children()).singleElement().extracting(Outline::label).isEqualTo("batch (1)");
    }

    @Test
    void servicesWithoutAnyBoxSitAtTheTopInFileOrder() {
        Outline o = Outline.of(Fixtures.shop());
        assertThat(o.children().subList(2, o.children().size())).extracting(Outline::label)
                .containsExactly("Web shop", "r1", "r2", "r3", "Search");
        assertThat(o.children().get(2).isService()).isTrue();
    }

    @Test
    void aGroupWithoutRegionIsABoxAtTheTop() {
        Outline o = Outline.of(Graph.of(Service.builder("a").group("team").build(), Service.of("b")));
        assertThat(o.label()).isEqualTo("Services");
        assertThat(o.children()).extracting(Outline::label).containsExactly("team (1)", "b");
    }
}
